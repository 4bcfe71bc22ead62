package io.newswire.enrich.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The errors of one set: each as a line naming its dispatch (for the team to read), and counted by kind with no
 * dispatch or text (for every set, held-out ones included: "CEASEFIRE status: gold called_for, tagged in_force").
 */
final class ErrorLog {

    private final List<String> lines = new ArrayList<>();
    private final Map<String, Integer> kinds = new TreeMap<>();

    /** One error: {@code id what detail} as its line, counted under {@code kind}. */
    void add(String id, String what, String detail, String kind) {
        lines.add(id + " " + what + (detail.isEmpty() ? "" : " " + detail));
        kinds.merge(kind, 1, Integer::sum);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    Map<String, Integer> kinds() {
        return Map.copyOf(kinds);
    }
}
