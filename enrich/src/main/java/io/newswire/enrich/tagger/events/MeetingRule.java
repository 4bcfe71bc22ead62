package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

import java.util.ArrayList;
import java.util.List;

/**
 * Meetings in person between officials of two or more states: a visit ("visited Kyiv", "s'est rendu à Kiev"),
 * hosting one ("hosted", "a reçu"), talks at a third place ("met in Helsinki"), a summit that took place. A meeting
 * not held keeps its status (planned, proposed, denied...) and is no contact; when leaders are to meet, it is a
 * summit proposal instead ({@link SummitProposalRule}).
 */
final class MeetingRule extends EventRule {

    private final Leaders leaders;

    MeetingRule(KnowledgeBase kb) {
        super(EventType.MEETING);
        this.leaders = new Leaders(kb);
    }

    @Override
    List<EventDraft> read(SentenceReading s) {
        List<EventDraft> out = new ArrayList<>();
        for (CueIndex.TriggerAt trigger : MeetingSides.triggers(s)) {
            Frame frame = s.frame(trigger);
            EventStatus status = statusOf(frame);
            if (status != EventStatus.OCCURRED && leaders.meet(s, frame)) continue;        // a summit proposal
            if (anInterview(s, frame)) continue;
            MeetingSides sides = MeetingSides.of(s, frame);
            if (sides.sides.size() < 2) continue;
            EventDraft meeting = EventDraft.reported(type(), status, s, trigger);
            for (MeetingSides.Side side : sides.sides.values()) meeting.add(side.country(), side.ref() == null ? null : side.ref().actor(), side.part());
            if (sides.venueCountry != null && !sides.sides.containsKey(sides.venueCountry)) meeting.add(sides.venueCountry, null, ParticipantPart.LOCATION);
            meeting.location = sides.venue;
            meeting.mode = sides.mode;
            out.add(meeting);
        }
        return out;
    }

    /** A meeting's status: a condition makes any meeting not held conditional. */
    static EventStatus statusOf(Frame frame) {
        if (frame.conditional() && frame.status() != EventStatus.OCCURRED && frame.status() != EventStatus.OFFERED) return EventStatus.CONDITIONAL;
        return frame.status();
    }

    /** "dans un entretien diffusé par l'animateur Piers Morgan": an interview with the press, no meeting. */
    private static boolean anInterview(SentenceReading s, Frame frame) {
        for (CueIndex.At media : s.cues().all(CueKind.MEDIA)) if (s.clauses().together(media.start(), frame.trigger().start())) return true;
        return false;
    }
}
