package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.WordClass;

import java.util.ArrayList;
import java.util.List;

/**
 * "Lors d'un appel jeudi, Xi Jinping a invité Donald Trump", "During a call on Tuesday, Biden told Xi": a call noun in
 * a phrase of time that opens the sentence and names no one of its own is the call of the clause its comma gives back
 * to, whose speaker and addressee are its sides. A phrase with a partner of its own ("During a call with reporters",
 * "Lors d'un appel avec la presse") is that call's, not the clause's.
 */
final class OpeningCall {

    private OpeningCall() {
    }

    /** The references of the clause after the opening phrase that holds the trigger, or null when the trigger stands in none. */
    static List<Ref> sides(SentenceReading s, Frame frame) {
        CueIndex.TriggerAt trigger = frame.trigger();
        Clauses.Clause phrase = frame.clause();
        if (trigger.trigger().word() != WordClass.NOUN || !phrase.phrase() || phrase.parent() < 0) return null;
        Clauses.Clause main = s.clauses().parent(phrase);
        if (main == null || main.kind() != Clauses.Kind.MAIN) return null;
        int end = s.clauses().segmentEnd(trigger.end());
        if (end >= s.sentence().endToken() || s.clauses().of(end).index() != main.index()) return null;
        if (!s.cues().within(CueKind.WITH, phrase.opener(), end).isEmpty()) return null;       // "during a call with reporters"
        if (phrase.opener() < 0 || !NounsNamingNoMeeting.opensTheSentence(s, phrase.opener())) return null;   // after the dateline, if any
        for (Ref r : s.here()) if (r.from() >= phrase.opener() && r.from() < end) return null;    // the phrase names no one
        List<Ref> sides = new ArrayList<>();
        for (Ref r : s.here()) if (s.clauses().of(r.from()).index() == main.index() || addressee(s, r, main)) sides.add(r);
        return sides;
    }

    /** "a assuré Volodymyr Zelensky du soutien", "a assuré à X que": whom the speaker of the main clause addresses, right after the speaker's word. */
    private static boolean addressee(SentenceReading s, Ref r, Clauses.Clause main) {
        Clauses.Clause at = s.clauses().of(r.from());
        return at.kind() == Clauses.Kind.REPORTED && at.parent() == main.index() && at.opener() >= 0
                && r.from() > at.opener() && r.from() - at.opener() <= Reach.ADJACENT;
    }
}
