package io.newswire.enrich.tagger.events;

import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.util.ArrayList;
import java.util.List;

/**
 * A talk verb that names no medium ("spoke with", "a échangé avec") whose sides the dispatch puts together is a meeting,
 * not a call: "BEIJING - Blinken spoke with Xi", "Macron spoke with Modi ... Modi arrived in Paris on Thursday for a
 * two-day visit" ({@link Whereabouts}).
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
            if (frame.status() != EventStatus.OCCURRED || Whereabouts.meetingPlace(s, frame, TalkMedium.talkSides(s, frame)) == null) continue;
            MeetingSides sides = MeetingSides.of(s, frame);
            if (sides.sides.size() >= 2) out.add(MeetingRule.draft(frame.status(), s, trigger, sides));
        }
        return out;
    }
}
