package io.newswire.enrich.tagger.events;

import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.util.ArrayList;
import java.util.List;

/**
 * A talk verb that names no medium ("spoke with", "a échangé avec") whose sides the dispatch puts together is a meeting,
 * not a call: "BEIJING - Blinken spoke with Xi", "Macron spoke with Modi ... Modi arrived in Paris on Thursday for a
 * two-day visit" ({@link Whereabouts}), "talked with Blinken in Geneva" (a city of venues.tsv).
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
            if (Whereabouts.meetingPlace(s, frame, TalkMedium.talkSides(s, frame)) == null && !TalkMedium.inVenueCity(s, frame)) continue;
            MeetingSides sides = MeetingSides.of(s, frame);
            if (sides.sides.size() >= 2) out.add(MeetingRule.draft(frame.status(), s, trigger, sides));
        }
        return out;
    }
}
