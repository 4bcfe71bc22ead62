package io.newswire.enrich.tagger.events;

import java.util.Objects;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.TriggerFrame;

/**
 * "WASHINGTON - ... agreed to a ceasefire after 48 hours of talks in which he and Vance had engaged with senior officials
 * of both countries", "DOHA - ... après des discussions au cours desquelles le Premier ministre qatari a échangé avec des
 * responsables iraniens": talks told by a relative clause on who took part, at no place the sentence names, with one who
 * takes part in the state of the dateline (at home, where the dispatch is written): a mediation at a distance, no meeting.
 */
final class TalksAtADistance {

    private TalksAtADistance() {
    }

    static boolean told(SentenceReading s, CueIndex.TriggerAt talks) {
        TriggerFrame frame = talks.trigger().frame();
        if (!talks.trigger().noun() || (frame != TriggerFrame.TALKS && frame != TriggerFrame.NEGOTIATION)) return false;
        CueIndex.At relative = s.cues().after(CueKind.RELATIVE, talks.end(), Reach.ADJACENT);
        if (relative == null || !s.cues().within(CueKind.RELATIVE, talks.end(), relative.start()).isEmpty()) return false;
        for (Ref c : s.cities()) if (c.from() >= talks.start()) return false;                     // "talks in Jeddah"
        String home = Dateline.country(s.text(), s.refs());
        if (home == null) return false;
        boolean mediatorAtHome = false;
        for (Ref r : s.here()) {
            if (r.from() < relative.end() || r.country() == null) continue;
            if ("capital".equals(r.via()) && FrameReader.isVenue(r, s.cues(), s.here())) return false;   // "talks in which they met in Moscow"
            if (Objects.equals(r.country(), home) && (r.actor() != null || "role".equals(r.via()))) mediatorAtHome = true;
        }
        return mediatorAtHome;
    }
}
