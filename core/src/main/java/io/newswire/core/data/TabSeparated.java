package io.newswire.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one reader of the project's tab-separated data files (knowledge base, lexicons, format vocabularies), strict:
 * prose comment lines (no tab) may come first; the header is the first line with a tab, commented or not, and must
 * name exactly the columns the loader reads, in order; after it, lines starting with '#' are comments, and every
 * other non-blank line has exactly that many cells. Anything else fails with the file, the line and the problem.
 */
public final class TabSeparated {

    /** One row: its line number in the file and its cells, in header order, as written. */
    public record Line(int number, List<String> cells) {
    }

    private TabSeparated() {
    }

    /**
     * The rows of {@code in} (closed here), named {@code file} in messages; {@code problem} makes the exception thrown
     * for a bad file from a message such as "kb/countries.tsv:12: 3 cells, expected 4 (...)".
     */
    public static List<Line> read(InputStream in, String file, List<String> columns, Function<String, ? extends RuntimeException> problem) {
        List<Line> rows = new ArrayList<>();
        boolean headerRead = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            for (int number = 1; (text = reader.readLine()) != null; number++) {
                if (text.isBlank()) {
                    continue;
                }
                if (!headerRead) {
                    if (text.startsWith("#") && !text.contains("\t")) {
                        continue;
                    }
                    checkHeader(file, number, text, columns, problem);
                    headerRead = true;
                    continue;
                }
                if (text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split("\t", -1);
                if (cells.length != columns.size()) {
                    throw problem.apply(file + ":" + number + ": " + cells.length + " cells, expected " + columns.size()
                            + " (" + String.join(", ", columns) + "): " + text.replace("\t", "→"));
                }
                rows.add(new Line(number, List.of(cells)));
            }
        } catch (IOException e) {
            throw problem.apply(file + ": cannot be read: " + e.getMessage());
        }
        if (!headerRead) {
            throw problem.apply(file + ": no header line (expected '# " + String.join("\t", columns) + "')");
        }
        return rows;
    }

    private static void checkHeader(String file, int number, String text, List<String> expected, Function<String, ? extends RuntimeException> problem) {
        List<String> header = Arrays.stream(text.replaceFirst("^#+\\s*", "").split("\t", -1))
                .map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        if (header.equals(expected)) {
            return;
        }
        List<String> unknown = new ArrayList<>(header);
        unknown.removeAll(expected);
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(header);
        String what = !unknown.isEmpty() ? "unknown column(s) " + unknown
                : !missing.isEmpty() ? "missing column(s) " + missing
                : "columns in another order";
        throw problem.apply(file + ":" + number + ": " + what + "; the columns are " + String.join(", ", expected));
    }
}
