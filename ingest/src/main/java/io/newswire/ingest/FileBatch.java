package io.newswire.ingest;

import io.newswire.ingest.format.DispatchMetadata;
import io.newswire.ingest.format.DispatchReader;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Publishes a list of files (or standard input) once, for {@code newswire ingest FILE...}, and sums up. */
public final class FileBatch {
    private final Intake intake;
    private final DispatchMetadata defaults;
    private final String contentType;
    private int published;
    private int duplicate;
    private final List<Failure> failures = new ArrayList<>();

    /** One input that was not published, and why. */
    public record Failure(String name, String reason, String message) {
    }

    /** @param contentTypeOrNull forces a content type; null detects it from each file's extension or content */
    public FileBatch(Intake intake, DispatchMetadata defaults, String contentTypeOrNull) {
        this.intake = intake;
        this.defaults = defaults;
        this.contentType = contentTypeOrNull;
    }

    /** Publishes each file in turn, calling {@code afterEach} with the file's name after each. */
    public void publish(List<Path> files, Consumer<String> afterEach) {
        for (Path file : files) {
            String name = file.toString();
            try {
                if (Files.size(file) > intake.config().maxDispatchBytes()) {
                    count(name, intake.refuseTooLarge(Files.size(file), "file"));
                } else {
                    byte[] content = Files.readAllBytes(file);
                    count(name, intake.submit(content, contentType != null ? contentType : DispatchReader.contentTypeOf(file), defaults, "file"));
                }
            } catch (IOException e) {
                failures.add(new Failure(name, "unreadable", whyUnreadable(e)));
            }
            afterEach.accept(name);
        }
    }

    /** Why a file could not be read, in a person's words, without repeating its path (the caller names the file). */
    public static String whyUnreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
    }

    /** Publishes content read elsewhere (standard input). */
    public void publish(String name, byte[] content) {
        count(name, intake.submit(content, contentType, defaults, "file"));
    }

    private void count(String name, Receipt receipt) {
        switch (receipt.outcome()) {
            case PUBLISHED -> published++;
            case DUPLICATE -> duplicate++;
            default -> failures.add(new Failure(name, receipt.reason(), receipt.message()));
        }
    }

    public int published() {
        return published;
    }

    public int duplicate() {
        return duplicate;
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** "12 published, 3 duplicate, 1 failed (1 malformed)". */
    public String summary() {
        StringBuilder line = new StringBuilder().append(published).append(" published, ").append(duplicate).append(" duplicate, ")
                .append(failures.size()).append(" failed");
        if (!failures.isEmpty()) {
            java.util.Map<String, Long> byReason = new java.util.TreeMap<>();
            failures.forEach(f -> byReason.merge(f.reason(), 1L, Long::sum));
            line.append(" (");
            byReason.forEach((reason, count) -> line.append(count).append(' ').append(reason).append(", "));
            line.setLength(line.length() - 2);
            line.append(')');
        }
        return line.toString();
    }
}
