package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.schemas.EventStatus;

/**
 * "l'annulation par Donald Trump du sommet de Singapour", "the cancellation by Trump of the summit": the agent of a
 * status noun, told between the noun and what it governs, keeps them one phrase. Only the agent's preposition, one
 * person or state named by the knowledge base, and the few words that open the object ("du", "of the Singapore") stand between.
 */
final class AgentPhrase {


    private AgentPhrase() {
    }

    /**
     * Whether a refusal noun governs the trigger across its agent ("l'annulation par Donald Trump du sommet de
     * Singapour"): the meeting was called off, not held.
     */
    static boolean calledOff(SentenceReading s, CueIndex.TriggerAt trigger) {
        for (CueIndex.At c : s.cues().all(CueKind.MODALITY)) {
            if (c.end() <= trigger.start() && c.cue().status() == EventStatus.REJECTED && fills(s, c.end(), trigger.start())) return true;
        }
        return false;
    }

    /** The agent of the refusal noun that governs the trigger ("l'annulation par Donald Trump du sommet"), or null. */
    static Ref calledOffBy(SentenceReading s, CueIndex.TriggerAt trigger) {
        for (CueIndex.At c : s.cues().all(CueKind.MODALITY)) {
            if (c.end() > trigger.start() || c.cue().status() != EventStatus.REJECTED || !fills(s, c.end(), trigger.start())) continue;
            CueIndex.At by = s.cues().startingAt(c.end(), CueKind.PASSIVE_AGENT);
            Ref agent = null;
            for (Ref r : s.here()) if (r.from() == by.end() && (agent == null || r.to() > agent.to())) agent = r;
            return agent;
        }
        return null;
    }

    /** Whether the tokens [from, to) are an agent phrase and the object's opening word, nothing else. */
    static boolean fills(SentenceReading s, int from, int to) {
        CueIndex.At by = s.cues().startingAt(from, CueKind.PASSIVE_AGENT);
        if (by == null) return false;
        Ref agent = null;
        for (Ref r : s.here()) {
            if (r.from() == by.end() && (agent == null || r.to() > agent.to())) agent = r;
        }
        if (agent == null) return false;
        int gap = to - agent.to();
        return gap >= 0 && gap <= Reach.ADJACENT && !s.cues().triggerWithin(agent.to(), to);
    }
}
