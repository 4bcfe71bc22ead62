package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
            if (frame.status() != EventStatus.OCCURRED && !talkedOfSomething(s, trigger, frame)) continue;
            // "talked with Blinken in Geneva": a city of venues.tsv places the talk as the dateline or a trip does
            // "ont discuté mercredi en marge du sommet de l'Otan": an occasion or words of presence in its clause put the sides together
            if (Whereabouts.meetingPlace(s, frame, TalkMedium.talkSides(s, frame)) == null && !TalkMedium.inVenueCity(s, frame) && !togetherByWords(s, trigger)
                    && !inAThirdState(s, frame, trigger)) continue;
            MeetingSides sides = MeetingSides.of(s, frame);
            // "The two leaders talked ... on the sidelines" after three were named: a count its antecedents overrun names no sure sides
            CueIndex.At count = s.cues().first(CueKind.ANAPHOR);
            if (count != null && count.cue().size() > 0 && sides.sides.size() > count.cue().size()) continue;
            if (sides.sides.size() >= 2) out.add(MeetingRule.draft(EventStatus.OCCURRED, s, trigger, sides));
        }
        return out;
    }

    /**
     * "Des délégations russe et américaine discutaient lundi à Riyad": a place of a state that is none of the talkers', after
     * the verb in its clause and before what is talked of, is where they talked (a place of one side's own state may be where
     * he spoke to others).
     */
    private static boolean inAThirdState(SentenceReading s, Frame frame, CueIndex.TriggerAt trigger) {
        Set<String> talkers = new HashSet<>();
        for (Ref r : TalkMedium.talkSides(s, frame)) talkers.add(r.country());
        if (talkers.size() < 2) return false;
        CueIndex.At topic = s.cues().after(CueKind.TOPIC, trigger.start(), trigger.end() - trigger.start() + Reach.ADJACENT);
        for (Ref v : frame.venues()) {
            if (!v.locative() || v.actor() != null || v.country() == null || talkers.contains(v.country())) continue;
            if (v.from() < trigger.end() || !s.clauses().together(v.from(), trigger.start()) || FrameReader.isTopic(v, s.cues())) continue;
            if (topic == null || v.from() < topic.start()) return true;
        }
        return false;
    }

    /**
     * "discutaient lundi à Riyad d'un cessez-le-feu": the verb's own words read "under discussion" for what it talks of, while
     * the talk itself takes place.
     */
    private static boolean talkedOfSomething(SentenceReading s, CueIndex.TriggerAt trigger, Frame frame) {
        if (frame.status() != EventStatus.UNDER_DISCUSSION) return false;
        for (CueIndex.At at : s.cues().all(CueKind.MODALITY)) {
            if (at.cue().status() == EventStatus.UNDER_DISCUSSION && at.start() < trigger.end() && trigger.start() < at.end()) return true;
        }
        return false;
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
