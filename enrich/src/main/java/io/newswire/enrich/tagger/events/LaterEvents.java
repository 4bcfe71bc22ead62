package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.time.LocalDate;

/**
 * A meeting or a call a sentence names as coming after the event of its clause, by a length: "held talks with Modi on Monday, a day
 * before his video call with Joe Biden", "deux jours avant leur sommet de Genève", "à la veille de sa rencontre avec
 * Poutine". It is another event, on the clause's date plus that length: still to come (planned) when that date is after
 * the dispatch's, held when the dispatch is written after it ("..., a day before his video call with Biden, the Kremlin
 * recalled on Wednesday"). The mirror of {@link EarlierMeetings}; a phrase with no length ("before the talks, he said")
 * names no other event and is left to its clause.
 */
final class LaterEvents {

    /** From a later cue to the event word it governs ("two days before his summit", "la veille de sa visioconférence"). */
    private static final int CUE_TO_EVENT = 4;

    private LaterEvents() {
    }

    /** The later cue that governs a trigger in its own segment, or null. */
    private static CueIndex.At laterCue(CueIndex cues, Clauses clauses, CueIndex.TriggerAt trigger) {
        if (trigger.type() != EventType.MEETING && trigger.type() != EventType.PHONE_CALL) return null;    // a truce's own statuses are no plan
        CueIndex.At cue = cues.before(CueKind.LATER, trigger.start(), CUE_TO_EVENT);
        if (cue == null || !clauses.together(cue.end(), trigger.start()) || clauses.segmentStart(trigger.start()) > cue.end()) return null;
        if (!cues.within(CueKind.NEGATION, cue.end(), trigger.start()).isEmpty()) return null;
        // "hours before Trump was due to receive Putin": a clause with a word of its own tells its event's status
        if (!cues.within(CueKind.MODALITY, cue.end(), trigger.start()).isEmpty()) return null;
        return cue;
    }

    /**
     * The date of the later event a trigger names, or null when no later cue with a length governs it: the length stands
     * right before the cue ("two days before", "quelques heures avant") or in it ("the eve of", "la veille de").
     */
    static DateResolver.Dated dateOf(SentenceReading s, CueIndex.TriggerAt trigger) {
        CueIndex.At cue = laterCue(s.cues(), s.clauses(), trigger);
        if (cue == null) return null;
        LocalDate of = s.dated() != null ? s.dated().date() : s.text().referenceDate();
        return DateResolver.after(s.text(), s.sentence(), cue.start() - 1, cue.end(), of);
    }

    /** The later cue of a trigger that names a later event by a length, or null. */
    static CueIndex.At cueOf(SentenceReading s, CueIndex.TriggerAt trigger) {
        return dateOf(s, trigger) == null ? null : laterCue(s.cues(), s.clauses(), trigger);
    }

    /** Planned when the later event falls after the dispatch's date, held otherwise; null when the trigger names none. */
    static EventStatus statusOf(SentenceReading s, CueIndex.TriggerAt trigger) {
        DateResolver.Dated d = dateOf(s, trigger);
        if (d == null) return null;
        return d.date().isAfter(s.text().referenceDate()) ? EventStatus.PLANNED : EventStatus.OCCURRED;
    }

    /** The day a later event was held on, when the dispatch is written after it; null otherwise. */
    static DateResolver.Dated heldOn(SentenceReading s, Frame frame) {
        DateResolver.Dated d = dateOf(s, frame.trigger());
        return d != null && !d.date().isAfter(s.text().referenceDate()) && frame.statusCue() != null
                && frame.statusCue().cue().kind() == CueKind.LATER ? d : null;
    }
}
