package io.newswire.enrich.tagger.events;

import java.util.Objects;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

/**
 * "met in Berlin on Wednesday at a summit hosted by Merkel and attended by Hollande", "se sont rencontrés à Berlin, lors
 * d'un sommet organisé par Merkel en présence de Hollande": a meeting verb told at a summit, with no occasion between
 * ("on the sidelines of": a bilateral of its own), is that summit. The people its phrase names (up to the next comma)
 * host or attend it: they take part, a host at home as the host; the meeting words inside the phrase ("hosted", "en
 * présence de") tell no meeting of their own.
 */
final class SummitOfTheMeeting {

    /** The first token of the summit noun and one past the last token of its phrase. */
    final int start;
    final int end;

    private SummitOfTheMeeting(int start, int end) {
        this.start = start;
        this.end = end;
    }

    /** The summit a meeting verb is told at, or null: the first meeting word after the verb, a summit by its noun, in the verb's clause. */
    static SummitOfTheMeeting of(SentenceReading s, CueIndex.TriggerAt verb) {
        // a verb or a noun that tells the meeting ("se sont rencontrés" reads as the noun "rencontres"), not the summit itself
        if (verb.type() != EventType.MEETING || verb.trigger().frame() == TriggerFrame.SUMMIT) return null;
        Clauses clauses = s.clauses();
        Clauses.Clause own = clauses.of(verb.start());
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.start() < verb.end()) continue;
            if (t.type() != EventType.MEETING || !t.trigger().noun() || t.trigger().frame() != TriggerFrame.SUMMIT) return null;
            if (!clauses.within(t.start(), own)) return null;
            if (!s.cues().within(CueKind.OCCASION, verb.end(), t.start()).isEmpty()) return null;     // "on the sidelines of the summit"
            if (s.cues().before(CueKind.EARLIER, t.start(), Reach.ADJACENT) != null || s.cues().before(CueKind.LATER, t.start(), Reach.ADJACENT) != null) return null;
            if (MeetingSides.namesItsSides(s, t)) return null;                                      // "their summit with Biden"
            return new SummitOfTheMeeting(t.start(), clauses.segmentEnd(t.end()));
        }
        return null;
    }

    /**
     * "held talks on the sidelines of a summit on Syria hosted by Erdogan", "en marge d'un sommet organisé par X": the host
     * of a summit that is only the occasion tells no meeting with those who met at its margins.
     */
    static boolean hostOfAnOccasion(SentenceReading s, CueIndex.TriggerAt t) {
        if (t.trigger().noun() || (t.trigger().frame() != TriggerFrame.HOST && t.trigger().word() != io.newswire.enrich.tagger.kb.WordClass.ADVERBIAL)) return false;
        Clauses clauses = s.clauses();
        for (CueIndex.TriggerAt summit : s.cues().triggers()) {
            if (summit.start() >= t.start()) break;
            if (!summit.trigger().noun() || summit.trigger().frame() != TriggerFrame.SUMMIT || t.start() - summit.end() > Reach.SUMMIT) continue;
            if (clauses.segmentEnd(summit.end()) <= t.start()) continue;         // a comma between: the clause goes on
            CueIndex.At occasion = s.cues().before(CueKind.OCCASION, summit.start(), Reach.ADJACENT);
            if (occasion != null) return true;
        }
        return false;
    }

    /** Whether a trigger stands inside the summit's phrase (its noun, "hosted", "en présence de"). */
    boolean holds(CueIndex.TriggerAt t) {
        return t.start() >= start && t.start() < end;
    }

    /** The people the summit's phrase names join the meeting's sides; one of the venue's state hosts it. */
    void addTo(SentenceReading s, MeetingSides sides) {
        for (Ref r : s.here()) {
            if (r.from() < start || r.to() > end || r.country() == null || Objects.equals(r.country(), "-")) continue;
            if (r.actor() == null && !"role".equals(r.via())) continue;          // "a summit on Syria": a topic, no one
            if (sides.sides.containsKey(r.country())) continue;
            boolean home = Objects.equals(r.country(), sides.venueCountry) || Objects.equals(r.country(), sides.hostCountry);
            if (home && sides.hostCountry == null) {
                sides.hostCountry = r.country();
                sides.mode = MeetingSides.Mode.VISIT;
                sides.sides.replaceAll((c, side) -> new MeetingSides.Side(c, side.ref(), ParticipantPart.VISITOR));
            }
            ParticipantPart part = sides.hostCountry == null ? ParticipantPart.PARTICIPANT : home ? ParticipantPart.HOST : ParticipantPart.VISITOR;
            sides.sides.put(r.country(), new MeetingSides.Side(r.country(), r, part));
        }
    }
}
