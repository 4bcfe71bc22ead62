package io.newswire.cli;

import io.newswire.core.text.EditDistance;
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
                .min(Comparator.comparingInt((String key) -> EditDistance.between(typed, key)).thenComparing(Comparator.naturalOrder()))
                .filter(key -> EditDistance.between(typed, key) <= Math.max(3, typed.length() / 3));
    }
}
