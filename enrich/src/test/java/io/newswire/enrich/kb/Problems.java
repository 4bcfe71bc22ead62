package io.newswire.enrich.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of one knowledge-base file, so one run shows the editor all of them, not just the first. */
final class Problems {

    private record Problem(int line, String text) {
    }

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void at(int line, String message, Object... args) {
        found.add(new Problem(line, file + ":" + line + ": " + String.format(message, args)));
    }

    void inFile(String message, Object... args) {
        found.add(new Problem(0, file + ": " + String.format(message, args)));
    }

    /** Whole-file problems first, then by line, so the editor can work down the file. */
    List<String> all() {
        return found.stream().sorted(Comparator.comparingInt(Problem::line)).map(Problem::text).toList();
    }

    void assertNone() {
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " problem(s) in kb/" + file + ":\n  " + String.join("\n  ", all()));
        }
    }
}
