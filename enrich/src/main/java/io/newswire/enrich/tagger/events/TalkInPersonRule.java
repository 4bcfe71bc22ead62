package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.util.ArrayList;
import java.util.List;

/**
 * A talk verb that names no medium ("spoke with", "a échangé avec") whose sides the dispatch puts together is a meeting,
 * not a call: "BEIJING - Blinken spoke with Xi", "Macron spoke with Modi ... Modi arrived in Paris on Thursday for a
 * two-day visit" ({@link Whereabouts}), "talked with Blinken in Geneva" (a city of venues.tsv), "ont discuté mercredi en
 * marge du sommet de l'Otan" (an occasion after the verb in its clause).
 */
final class TalkInPersonRule extends EventRule {

    TalkInPersonRule() {
        super(EventType.MEETING, EventType.PHONE_CALL);
    }

    @Override
    List<EventDraft> read(SentenceReading s) {
        List<EventDraft> out = new ArrayList<>();
        for (CueIndex.TriggerAt trigger : s.cues().triggers()) {
            if (!CueIndex.talk(trigger)) continue;
            Frame frame = s.frame(trigger);
            if (frame.status() != EventStatus.OCCURRED) continue;
            // "talked with Blinken in Geneva": a city of venues.tsv places the talk as the dateline or a trip does
            // "ont discuté mercredi en marge du sommet de l'Otan": an occasion or words of presence in its clause put the sides together
            if (Whereabouts.meetingPlace(s, frame, TalkMedium.talkSides(s, frame)) == null && !TalkMedium.inVenueCity(s, frame) && !togetherByWords(s, trigger)) continue;
            MeetingSides sides = MeetingSides.of(s, frame);
            // "The two leaders talked ... on the sidelines" after three were named: a count its antecedents overrun names no sure sides
            CueIndex.At count = s.cues().first(CueKind.ANAPHOR);
            if (count != null && count.cue().size() > 0 && sides.sides.size() > count.cue().size()) continue;
            if (sides.sides.size() >= 2) out.add(MeetingRule.draft(frame.status(), s, trigger, sides));
        }
        return out;
    }

    /** An occasion ("en marge de", "on the sidelines of") or words of presence ("en personne") in the talk's clause, after its verb. */
    private static boolean togetherByWords(SentenceReading s, CueIndex.TriggerAt trigger) {
        for (CueKind kind : new CueKind[] {CueKind.OCCASION, CueKind.IN_PERSON}) {
            for (CueIndex.At at : s.cues().all(kind)) {
                if (at.start() >= trigger.end() && s.clauses().together(at.start(), trigger.start())) return true;
            }
        }
        return false;
    }
}
