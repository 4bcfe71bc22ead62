package io.newswire.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The declared configuration key closest to a mistyped one (fewest single-character edits), to suggest it. */
final class NearestKey {
    private NearestKey() {
    }

    /** The nearest of {@code known} to {@code typed}, if one is close enough to be what was meant. */
    static Optional<String> to(String typed, Collection<String> known) {
        return known.stream()
                .min(Comparator.comparingInt((String key) -> distance(typed, key)).thenComparing(Comparator.naturalOrder()))
                .filter(key -> distance(typed, key) <= Math.max(3, typed.length() / 3));
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
