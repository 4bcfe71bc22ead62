package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.util.List;

/**
 * "Scholz a échangé vendredi avec Poutine ... Zelensky a dénoncé un appel": a conversation that names neither a medium
 * nor a place, in a dispatch that speaks of a call, is that call; one with a place, or with words or a trip that put the
 * sides together, is a meeting ({@link TalkMedium}). With nothing said of either, it is left unread: a datelined trip
 * may be untold.
 */
final class UnplacedConversationRule extends EventRule {

    private final PhoneCallRule calls;

    UnplacedConversationRule(PhoneCallRule calls) {
        super(EventType.PHONE_CALL, EventType.MEETING);
        this.calls = calls;
    }

    @Override
    List<EventDraft> read(SentenceReading s) {
        if (s.cues().trigger(EventType.PHONE_CALL) != null) return List.of();     // the call's own words tell it
        CueIndex.TriggerAt unplaced = null;
        for (CueIndex.TriggerAt trigger : MeetingSides.triggers(s)) {
            Frame frame = s.frame(trigger);
            if (frame.status() != EventStatus.OCCURRED) continue;
            boolean met = MeetingSides.of(s, frame).sides.size() >= 2;
            if (met) return List.of();                  // "s'est rendu à Kiev ... et s'y est entretenu avec": the meeting told
            if (unplaced == null && trigger.trigger().frame() == TriggerFrame.CONVERSATION) unplaced = trigger;
        }
        return unplaced == null || !TalkMedium.callSaidElsewhere(s) ? List.of() : calls.read(s, unplaced);
    }
}
