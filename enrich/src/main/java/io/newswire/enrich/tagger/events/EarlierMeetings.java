package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.schemas.EventStatus;

import java.time.LocalDate;

/**
 * A meeting a sentence names as held before the event of its clause, with its own date: "their first call since the
 * Geneva summit in June", "eight months after their first summit in Singapore", "au lendemain de son sommet avec
 * Poutine", "since the Oval Office meeting on Feb. 28". It took place, on the day its own words give, and is another
 * meeting than the one its clause reports. A phrase that gives no date of its own ("after talks in Moscow") is left to
 * the clause; a summit called off or only planned ("since the cancelled summit", "a planned Moscow summit") held none.
 */
final class EarlierMeetings {

    /** From an earlier cue to the meeting word it governs ("since the Oval Office meeting", "after he co-chaired a summit"). */
    private static final int CUE_TO_MEETING = 6;
    /** After the meeting word, where its own date stands ("the Oval Office meeting between Trump and Zelensky on Feb. 28"). */
    private static final int MEETING_TO_DATE = 10;
    /** Before an earlier cue, where the length of the gap stands ("eight months after", "un an et demi après"). */
    private static final int LENGTH_BEFORE_CUE = 4;

    private EarlierMeetings() {
    }

    /** The date of the earlier meeting a meeting trigger names, or null when it names none. */
    static DateResolver.Dated dateOf(SentenceReading s, Frame frame) {
        CueIndex.TriggerAt trigger = frame.trigger();
        CueIndex.At cue = s.cues().before(CueKind.EARLIER, trigger.start(), CUE_TO_MEETING);
        if (cue == null || !s.clauses().together(cue.end(), trigger.start()) || s.clauses().segmentStart(trigger.start()) > cue.end()) return null;
        if (frame.statusCue() != null && frame.statusCue().start() >= cue.start() && frame.status() != EventStatus.OCCURRED) return null;
        if (!s.cues().within(CueKind.NEGATION, cue.end(), trigger.start()).isEmpty()) return null;
        for (CueIndex.At m : s.cues().within(CueKind.MODALITY, cue.end(), trigger.start())) {
            if (m.cue().status() != EventStatus.OCCURRED) return null;                  // "since Obama called off a planned summit"
        }
        int phraseEnd = Math.min(s.clauses().segmentEnd(trigger.end()), trigger.end() + MEETING_TO_DATE);
        DateResolver.Dated own = DateResolver.inPhrase(s.text(), s.sentence(), cue.end(), phraseEnd);
        if (own != null) return own;
        LocalDate of = s.dated() != null ? s.dated().date() : s.text().referenceDate();
        return DateResolver.before(s.text(), s.sentence(), cue.start() - LENGTH_BEFORE_CUE, cue.end(), of);
    }
}
