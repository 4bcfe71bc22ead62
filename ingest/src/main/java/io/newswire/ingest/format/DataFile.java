package io.newswire.ingest.format;

import io.newswire.core.data.TabSeparated;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated data file on the classpath, read by the project's one rule ({@link TabSeparated}: a header
 * line "# generation\tproperty\t...", every row with exactly its columns), and here none of them blank. A bad file
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
            return new IllegalStateException(file + ":" + line + ": " + what);
        }
    }

    private DataFile() {
    }

    /** The rows of {@code path} (relative to this package), which must have the given columns, none blank. */
    static List<Row> read(String path, String... columns) {
        String file = "io/newswire/ingest/format/" + path;
        InputStream in = DataFile.class.getClassLoader().getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("Data file " + file + " is missing from the classpath");
        }
        List<Row> rows = new ArrayList<>();
        for (TabSeparated.Line line : TabSeparated.read(in, file, List.of(columns), IllegalStateException::new)) {
            Row row = new Row(file, line.number(), line.cells().stream().map(String::strip).toList());
            if (row.cells().stream().anyMatch(String::isEmpty)) {
                throw row.problem("a column is blank");
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("Data file " + file + " has no rows");
        }
        return rows;
    }
}
