package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.Token;

import java.time.LocalDate;

/**
 * The year before the dispatch's that a sentence names ("nominated in 1981 by President ...", "président de 1974 à
 * 1981", "tué le 22 novembre 1963"): the time an office named in that sentence may be of, when it is not the holder of
 * the day's.
 */
final class PastYear {

    private static final int FIRST = 1900;     // earlier four-digit numbers are no year of an office wire copy names
    private static final int MID_YEAR = 7;     // a year alone stands for its middle
    private static final int FRONTED_WORDS = 3; // "In 2009,", "In March 2009,": a year that opens its sentence

    private PastYear() {
    }

    /** The first year of the sentence before the dispatch's, as its first of July; null when the sentence names none. */
    static LocalDate in(AnalyzedText text, int sentence) {
        Sentence s = text.sentences().get(sentence);
        int now = text.referenceDate().getYear();
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            int year = year(text.tokens().get(t));
            if (year >= FIRST && year < now) return LocalDate.of(year, MID_YEAR, 1);
        }
        return null;
    }

    /**
     * The year before the dispatch's that opens the clause of the token {@code at}, set off by a comma within its first
     * words ("In 2009, ...", "...; in 2009, she was appointed ... to become the Secretary of State", "En 2009, ..."): the
     * time of that clause, as its first of July; null when none.
     */
    static LocalDate fronted(AnalyzedText text, int sentence, int at) {
        Sentence s = text.sentences().get(sentence);
        int now = text.referenceDate() == null ? Integer.MAX_VALUE : text.referenceDate().getYear();
        LocalDate found = null;
        for (int t = s.firstToken(); t < Math.min(at, s.endToken()); t++) {
            int year = year(text.tokens().get(t));
            if (year < FIRST || year >= now || !Gaps.comma(text, t)) continue;
            boolean opens = false;
            for (int k = t; k >= s.firstToken() && t - k < FRONTED_WORDS; k--) {
                if (k == s.firstToken() || semicolonAfter(text, k - 1)) {
                    opens = true;
                    break;
                }
            }
            if (opens) found = LocalDate.of(year, MID_YEAR, 1);
            else if (found != null && semicolonAfter(text, t)) found = null;
        }
        return found;
    }

    private static boolean semicolonAfter(AnalyzedText text, int t) {
        String gap = Gaps.after(text, t);
        return gap != null && gap.contains(";");
    }

    /** Whether the token is a year ("1974"): a date, not a qualifier of the title before it ("président de 1974 à 1981"). */
    static boolean isYear(Token token) {
        return year(token) >= FIRST;
    }

    private static int year(Token token) {
        String term = token.term();
        if (term.length() != 4) return -1;
        for (int i = 0; i < 4; i++) if (!Character.isDigit(term.charAt(i))) return -1;
        return Integer.parseInt(term);
    }
}
