package io.newswire.ingest.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated data file on the classpath, read strictly: the header is the last comment line before the
 * first row ("# generation\tproperty\t..."), every row has exactly its columns, none of them blank. A bad file
 * stops ingest at start with the file, the line and what is wrong.
 */
final class DataFile {
    /** One line of the file, its cells in header order. */
    record Row(String file, int line, List<String> cells) {
        String cell(int column) {
            return cells.get(column);
        }

        /** A failure that points at this line. */
        IllegalStateException problem(String what) {
            return new IllegalStateException(file + " line " + line + ": " + what);
        }
    }

    private DataFile() {
    }

    /** The rows of {@code path} (relative to this package), which must have the given columns. */
    static List<Row> read(String path, String... columns) {
        String file = "io/newswire/ingest/format/" + path;
        InputStream in = DataFile.class.getClassLoader().getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("Data file " + file + " is missing from the classpath");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = null;
            String text;
            for (int line = 1; (text = reader.readLine()) != null; line++) {
                if (text.isBlank()) {
                    continue;
                }
                if (text.startsWith("#")) {
                    header = rows.isEmpty() ? text.replaceFirst("^#\\s*", "") : header;
                    continue;
                }
                if (rows.isEmpty() && !String.join("\t", columns).equals(header)) {
                    throw new IllegalStateException(file + " line " + line + ": expected the header '# " + String.join("\\t", columns)
                            + "' before the first row, found '" + header + "'");
                }
                List<String> cells = Arrays.stream(text.split("\t", -1)).map(String::strip).toList();
                Row row = new Row(file, line, cells);
                if (cells.size() != columns.length) {
                    throw row.problem("expected " + columns.length + " tab-separated columns (" + String.join(", ", columns) + "), found " + cells.size());
                }
                if (cells.stream().anyMatch(String::isEmpty)) {
                    throw row.problem("a column is blank");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read data file " + file, e);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("Data file " + file + " has no rows");
        }
        return rows;
    }
}
