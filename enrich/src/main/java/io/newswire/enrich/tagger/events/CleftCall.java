package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;

import java.util.ArrayList;
import java.util.List;

/**
 * "C'est au cours d'un entretien téléphonique vendredi avec Emmanuel Macron que Vladimir Poutine a donné son accord",
 * "It was during a phone call with Macron on Friday that Putin agreed": a call noun in a phrase that a cleft puts first
 * (its clause holds nothing but the cleft's words and names no one) is the call of the clause "que" / "that" opens after
 * it, whose subject is the other side.
 */
final class CleftCall {

    /** The words of a cleft before its phrase: "C'est", "It was", "Ce fut". */
    private static final int CLEFT_WORDS = 3;

    private CleftCall() {
    }

    /** The call's sides: the phrase's own and the subject of the clause the cleft points to; null when the trigger stands in no cleft. */
    static List<Ref> sides(SentenceReading s, Frame frame) {
        CueIndex.TriggerAt trigger = frame.trigger();
        Clauses.Clause phrase = frame.clause();
        if (!trigger.trigger().noun() || !phrase.phrase() || phrase.parent() < 0 || phrase.opener() < 0) return null;
        Clauses clauses = s.clauses();
        Clauses.Clause main = clauses.parent(phrase);
        if (main == null || main.kind() != Clauses.Kind.MAIN || phrase.opener() - clauses.start(main) > CLEFT_WORDS) return null;
        if (s.cues().triggerWithin(clauses.start(main), phrase.opener())) return null;
        List<Ref> named = Subjects.named(s);
        for (Ref r : named) if (clauses.of(r.from()).index() == main.index()) return null;
        for (Ref r : named) {
            if (r.from() < trigger.end()) continue;
            Clauses.Clause focus = clauses.of(r.from());
            if (focus.kind() != Clauses.Kind.REPORTED || focus.parent() != phrase.index() || focus.opener() < trigger.end()) continue;
            List<Ref> sides = new ArrayList<>(frame.sides());
            for (Ref subject : Subjects.subjectOf(s, focus, named)) if (!sides.contains(subject)) sides.add(subject);
            return sides;
        }
        return null;
    }
}
