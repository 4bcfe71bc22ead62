package io.newswire.enrich.evaluation;

import io.newswire.core.data.TabSeparated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The audits' verdict files, read by the project's one rule for tab-separated data (a bad file names its line). */
final class AuditFiles {

    private AuditFiles() {
    }

    static List<TabSeparated.Line> read(Path file, String name, List<String> columns) {
        try {
            return TabSeparated.read(Files.newInputStream(file), name, columns, IllegalArgumentException::new);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
