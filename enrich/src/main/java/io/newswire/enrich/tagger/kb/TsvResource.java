package io.newswire.enrich.tagger.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a tab-separated knowledge file from the classpath into rows keyed by column name.
 * The header is the first line, optionally commented ("# code\tname"); other lines starting with '#' are comments.
 */
public final class TsvResource {

    /** One line of a TSV file, with its columns by (lower-case) header name. */
    public record Row(Map<String, String> columns, String file, int line) {
        public String get(String column) {
            String v = columns.get(column);
            return v == null ? "" : v.trim();
        }

        public String first(String... names) {
            for (String n : names) {
                String v = get(n);
                if (!v.isEmpty()) return v;
            }
            return "";
        }

        public boolean has(String column) {
            return columns.containsKey(column);
        }
    }

    private TsvResource() {
    }

    public static boolean exists(String path) {
        return TsvResource.class.getClassLoader().getResource(path) != null;
    }

    /** Rows of the file, or an empty list when the file is absent (the knowledge base may be partial). */
    public static List<Row> read(String path) {
        InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(path);
        if (in == null) return List.of();
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                if (header == null) {
                    if (line.startsWith("#") && !line.contains("\t")) continue;   // prose comment before the header
                    header = line.replaceFirst("^#+\\s*", "").split("\t", -1);
                    for (int i = 0; i < header.length; i++) header[i] = header[i].trim().toLowerCase(Locale.ROOT);
                    continue;
                }
                if (line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                Map<String, String> columns = new HashMap<>();
                for (int i = 0; i < header.length && i < cells.length; i++) columns.put(header[i], cells[i]);
                rows.add(new Row(columns, path, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge file " + path, e);
        }
        return rows;
    }
}
