package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.text.AnalyzedText;

import java.util.Locale;

/**
 * Whether a verb's object is a pronoun for a thing named before, by the language profile's object pronouns: one right
 * after the verb ("rejected it"), one between a phrasal verb and its particle ("turned it down"), or one written with its apostrophe, which is no token, elided in the two words before
 * the verb or its auxiliary ("l'a rejetée").
 */
final class PronounObject {
    private static final int ELIDED_REACH = 2;   // "l'a rejetée": the pronoun, the auxiliary, the verb

    private PronounObject() {
    }

    /** For the verb at [start, end) of a sentence ending at {@code sentenceEnd}, looking back no further than {@code earliest}. */
    static boolean of(AnalyzedText text, int earliest, int start, int end, int sentenceEnd) {
        var pronouns = text.lexicon().profile().objectPronouns();
        if (end < sentenceEnd && pronouns.contains(text.surface(end, end + 1).toLowerCase(Locale.ROOT))) return true;
        // "turned it down", "ruled it out": the pronoun inside a phrasal verb, before its particle
        for (int t = start + 1; t < end - 1; t++) if (pronouns.contains(text.surface(t, t + 1).toLowerCase(Locale.ROOT))) return true;
        int from = Math.max(earliest, start - ELIDED_REACH);
        if (from >= start) return false;
        String gap = " " + text.body().substring(text.tokens().get(from).start(), text.tokens().get(start).start())
                .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
        for (String pronoun : pronouns) {
            if (pronoun.endsWith("'") && gap.contains(" " + pronoun)) return true;
        }
        return false;
    }
}
