package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.TriggerFrame;

/**
 * Which meeting verbs tell, when still to come, the plan that a meeting noun of purpose after them names ("reçoit lundi
 * X, pour la première visite", and session s30: "se retrouvent mercredi, dans la région de San Francisco, pour leur
 * premier face-à-face", "doivent s'entretenir dimanche, en marge du sommet, pour leur première rencontre", "will meet on
 * Wednesday, near San Francisco, for their first talks"): verbs of travelling and of receiving, and verbs by which the
 * sides meet or talk, not a call's or a signing's.
 */
final class MeetingToCome {
    private MeetingToCome() {
    }

    static boolean framesAPlan(TriggerFrame frame) {
        return frame == TriggerFrame.VISIT || frame == TriggerFrame.HOST
                || frame == TriggerFrame.TALKS || frame == TriggerFrame.CONVERSATION;
    }
}
