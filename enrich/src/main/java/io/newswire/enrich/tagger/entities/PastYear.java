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
