package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.text.AnalyzedText;

/**
 * Lengths of time told by a number and a unit of the language's calendar file: a truce's ("a 36-hour ceasefire",
 * "une trêve de trois jours", "a two-month truce") and a visit's ("une visite d'Etat de trois jours en France").
 */
final class Durations {

    private Durations() {
    }

    /** The length in hours the words around the trigger give the truce, or null. */
    static Integer after(SentenceReading s, CueIndex.TriggerAt t) {
        AnalyzedText text = s.text();
        Lexicon lex = text.lexicon();
        int from = Math.max(s.sentence().firstToken(), t.start() - Reach.DURATION);
        int to = Math.min(s.sentence().endToken(), t.end() + Reach.DURATION);
        for (int i = from + 1; i < to; i++) {
            if (i >= t.start() && i < t.end()) continue;
            Lexicon.CalendarWord unit = lex.calendarWord(text.termId(i));
            if (unit == null || unit.unitHours() == null) continue;
            Integer n = number(text, lex, i - 1);
            if (n != null) return n * unit.unitHours();
        }
        return null;
    }

    /**
     * Where a length told right after token {@code at} ends ("de trois jours", "of two days", "d'une semaine", "d'Etat de
     * trois jours": a number and a unit, at most {@link Reach#LENGTH_AFTER} words on), or {@code at} when none is told there.
     */
    static int skipLength(SentenceReading s, int at) {
        return skipLength(s.text(), at, s.sentence().endToken());
    }

    /** {@link #skipLength(SentenceReading, int)} within a sentence that ends at token {@code end}. */
    static int skipLength(AnalyzedText text, int at, int end) {
        return skipLength(text, at, end, Reach.LENGTH_AFTER);
    }

    /** {@link #skipLength(AnalyzedText, int, int)} with the number at most {@code words} words on. */
    static int skipLength(AnalyzedText text, int at, int end, int words) {
        Lexicon lex = text.lexicon();
        for (int n = at; n <= at + words && n + 1 < end; n++) {
            Lexicon.CalendarWord unit = lex.calendarWord(text.termId(n + 1));
            if (unit != null && unit.unitHours() != null && number(text, lex, n) != null) return n + 2;
        }
        return at;
    }

    private static Integer number(AnalyzedText text, Lexicon lex, int i) {
        String term = text.tokens().get(i).term();
        if (!term.isEmpty() && term.length() <= 4 && digits(term)) return Integer.parseInt(term);
        Lexicon.CalendarWord w = lex.calendarWord(text.termId(i));
        return w == null ? null : w.number();
    }

    private static boolean digits(String term) {
        for (int i = 0; i < term.length(); i++) if (!Character.isDigit(term.charAt(i))) return false;
        return true;
    }
}
