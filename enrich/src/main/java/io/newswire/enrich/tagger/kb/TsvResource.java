package io.newswire.enrich.tagger.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a tab-separated knowledge file strictly: the header (the first line with tabs, commented or not; prose
 * comment lines may come before it) must name exactly the columns the loader reads, in order, and every other line
 * that does not start with '#' must have that many cells. Anything else fails with the file, the line and the problem.
 */
public final class TsvResource {

    /** One line of a TSV file, with its columns by header name. */
    public record Row(Map<String, String> columns, String file, int line) {
        /** The trimmed cell of the column. */
        public String get(String column) {
            String v = columns.get(column);
            if (v == null) throw new IllegalArgumentException(file + " has no column " + column);
            return v.trim();
        }

        /** A problem with this line, to throw: "kb/lexicon/cues-fr.tsv:12: unknown cue kind 'deni'". */
        public KnowledgeFileException problem(String message) {
            return new KnowledgeFileException(file + ":" + line + ": " + message);
        }

        /** The cell read as an integer, or a problem naming the column. */
        public int integer(String column) {
            try {
                return Integer.parseInt(get(column));
            } catch (NumberFormatException e) {
                throw problem(column + " '" + get(column) + "' is not a whole number");
            }
        }
    }

    private TsvResource() {
    }

    /** Rows of the file; a missing file, another header or a line with another number of cells is a {@link KnowledgeFileException}. */
    public static List<Row> read(KbSource source, String path, String... columns) {
        InputStream in = source.open(path);
        if (in == null) throw new KnowledgeFileException(path + ": missing (looked for in " + source + ")");
        List<String> expected = Arrays.asList(columns);
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean headerRead = false;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                if (!headerRead) {
                    if (line.startsWith("#") && !line.contains("\t")) continue;   // prose comment before the header
                    checkHeader(path, number, line, expected);
                    headerRead = true;
                    continue;
                }
                if (line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (cells.length != columns.length) {
                    throw new KnowledgeFileException(path + ":" + number + ": " + cells.length + " cells, expected " + columns.length
                            + " (" + String.join(", ", expected) + "): " + line.replace("\t", "→"));
                }
                Map<String, String> byColumn = new HashMap<>();
                for (int i = 0; i < columns.length; i++) byColumn.put(columns[i], cells[i]);
                rows.add(new Row(byColumn, path, number));
            }
            if (!headerRead) throw new KnowledgeFileException(path + ": no header line (expected '# " + String.join("\t", expected) + "')");
        } catch (IOException e) {
            throw new KnowledgeFileException(path + ": cannot be read: " + e.getMessage(), e);
        }
        return rows;
    }

    private static void checkHeader(String path, int number, String line, List<String> expected) {
        List<String> header = new ArrayList<>();
        for (String h : line.replaceFirst("^#+\\s*", "").split("\t", -1)) header.add(h.trim().toLowerCase(Locale.ROOT));
        if (header.equals(expected)) return;
        List<String> unknown = new ArrayList<>(header);
        unknown.removeAll(expected);
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(header);
        String what = !unknown.isEmpty() ? "unknown column(s) " + unknown
                : !missing.isEmpty() ? "missing column(s) " + missing
                : "columns in another order";
        throw new KnowledgeFileException(path + ":" + number + ": " + what + "; the columns are " + String.join(", ", expected));
    }
}
