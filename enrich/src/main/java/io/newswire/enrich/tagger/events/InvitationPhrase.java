package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.schemas.EventType;

/**
 * "At the invitation of French President Emmanuel Macron, Xi Jinping will pay a state visit to France", "se rendra en
 * Chine à l'invitation de Xi Jinping": an invitation noun inside an invitation phrase (cue kind {@code invitation_phrase},
 * "at the invitation of", "à l'invitation de") is the circumstance of another meeting trigger of its sentence, which tells
 * the visit and its status; it proposes no summit of its own, and its modality governs no trigger (StatusReader).
 */
final class InvitationPhrase {

    private InvitationPhrase() {
    }

    static boolean circumstance(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (trigger.type() != EventType.MEETING || !trigger.trigger().noun()) return false;
        CueIndex.At phrase = holding(s, trigger.start(), trigger.end());
        if (phrase == null) return false;
        for (CueIndex.TriggerAt other : s.cues().triggers()) {
            if (other != trigger && other.type() == EventType.MEETING && (other.end() <= phrase.start() || other.start() >= phrase.end())) return true;
        }
        return false;
    }

    /** The invitation phrase that holds the words from {@code start} to {@code end}; null when none does. */
    static CueIndex.At holding(SentenceReading s, int start, int end) {
        for (CueIndex.At c : s.cues().all(CueKind.INVITATION_PHRASE)) {
            if (c.start() <= start && c.end() >= end) return c;
        }
        return null;
    }
}
