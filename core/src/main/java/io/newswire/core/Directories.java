package io.newswire.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of the temporary directories that benches and embedded clusters leave behind. */
public final class Directories {
    private Directories() {
    }

    /** Deletes a directory and everything under it, as far as it can; a temporary directory has nothing to keep. */
    public static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // already gone, or not ours to read: nothing to clean
        }
    }
}
