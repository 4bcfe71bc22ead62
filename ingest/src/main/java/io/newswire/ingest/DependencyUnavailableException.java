package io.newswire.ingest;

import io.newswire.core.health.Dependency;

/** Kafka or the schema registry could not take a dispatch; nothing was acknowledged. */
public class DependencyUnavailableException extends Exception {
    private final Dependency dependency;

    public DependencyUnavailableException(Dependency dependency, String message, Throwable cause) {
        super(message, cause);
        this.dependency = dependency;
    }

    public Dependency dependency() {
        return dependency;
    }
}
