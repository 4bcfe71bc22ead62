package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

import java.util.List;
import java.util.Objects;

/**
 * An event of the same kind as one the dispatch told before, named as the one before it, with a date of its own: "Their
 * previous call dates back to December 2022", "Leur dernier entretien téléphonique remontait à septembre 2022", "(their
 * second summit.) The previous one was held in Singapore in June", "Le précédent s'était tenu à Singapour". It is
 * another event, held on that date, between the sides of the event told before it; a place named after the pronoun is
 * where it was held (a side at home there hosts). Not when nothing of the kind was told before ("The previous one, led
 * by Scholz, collapsed": a government), nor when the phrase gives no date before the dispatch's.
 */
final class EarlierOfTheSeries {

    /** From the "previous" phrase to the event word it qualifies ("their last call", "leur dernier entretien téléphonique"). */
    private static final int PREVIOUS_TO_NOUN = 1;
    /** Where the pronoun for a meeting stands: opening its sentence ("The previous one was held in"). */
    private static final int PRONOUN_FROM_START = 0;
    /** From the pronoun to the verb that says it was held ("The previous one was held", "Le précédent s'était tenu"). */
    private static final int PRONOUN_TO_VERB = 2;

    private EarlierOfTheSeries() {
    }

    /**
     * The "previous" phrase a trigger shares words with ("the previous one", "le précédent", "their previous call"): the
     * trigger is that phrase, it tells no event of its own; null when none.
     */
    private static CueIndex.At sharedWith(SentenceReading s, CueIndex.TriggerAt trigger) {
        for (CueIndex.At c : s.cues().all(CueKind.PREVIOUS)) if (c.start() < trigger.end() && c.end() > trigger.start()) return c;
        return null;
    }

    /** Whether a trigger is the "previous" phrase itself ("the previous one", "le précédent", "their previous call"). */
    static boolean pronoun(SentenceReading s, CueIndex.TriggerAt trigger) {
        return sharedWith(s, trigger) != null;
    }

    /** Whether a call noun is qualified as the one before ("their previous call", "leur dernier appel"). */
    static boolean qualifies(SentenceReading s, CueIndex.TriggerAt trigger) {
        return trigger.trigger().noun() && (pronoun(s, trigger) || s.cues().before(CueKind.PREVIOUS, trigger.start(), PREVIOUS_TO_NOUN) != null);
    }

    /** The earlier call a qualified call noun names, on its own date, between the sides of the call told before; empty when none. */
    static List<EventDraft> call(SentenceReading s, CueIndex.TriggerAt trigger) {
        return earlier(s, trigger, EventType.PHONE_CALL);
    }

    /** The earlier meeting a pronoun opening its sentence names, between the sides of the meeting told before, at the place named after it. */
    static List<EventDraft> meeting(SentenceReading s, CueIndex.TriggerAt trigger) {
        CueIndex.At pronoun = sharedWith(s, trigger);
        if (pronoun == null || pronoun.start() - s.sentence().firstToken() > PRONOUN_FROM_START) return List.of();
        CueIndex.At verb = s.cues().after(CueKind.MODALITY, pronoun.end(), PRONOUN_TO_VERB);
        if (verb == null || verb.cue().status() != EventStatus.OCCURRED) return List.of();   // "The previous one collapsed in March": a truce, a government
        List<EventDraft> out = earlier(s, trigger, EventType.MEETING);
        if (out.isEmpty()) return out;
        EventDraft meeting = out.get(0);
        Ref place = null;
        for (Ref r : s.here()) {
            if (r.from() >= trigger.end() && r.actor() == null && r.country() != null && !"-".equals(r.country())) {
                place = r;
                break;
            }
        }
        boolean home = place != null && meeting.parties.containsKey(place.country());
        java.util.Map<String, EventDraft.Party> sides = new java.util.LinkedHashMap<>(meeting.parties);
        meeting.parties.clear();
        for (EventDraft.Party p : sides.values()) {
            ParticipantPart part = !home ? ParticipantPart.PARTICIPANT : Objects.equals(p.country(), place.country()) ? ParticipantPart.HOST : ParticipantPart.VISITOR;
            meeting.add(p.country(), p.actor(), part);
        }
        if (place != null && !home) meeting.add(place.country(), null, ParticipantPart.LOCATION);
        meeting.mode = home ? MeetingSides.Mode.VISIT : place != null ? MeetingSides.Mode.THIRD_PLACE : MeetingSides.Mode.UNPLACED;
        return out;
    }

    /**
     * The event of the type held before the last one of its kind the dispatch told (a meeting: or the summit it proposed),
     * dated by the sentence's own words after the trigger, before the dispatch's date; empty when either is missing.
     */
    private static List<EventDraft> earlier(SentenceReading s, CueIndex.TriggerAt trigger, EventType type) {
        DateResolver.Dated own = DateResolver.inPhrase(s.text(), s.sentence(), trigger.end(), s.sentence().endToken());
        if (own == null || !own.date().isBefore(s.text().referenceDate())) return List.of();
        EventDraft told = null;
        for (int i = s.earlier().size() - 1; i >= 0 && told == null; i--) {
            EventDraft e = s.earlier().get(i);
            if (e.heldBefore || e.status == EventStatus.DENIED) continue;
            if (e.type == type || (type == EventType.MEETING && e.type == EventType.SUMMIT_PROPOSAL)) told = e;
        }
        if (told == null) return List.of();
        EventDraft out = EventDraft.reported(type, EventStatus.OCCURRED, s, trigger);
        for (EventDraft.Party p : told.parties.values()) {
            if (p.part() != ParticipantPart.LOCATION) out.add(p.country(), p.actor(), ParticipantPart.PARTICIPANT);
        }
        if (out.countries().size() < 2) return List.of();
        out.heldBefore(own);
        return List.of(out);
    }
}
