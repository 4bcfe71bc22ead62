package io.newswire.enrich.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A knowledge-base check's full report, written under target/ so an editor can read every line a summary counts. */
final class ReportFile {

    private ReportFile() {
    }

    static void write(Path report, String text) {
        try {
            Files.createDirectories(report.getParent());
            Files.writeString(report, text + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
