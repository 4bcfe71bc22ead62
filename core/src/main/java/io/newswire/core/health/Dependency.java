package io.newswire.core.health;

/** What every app needs to work: while one is down, the app is not ready (and ingest refuses dispatches with 503). */
public enum Dependency {
    KAFKA("Kafka"),
    REGISTRY("Schema registry");

    private final String label;

    Dependency(String label) {
        this.label = label;
    }

    /** How people call it, in messages. */
    public String label() {
        return label;
    }

    /** How the HTTP API and metrics name it. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
