package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.schemas.ParticipantPart;

/**
 * "après dix heures de pourparlers entre leurs ministres à Moscou, sous l'égide de Sergueï Lavrov": talks held in a state
 * under the auspices of that state's own official, named after the talks in another stretch of the sentence, are hosted
 * by him, who takes part; an official of another state (the EU's, a third state's) stays a sponsor.
 */
final class HostAtHome {

    private HostAtHome() {
    }

    static void addTo(SentenceReading s, Frame f, MeetingSides sides) {
        String venue = sides.venueCountry;
        if (venue == null || sides.sides.containsKey(venue) || sides.sides.size() < 2) return;
        for (CueIndex.At cue : s.cues().all(CueKind.AUSPICES)) {
            if (cue.start() < f.trigger().end()) continue;
            for (Ref r : s.here()) {
                if (r.from() < cue.end() || r.from() - cue.end() > Reach.PASSIVE_AGENT) continue;
                if ((r.actor() == null && !"role".equals(r.via())) || !venue.equals(r.country())) continue;
                sides.hostCountry = venue;
                sides.mode = MeetingSides.Mode.VISIT;
                sides.sides.replaceAll((c, side) -> new MeetingSides.Side(c, side.ref(), ParticipantPart.VISITOR));
                sides.sides.put(venue, new MeetingSides.Side(venue, r, ParticipantPart.HOST));
                return;
            }
        }
    }
}
