package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Who the references of a sentence make parties to an event: one per country, a person preferred, venues and topics left out. */
final class Parties {

    private Parties() {
    }

    /** Parties named among the references, one per country (a person preferred), venues, topics and targets left out. */
    static Map<String, Ref> of(List<Ref> refs, CueIndex cues) {
        return of(refs, cues, false);
    }

    /** Parties of a truce: who is accused of breaking it is one of its sides ("a accusé le Cambodge d'avoir violé le cessez-le-feu"). */
    static Map<String, Ref> ofTruce(List<Ref> refs, CueIndex cues) {
        return of(refs, cues, true);
    }

    private static Map<String, Ref> of(List<Ref> refs, CueIndex cues, boolean targetsAreSides) {
        Map<String, Ref> out = new LinkedHashMap<>();
        for (Ref r : refs) {
            if (r.country() == null || r.locative() || (FrameReader.isTopic(r, cues) && !(targetsAreSides && FrameReader.isTarget(r, cues)))) continue;
            Ref known = out.get(r.country());
            if (known == null || (known.actor() == null && r.actor() != null)) out.put(r.country(), r);
        }
        return out;
    }

    /** When two or more countries are represented by people, the people are the parties, not the places talked about. */
    static Map<String, Ref> peopleFirst(Map<String, Ref> parties) {
        return peopleFirst(parties, r -> r.actor() != null);
    }

    /**
     * As {@link #peopleFirst(Map)}, where a demonym that names officials also stands for people: "des discussions entre
     * la délégation iranienne et l'émissaire américain Steve Witkoff" meet as two sides.
     */
    static Map<String, Ref> peopleOrOfficialsFirst(Map<String, Ref> parties, SentenceReading s) {
        return peopleFirst(parties, r -> r.actor() != null || ("demonym".equals(r.via()) && PhoneCallRule.official(r, s)));
    }

    private static Map<String, Ref> peopleFirst(Map<String, Ref> parties, java.util.function.Predicate<Ref> person) {
        Map<String, Ref> people = new LinkedHashMap<>();
        for (Map.Entry<String, Ref> e : parties.entrySet()) if (person.test(e.getValue())) people.put(e.getKey(), e.getValue());
        return people.size() >= 2 ? people : parties;
    }
}
