package io.newswire.enrich.tagger.events;

import java.time.LocalDate;

/**
 * The day a truce's own phrase gives it, when that day is before the dispatch's: "more than a year after a week-long
 * truce collapsed in December 2023", "a week after the truce they agreed in Moscow on October 10 broke down", "la trêve
 * conclue à Moscou le 10 octobre". Such a truce is an older one than the truce its sentence tells, with its own status
 * and date; only the words right after the truce word count, in its clause or a relative clause on it, up to another
 * event word (the sentence's day, "on Sunday", dates the sentence's truce, not this one).
 */
final class TruceDate {

    private TruceDate() {
    }

    /**
     * Whether the truce's own words give it a day after the dispatch's ("a deal on a ceasefire in eastern Ukraine from Feb.
     * 15", "un cessez-le-feu ... à partir du 15 février", told on February 12): a truce to start that day is not in force yet.
     */
    static boolean ahead(SentenceReading s, CueIndex.TriggerAt t) {
        int end = phraseEnd(s, t, Reach.START_AHEAD);
        if (end <= t.end()) return false;
        DateResolver.Dated d = DateResolver.explicitInPhrase(s.text(), s.sentence(), t.end(), end);
        return d != null && d.date().isAfter(s.text().referenceDate());
    }

    private static int phraseEnd(SentenceReading s, CueIndex.TriggerAt t, int reach) {
        int end = t.end();
        int limit = Math.min(s.sentence().endToken(), t.end() + reach);
        Clauses.Clause own = s.clauses().of(t.start());
        while (end < limit && !s.cues().triggerWithin(end, end + 1)) {
            Clauses.Clause at = s.clauses().of(end);
            if (at.index() != own.index() && !(at.kind() == Clauses.Kind.RELATIVE && at.parent() == own.index())) break;
            end++;
        }
        return end;
    }

    /** The past day the truce's own words give, or null when they give none or none before the sentence's day. */
    static DateResolver.Dated of(SentenceReading s, CueIndex.TriggerAt t) {
        int end = t.end();
        int limit = Math.min(s.sentence().endToken(), t.end() + Reach.OWN_DATE);
        Clauses.Clause own = s.clauses().of(t.start());
        while (end < limit && !s.cues().triggerWithin(end, end + 1)) {
            Clauses.Clause at = s.clauses().of(end);
            if (at.index() != own.index() && !(at.kind() == Clauses.Kind.RELATIVE && at.parent() == own.index())) break;
            end++;
        }
        if (end <= t.end()) return null;
        DateResolver.Dated d = DateResolver.inPhrase(s.text(), s.sentence(), t.end(), end);
        if (d == null || "offset".equals(d.source()) || "year".equals(d.source())) return null;     // "a week after", "last year": no day of its own
        LocalDate day = s.text().referenceDate();        // the sentence's own day may be the one this phrase gives
        return d.date().isBefore(day.withDayOfMonth(1)) || (!"month".equals(d.source()) && d.date().isBefore(day)) ? d : null;
    }
}
