package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.util.List;

/**
 * "Scholz a échangé vendredi avec Poutine ... Zelensky a dénoncé un appel": a conversation that names neither a medium
 * nor a place, in a dispatch that speaks of a call, is that call; one with a place, or with words or a trip that put the
 * sides together, is a meeting ({@link TalkMedium}). With nothing said of either, it is a call where the dispatch is
 * datelined in the talker's own state ({@link Whereabouts}), and left unread elsewhere: a trip may go untold.
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
        if (unplaced == null) return List.of();
        // a call where the dispatch speaks of one, or keeps the sides each in its own capital ("PARIS - Macron s'est entretenu avec Pezeshkian")
        Frame frame = s.frame(unplaced);
        return TalkMedium.callSaidElsewhere(s) || Whereabouts.apart(s, frame, frame.sides()) ? calls.read(s, unplaced) : List.of();
    }
}
