package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.schemas.EventStatus;

import java.util.HashSet;
import java.util.Set;

/**
 * "Saudi Arabia and the United States called on Sudan's army and the Rapid Support Forces to agree a halt to the fighting,
 * at the opening of talks in Jeddah", "ont exhorté l'armée soudanaise et les FSR à un arrêt des combats, à l'ouverture de
 * pourparlers": talks told after an appeal, naming no sides of their own, are the talks of those the appeal addresses;
 * those of one state only (a war within it) meet no other state, and who appeals only mediates.
 */
final class AppealAtTalks {

    private AppealAtTalks() {
    }

    static boolean amongTheAddressed(SentenceReading s, CueIndex.TriggerAt talks) {
        TriggerFrame frame = talks.trigger().frame();
        if (!talks.trigger().noun() || (frame != TriggerFrame.TALKS && frame != TriggerFrame.NEGOTIATION) || MeetingSides.namesItsSides(s, talks)) return false;
        for (CueIndex.At appeal : s.cues().all(CueKind.MODALITY)) {
            if (appeal.cue().status() != EventStatus.CALLED_FOR || appeal.start() >= talks.start()) continue;
            Set<String> callers = new HashSet<>();
            Set<String> addressed = new HashSet<>();
            for (Ref r : s.here()) {
                if (r.country() == null || r.sentence() != s.sentence().index()) continue;
                if (r.to() <= appeal.start()) callers.add(r.country());
                else if (r.from() >= appeal.end() && r.to() <= talks.start() && !FrameReader.isVenue(r, s.cues(), s.here())) addressed.add(r.country());
            }
            return !callers.isEmpty() && addressed.size() == 1 && !callers.containsAll(addressed);
        }
        return false;
    }
}
