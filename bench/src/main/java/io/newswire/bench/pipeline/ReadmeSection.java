package io.newswire.bench.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The README's performance figures: the bench's Markdown between two markers, written by {@code newswire bench --readme}. */
public final class ReadmeSection {
    public static final String BEGIN = "<!-- bench:begin (bin/newswire bench --readme README.md) -->\n";
    public static final String END = "<!-- bench:end -->";

    private ReadmeSection() {
    }

    /** The section now in {@code readme}, or an explanation when its markers are missing. */
    public static String read(Path readme) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        return begin < 0 || end < begin ? "(no bench markers in " + readme + ")" : text.substring(begin + BEGIN.length(), end);
    }

    /** Replaces the section in {@code readme} with {@code markdown}. */
    public static void write(Path readme, String markdown) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IOException(readme + " has no bench markers (" + BEGIN.trim() + " ... " + END + ")");
        }
        Files.writeString(readme, text.substring(0, begin + BEGIN.length()) + markdown + text.substring(end), StandardCharsets.UTF_8);
    }

    /** The table headers and row names of a section: what stays the same from run to run while the figures change. */
    public static List<String> shape(String markdown) {
        return Stream.of(markdown.split("\n")).filter(line -> line.startsWith("|"))
                .map(line -> line.contains("---") || isHeader(line) ? line : line.substring(0, line.indexOf('|', 1) + 1))
                .toList();
    }

    private static boolean isHeader(String line) {
        return Stream.of(BenchReport.STAGES_HEADER, BenchReport.INGEST_HEADER, BenchReport.TAGGER_HEADER, BenchReport.LATENCY_HEADER, BenchReport.STATE_HEADER).anyMatch(line::equals);
    }
}
