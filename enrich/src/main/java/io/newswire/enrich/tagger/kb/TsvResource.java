package io.newswire.enrich.tagger.kb;

import io.newswire.core.data.TabSeparated;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a tab-separated knowledge file strictly, by the project's one rule ({@link TabSeparated}), from the
 * knowledge base's source, failing with a {@link KnowledgeFileException} that names the file, the line and the problem.
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
        List<Row> rows = new ArrayList<>();
        for (TabSeparated.Line line : TabSeparated.read(in, path, List.of(columns), KnowledgeFileException::new)) {
            Map<String, String> byColumn = new HashMap<>();
            for (int i = 0; i < columns.length; i++) byColumn.put(columns[i], line.cells().get(i));
            rows.add(new Row(byColumn, path, line.number()));
        }
        return rows;
    }
}
