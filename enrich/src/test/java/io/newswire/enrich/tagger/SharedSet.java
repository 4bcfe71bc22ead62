package io.newswire.enrich.tagger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared evaluation material lives: system property newswire.shared.dir, default ../shared from the repo root. */
public final class SharedSet {

    public static final String ABSENT = "shared evaluation material not found (set -Dnewswire.shared.dir=/path/to/shared); skipped";

    private SharedSet() {
    }

    public static Path dir() {
        String prop = System.getProperty("newswire.shared.dir");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        Path here = Path.of("").toAbsolutePath();
        // tests run from the module directory (enrich/); the repo root is its parent
        Path root = Files.exists(here.resolve("pom.xml")) && Files.exists(here.resolve("../pom.xml")) ? here.getParent() : here;
        return root.resolve("../shared").normalize();
    }

    /** The text of a sample under shared/samples, or null when the shared directory is absent. */
    public static String sample(String name) {
        Path p = dir().resolve("samples").resolve(name);
        if (!Files.exists(p)) return null;
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
