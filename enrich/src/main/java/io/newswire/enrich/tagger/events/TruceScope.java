package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.CueKind;

/**
 * What a truce covers or when it holds, told by its own noun phrase (cue kind {@code truce_scope}): "a ceasefire in the
 * Black Sea" (sea), "the halt to strikes on energy facilities" (energy), "the Easter truce", "la trêve de Pâques"
 * (easter), "le cessez-le-feu complet" (full), "a permanent ceasefire" (permanent). Two truces of different scopes are two truces, whatever their sides and
 * day ("a maritime ceasefire ... the halt to strikes on energy"); a truce whose phrase names no scope may be either.
 * Only the truce's own phrase counts: the trigger itself, a few words right before it, or right after it in its clause,
 * with no other event word nor modality verb between; the sentence's other words do not scope it.
 */
final class TruceScope {

    /** A label that goes with any scope but a full truce ("cette trêve partielle" is the energy pause told again). */
    private static final String PARTIAL = "partial";
    private static final String FULL = "full";
    /** A truce with no end ("a permanent ceasefire"): no truce of some days, a full one may be it. */
    private static final String PERMANENT = "permanent";

    private TruceScope() {
    }

    /** Whether the scope is a truce with no end ("a permanent ceasefire", "a lasting truce", "une trêve durable"). */
    static boolean permanent(String scope) {
        return PERMANENT.equals(scope);
    }

    /** Labels of a truce's age, not of its scope: "a new truce", "the previous ceasefire", "la précédente trêve". */
    static final String NEW = "new";
    static final String PREVIOUS = "previous";

    /** The scope label of the truce the trigger names, or null when its phrase names none. */
    static String of(SentenceReading s, CueIndex.TriggerAt t) {
        CueIndex cues = s.cues();
        for (CueIndex.At c : cues.within(CueKind.TRUCE_SCOPE, t.start(), t.end())) if (!isAge(c)) return c.cue().value();   // "halt to strikes on energy"
        CueIndex.At before = rightBefore(s, t, false);
        if (before != null) return before.cue().value();
        for (CueIndex.At c : cues.within(CueKind.TRUCE_SCOPE, t.end(), t.end() + Reach.SCOPE_AFTER + 1)) {
            // "a 30-day ceasefire ..., but that it must lead to a lasting peace": past a verb of the clause, the word scopes another noun
            if (!isAge(c) && ownPhrase(s, t.end(), c.start()) && s.cues().within(CueKind.MODALITY, t.end(), c.start()).isEmpty()) return c.cue().value();
        }
        return null;
    }

    /**
     * "a new truce", "the previous ceasefire", "le précédent cessez-le-feu": the age its phrase gives the truce, right
     * before its word, or null. A new truce and the previous one are two truces.
     */
    static String age(SentenceReading s, CueIndex.TriggerAt t) {
        CueIndex.At before = rightBefore(s, t, true);
        return before == null ? null : before.cue().value();
    }

    /** The scope (or age) cue nearest before the trigger, {@link Reach#NAME} words at most, in its phrase; or null. */
    private static CueIndex.At rightBefore(SentenceReading s, CueIndex.TriggerAt t, boolean age) {
        CueIndex.At best = null;
        for (CueIndex.At c : s.cues().within(CueKind.TRUCE_SCOPE, Math.max(s.sentence().firstToken(), t.start() - Reach.NAME - 1), t.start())) {
            if (isAge(c) == age && c.end() <= t.start() && t.start() - c.end() <= Reach.NAME && ownPhrase(s, c.end(), t.start())) best = c;
        }
        return best;
    }

    private static boolean isAge(CueIndex.At c) {
        return c.cue().value().equals(NEW) || c.cue().value().equals(PREVIOUS);
    }

    /** Tokens [from, to) stay inside one truce's phrase: one clause, no other event word. */
    private static boolean ownPhrase(SentenceReading s, int from, int to) {
        return !s.cues().triggerWithin(from, to) && (from >= to || s.clauses().together(from, Math.max(from, to - 1)));
    }

    /** Whether two truces of these scopes may be one: a scope told by one only, the same, a full one and a permanent one, or a partial one that is no full one. */
    static boolean compatible(String a, String b) {
        if (a == null || b == null || a.equals(b)) return true;
        if (wide(a) && wide(b)) return true;                                    // "a full and permanent ceasefire"
        return (a.equals(PARTIAL) && !wide(b)) || (b.equals(PARTIAL) && !wide(a));
    }

    /**
     * Whether two truces of these scopes and lengths may be one: compatible scopes, and no permanent truce beside one
     * that lasts some days ("approved a four-day truce ..., but ruled out a permanent ceasefire": two).
     */
    static boolean compatible(String a, Integer hoursA, String b, Integer hoursB) {
        return compatible(a, b) && !(PERMANENT.equals(a) && hoursB != null) && !(PERMANENT.equals(b) && hoursA != null);
    }

    private static boolean wide(String label) {
        return label.equals(FULL) || label.equals(PERMANENT);
    }
}
