package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.text.AnalyzedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people a sentence names as one coordination, "A and B" / "A et B" (each with its title and demonym): the first
 * such group of exactly the count an anaphor says. "X hosted A and B", "X announced that A and B had agreed", "A and B
 * signed ..., at a ceremony hosted by X": "the two presidents" / "both leaders" after them are A and B, not X.
 */
final class Coordinations {

    /** Tokens at most between two references of one person (a title between a demonym and a name). */
    private static final int SAME_SIDE = 4;
    /** Tokens at most between two coordinated people, the conjunction first ("and Thai acting Prime Minister"). */
    private static final int JOINED = 6;

    private Coordinations() {
    }

    /** The first group of {@code count} people of as many states coordinated in {@code refs} (one sentence's), or null. */
    static List<Ref> of(AnalyzedText text, List<Ref> refs, int count) {
        if (count < 2) return null;
        List<Ref> sorted = new ArrayList<>(refs.stream().filter(r -> r.country() != null).toList());
        sorted.sort(Comparator.comparingInt(Ref::from));
        List<Ref> group = new ArrayList<>();
        for (Ref r : sorted) {
            Ref last = group.isEmpty() ? null : group.get(group.size() - 1);
            if (last != null && !sameSide(last, r) && !joined(text, last, r)) {
                List<Ref> people = people(group);
                if (people.size() == count) return people;
                group.clear();
            }
            group.add(r);
        }
        List<Ref> people = people(group);
        return people.size() == count ? people : null;
    }

    private static boolean sameSide(Ref a, Ref b) {
        return a.country().equals(b.country()) && b.from() - a.to() <= SAME_SIDE;
    }

    /** "A and B": a conjunction right after the first, the second close after it. */
    private static boolean joined(AnalyzedText text, Ref a, Ref b) {
        if (b.from() < a.to() || b.from() - a.to() > JOINED || b.from() == a.to()) return false;
        return text.lexicon().profile().conjunctions().contains(text.tokens().get(a.to()).term());
    }

    /** One person per state of the group, or none when a state of it names no person. */
    private static List<Ref> people(List<Ref> group) {
        Map<String, Ref> out = new LinkedHashMap<>();
        for (Ref r : group) {
            Ref known = out.get(r.country());
            if (known == null || (known.actor() == null && r.actor() != null)) out.put(r.country(), r);
        }
        for (Ref r : out.values()) if (r.actor() == null) return List.of();
        return new ArrayList<>(out.values());
    }
}
