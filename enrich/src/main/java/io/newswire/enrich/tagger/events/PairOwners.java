package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Who owns a meeting or call noun after a plural possessive ("their", "leur", "leurs") when the subject names one state
 * alone: the people named before it in its clause and the clauses it stands in ("Kim a invité Poutine ..., au
 * lendemain de leur rencontre", "told Xi ... during their three-hour meeting", "a averti Joe Biden ..., lors de leur
 * entretien téléphonique"), who speaks and whom he tells, not the subject alone.
 */
final class PairOwners {

    private PairOwners() {
    }

    /** The people who own the noun trigger, two states or more; null when no plural possessive gives it such owners. */
    static List<Ref> of(SentenceReading s, Frame f) {
        CueIndex.TriggerAt noun = f.trigger();
        if (!noun.trigger().noun() || s.cues().before(CueKind.OWNERS, noun.start(), Reach.ADJACENT) == null
                || f.subject().stream().map(Ref::country).distinct().count() >= 2) return null;
        List<Ref> out = new ArrayList<>();
        for (Ref r : s.here()) {
            if (r.actor() == null || r.to() > noun.start() || !s.clauses().within(noun.start(), s.clauses().of(r.from()))) continue;
            out.add(r);
        }
        return out.stream().map(Ref::country).distinct().count() >= 2 ? out : null;
    }
}
