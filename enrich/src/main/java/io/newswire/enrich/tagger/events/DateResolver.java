package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The date a sentence gives an event: an explicit date ("vendredi 21 février", "on Feb. 21", "October 6, 2019"),
 * a weekday ("vendredi": the latest such day on or before the reference date), a relative day ("hier",
 * "yesterday"), or none.
 */
public final class DateResolver {

    /** A resolved date and how it was found (explicit, weekday, relative). */
    record Dated(LocalDate date, String source) {
    }

    // days after the reference date that a dated report may still speak of as done (a dispatch dated ahead of its events)
    private static final int WEEK_SLACK = 7;

    private static final String[] DASHES = {" - ", " – ", " — "};

    private DateResolver() {
    }

    static Dated inSentence(AnalyzedText text, Sentence s) {
        return inSentence(text, s, List.of());
    }

    /**
     * The sentence's date, less a full date in the given token spans [from, to), the phrases of meetings held before,
     * whose full dates are their own ("held talks on Monday, two weeks after their first meeting on May 16": Monday); a
     * weekday there stays the sentence's ("Après six heures de discussions jeudi, ... ont annoncé"), and with no other
     * date the sentence keeps that one.
     */
    static Dated inSentence(AnalyzedText text, Sentence s, List<int[]> elsewhere) {
        Dated outside = elsewhere.isEmpty() ? null : read(text, s, elsewhere);
        return outside != null ? outside : read(text, s, List.of());
    }

    private static Dated read(AnalyzedText text, Sentence s, List<int[]> elsewhere) {
        Lexicon lex = text.lexicon();
        if (lex == null) return null;
        Dated weekday = null;
        int weekdayToken = -1;
        Dated relative = null;
        Dated ahead = null;
        Dated pastMonth = null;
        int datelineEnd = datelineEnd(text.body());
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            Lexicon.CalendarWord word = lex.calendarWord(text.termId(t));
            if (word == null) continue;
            if (word.month() != null && text.tokens().get(t).start() >= datelineEnd && !within(elsewhere, t)) {
                Dated explicit = explicit(text, s, t, word.month());
                if (explicit != null && !announcedAhead(text, explicit)) return explicit;
                if (explicit != null && ahead == null) {
                    ahead = explicit;
                    if (weekdayToken >= t - 2) weekday = null;          // "lundi 10 novembre": the weekday is that date's
                }
                if (explicit == null && pastMonth == null) pastMonth = pastMonthOfYear(text, s, t, word.month());
            }
            DayOfWeek day = word.weekday();
            if (day != null && weekday == null) {
                weekday = new Dated(text.referenceDate().with(TemporalAdjusters.previousOrSame(day)), "weekday");
                weekdayToken = t;
            }
            Integer offset = word.offset();
            if (offset != null && relative == null) relative = new Dated(text.referenceDate().plusDays(offset), "relative");
        }
        // "après deux heures de discussions jeudi, ... à partir du 10 novembre": the day named for what happened is the
        // sentence's, the date ahead is that of a measure announced
        if (weekday != null) return weekday;
        // "Lors de son précédent séjour, en juillet 2000, le président russe rencontra Kim Jong Il": a month with its year,
        // before the dispatch's month, and no day named, dates the sentence on that month's first day
        if (relative == null && ahead == null && pastMonth == null) pastMonth = lengthBeforeTheDispatch(text, s);
        return relative != null ? relative : ahead != null ? ahead : pastMonth;
    }

    /**
     * "The two leaders had last met in Bali a year earlier", "met in Samarkand two years ago": a length of days or more
     * right before a word that counts it back (the profile's {@code length_back}) dates the sentence that long before the
     * reference date (session s29, meet-after); else null.
     */
    private static Dated lengthBeforeTheDispatch(AnalyzedText text, Sentence s) {
        Lexicon lex = text.lexicon();
        for (int t = s.firstToken() + 1; t + 1 < s.endToken(); t++) {
            Lexicon.CalendarWord word = lex.calendarWord(text.termId(t));
            if (word == null || word.unitHours() == null || word.unitHours() < HOURS_A_DAY) continue;
            if (lex.profile().lengthsBack().contains(text.tokens().get(t + 1).term())) return shifted(text, s, t, t + 1, text.referenceDate(), -1);
        }
        return null;
    }

    /** "en juillet 2000", "in July 2000": a month followed by its year, wholly before the reference date's month; else null. */
    private static Dated pastMonthOfYear(AnalyzedText text, Sentence s, int monthToken, int month) {
        Integer year = number(text, s, monthToken + 1, 1900, 2100);
        if (year == null) return pastMonthOfAPastPerfect(text, s, monthToken, month);
        LocalDate first = LocalDate.of(year, month, 1);
        return first.isBefore(text.referenceDate().withDayOfMonth(1)) ? new Dated(first, "month") : null;
    }

    /**
     * "Modi had visited Kyiv in August" read in September: a month after "in" with no year, earlier in the reference date's
     * year, after a word that opens a month (the profile's {@code month_preposition}), in a sentence a past perfect tells
     * (an auxiliary of the profile's {@code past_perfect} before the month), dates the sentence on that month's first day,
     * an earlier event than the dispatch's (session s29, meet-after); else null.
     */
    private static Dated pastMonthOfAPastPerfect(AnalyzedText text, Sentence s, int monthToken, int month) {
        var profile = text.lexicon().profile();
        if (monthToken - 1 < s.firstToken() || !profile.monthPrepositions().contains(text.tokens().get(monthToken - 1).term())) return null;
        LocalDate ref = text.referenceDate();
        if (month >= ref.getMonthValue()) return null;
        for (int t = s.firstToken(); t < monthToken - 1; t++) {
            if (profile.pastPerfects().contains(text.tokens().get(t).term())) return new Dated(LocalDate.of(ref.getYear(), month, 1), "month");
        }
        return null;
    }

    private static boolean within(List<int[]> spans, int t) {
        for (int[] span : spans) if (t >= span[0] && t < span[1]) return true;
        return false;
    }

    /**
     * The date a phrase gives by its own words, for a meeting it names as held before ("the Geneva summit in June", "en
     * octobre 2022", "on Feb. 28"): an explicit date; a month, with its year when told, else the last such month on or
     * before the reference date, dated on its first day (the month is all the phrase says); null when it says neither.
     */
    static Dated inPhrase(AnalyzedText text, Sentence s, int from, int to) {
        Lexicon lex = text.lexicon();
        if (lex == null) return null;
        LocalDate ref = text.referenceDate();
        from = Math.max(from, s.firstToken());
        to = Math.min(to, s.endToken());
        Integer previous = previousUnit(text, from, to);
        for (int t = from; t < to; t++) {
            Lexicon.CalendarWord word = lex.calendarWord(text.termId(t));
            if (word == null || word.month() == null) continue;
            Dated explicit = explicit(text, s, t, word.month());
            if (explicit != null && !explicit.date().isAfter(ref)) return explicit;
            Integer year = number(text, s, t + 1, 1900, 2100);
            if (year == null && previous != null && previous >= HOURS_A_YEAR) year = ref.getYear() - 1;   // "in March last year"
            LocalDate first = LocalDate.of(year != null ? year : ref.getYear(), word.month(), 1);
            if (year == null && first.isAfter(ref)) first = first.minusYears(1);      // "in November" read in April: last year's
            return new Dated(first, "month");
        }
        if (previous == null) return null;
        // "last year", "l'an dernier", "le mois dernier", "last week": the unit before the reference date, from its start
        if (previous >= HOURS_A_YEAR) return new Dated(LocalDate.of(ref.getYear() - 1, 1, 1), "year");
        if (previous >= HOURS_A_DAY * DAYS_A_MONTH) return new Dated(ref.minusMonths(1).withDayOfMonth(1), "month");
        return new Dated(ref.minusDays(previous / HOURS_A_DAY), "offset");
    }

    /** The first explicit day (a month with its day) of a phrase, whether before or after the reference date, or null. */
    static Dated explicitInPhrase(AnalyzedText text, Sentence s, int from, int to) {
        Lexicon lex = text.lexicon();
        if (lex == null) return null;
        for (int t = Math.max(from, s.firstToken()); t < Math.min(to, s.endToken()); t++) {
            Lexicon.CalendarWord word = lex.calendarWord(text.termId(t));
            if (word == null || word.month() == null) continue;
            Dated explicit = explicit(text, s, t, word.month());
            if (explicit != null) return explicit;
        }
        return null;
    }

    /** The length in hours of a unit that a word beside it puts before the reference date ("last year", "l'an dernier"), or null. */
    private static Integer previousUnit(AnalyzedText text, int from, int to) {
        Lexicon lex = text.lexicon();
        for (int t = from; t < to; t++) {
            Lexicon.CalendarWord word = lex.calendarWord(text.termId(t));
            if (word == null || word.unitHours() == null || word.unitHours() < HOURS_A_DAY) continue;
            for (int beside : new int[]{t - 1, t + 1}) {
                if (beside < from || beside >= to) continue;
                Lexicon.CalendarWord other = lex.calendarWord(text.termId(beside));
                if (other != null && other.previous()) return word.unitHours();
            }
        }
        return null;
    }

    private static final int HOURS_A_YEAR = 8760;

    /**
     * How long before an event a phrase ending at token {@code end} puts another ("eight months after", "the day after",
     * "une semaine après", "au lendemain de"): that date, from the event's; null when the phrase gives no length.
     */
    static Dated before(AnalyzedText text, Sentence s, int from, int end, LocalDate of) {
        return shifted(text, s, from, end, of, -1);
    }

    /**
     * How long after an event a phrase ending at token {@code end} puts another ("a day before", "two days before", "the
     * eve of", "deux jours avant", "à la veille de"): that date, from the event's; null when the phrase gives no length.
     */
    static Dated after(AnalyzedText text, Sentence s, int from, int end, LocalDate of) {
        return shifted(text, s, from, end, of, 1);
    }

    /** The date a length read in [from, end) puts before (sign -1) or after (sign 1) the given one, or null. */
    private static Dated shifted(AnalyzedText text, Sentence s, int from, int end, LocalDate of, int sign) {
        Lexicon lex = text.lexicon();
        if (lex == null) return null;
        for (int t = Math.max(from, s.firstToken()); t < Math.min(end, s.endToken()); t++) {
            Lexicon.CalendarWord word = lex.calendarWord(text.termId(t));
            if (word == null || word.unitHours() == null) continue;
            Integer n = t - 1 >= s.firstToken() ? count(text, s, t - 1) : null;
            int count = n != null ? n : 1;                                          // "a week after", "the day after"
            if (word.unitHours() < HOURS_A_DAY) return new Dated(of.plusDays(sign * ((long) count * word.unitHours() / HOURS_A_DAY)), "offset");   // "hours after", "quelques heures après"
            int days = word.unitHours() / HOURS_A_DAY;
            LocalDate date = days >= DAYS_A_MONTH ? of.plusMonths(sign * (long) count * (days / DAYS_A_MONTH)) : of.plusDays(sign * (long) count * days);
            return new Dated(date, "offset");
        }
        return null;
    }

    private static final int HOURS_A_DAY = 24;
    private static final int DAYS_A_MONTH = 30;

    /** A number written in figures or as a word ("eight", "neuf"), or null. */
    private static Integer count(AnalyzedText text, Sentence s, int token) {
        Lexicon.CalendarWord word = text.lexicon().calendarWord(text.termId(token));
        if (word != null && word.number() != null) return word.number();
        return number(text, s, token, 1, 100);
    }

    // how far ahead of the reference date a date without its year is still this year's: a date announced ahead
    // ("à partir du 10 novembre"); further ahead, it is last year's ("December 28" read in January)
    private static final int DAYS_AHEAD = 120;

    /** Whether an explicit date lies ahead of the reference date: a date announced, not the day of what happened. */
    private static boolean announcedAhead(AnalyzedText text, Dated explicit) {
        return explicit.date().isAfter(text.referenceDate().plusDays(WEEK_SLACK));
    }

    /** End of a dateline ("MOSCOW, Feb 22 (Reuters) - "): its date is the dispatch's, not the event's. */
    static int datelineEnd(String body) {
        String head = body.substring(0, Math.min(body.length(), 90));
        for (String dash : DASHES) {
            int at = head.indexOf(dash);
            if (at > 0) {
                return at;
            }
        }
        return 0;
    }

    /** "21 février [2020]" (day before month) or "Feb. 21[, 2020]" (day after month). */
    private static Dated explicit(AnalyzedText text, Sentence s, int monthToken, int month) {
        Integer before = number(text, s, monthToken - 1, 1, 31);
        Integer day = before != null ? before : number(text, s, monthToken + 1, 1, 31);
        if (day == null) return null;
        Integer year = number(text, s, before != null ? monthToken + 1 : monthToken + 2, 1900, 2100);
        try {
            LocalDate ref = text.referenceDate();
            LocalDate date = LocalDate.of(year != null ? year : ref.getYear(), month, day);
            if (year == null && date.isAfter(ref.plusDays(DAYS_AHEAD))) date = date.minusYears(1);   // "December 28" read in January
            return new Dated(date, "explicit");
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer number(AnalyzedText text, Sentence s, int token, int min, int max) {
        if (token < s.firstToken() || token >= s.endToken()) return null;
        Lexicon.CalendarWord word = text.lexicon().calendarWord(text.termId(token));
        if (word != null && word.day() != null) return word.day() >= min && word.day() <= max ? word.day() : null;   // "1er"
        String term = text.tokens().get(token).term();
        if (term.isEmpty() || term.length() > 4 || !term.chars().allMatch(Character::isDigit)) return null;
        int n = Integer.parseInt(term);
        return n >= min && n <= max ? n : null;
    }
}
