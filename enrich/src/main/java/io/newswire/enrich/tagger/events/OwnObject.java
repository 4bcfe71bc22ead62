package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.LanguageProfile;

/**
 * Whether a verb told after an event's noun has an object of its own: "Hamas said it had accepted a proposal for a
 * ceasefire, rejecting Israeli suggestions that...", "the prime minister's office said, declining to give details", "le
 * bureau ..., qui a refusé de commenter": the refusal speaks of what follows it, not of the truce. The truce is what it
 * refuses when its agent follows it ("was dismissed by Ukraine") or nothing does ("the summit was called off", "rejected
 * it").
 */
final class OwnObject {

    private OwnObject() {
    }

    /**
     * Whether, within the verb's commas and {@link Reach#OBJECT} words after it (a day named there not counted), a
     * word opening an object ({@code own_object} cue) or a party's name stands before any passive agent.
     */
    static boolean follows(SentenceReading s, CueIndex.At verb) {
        CueIndex cues = s.cues();
        int end = Math.min(s.clauses().segmentEnd(verb.end()), s.sentence().endToken());
        int words = 0;
        for (int t = verb.end(); t < end && words <= Reach.OBJECT; t++) {
            if (s.text().lexicon().calendarWord(s.text().termId(t)) != null) continue;      // "a été rejetée lundi par Kiev"
            if (cues.startingAt(t, CueKind.PASSIVE_AGENT) != null) return false;              // "was dismissed by Ukraine"
            CueIndex.At own = cues.startingAt(t, CueKind.OWN_OBJECT);
            if (t == verb.end() && ownerRightAfter(s, own, t)) return false;                    // "s'est heurté à un refus d'Israël": who refuses
            if (own != null) return true;
            int at = t;
            if (s.here().stream().anyMatch(r -> r.from() == at)) return true;                  // "rejecting Israeli suggestions"
            if (!joinedByAHyphen(s, t)) words++;                    // "jusque-là" is one word
        }
        return false;
    }

    /** Whether token t and the next are one hyphenated word ("jusque-là", "long-term"). */
    private static boolean joinedByAHyphen(SentenceReading s, int t) {
        var tokens = s.text().tokens();
        if (t + 1 >= s.sentence().endToken()) return false;
        int end = tokens.get(t).end();
        return end < s.text().body().length() && s.text().body().charAt(end) == '-' && tokens.get(t + 1).start() == end + 1;
    }

    /**
     * "un refus de la Russie", "un refus d'Israël", "le refus israélien": right after the refusal, a party after the word
     * that opens an object (its article aside), one elided onto "d'", or a demonym where demonyms follow their noun owns
     * the refusal; "a refusé de commenter" names none there, "rejecting Israeli suggestions" puts the demonym on the object.
     */
    private static boolean ownerRightAfter(SentenceReading s, CueIndex.At own, int t) {
        var profile = s.text().lexicon().profile();
        // "d'Israël": the tokenizer drops the elided word before the name
        boolean elided = LanguageProfile.elidedBefore(s.text().body(), s.text().tokens().get(t).start(), profile.elidedOwners()) != null;
        return s.here().stream().anyMatch(r -> r.country() != null && !r.locative()
                && ((own != null && r.from() >= own.end() && r.from() <= own.end() + 1)
                    || (elided && (r.from() == t || r.from() == t + 1))
                    || (r.from() == t && profile.demonymAfterNoun() && "demonym".equals(r.via()))));
    }
}
