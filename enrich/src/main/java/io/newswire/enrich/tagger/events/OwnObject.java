package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.CueKind;

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
            if (cues.startingAt(t, CueKind.OWN_OBJECT) != null) return true;
            int at = t;
            if (s.here().stream().anyMatch(r -> r.from() == at)) return true;                  // "rejecting Israeli suggestions"
            words++;
        }
        return false;
    }
}
