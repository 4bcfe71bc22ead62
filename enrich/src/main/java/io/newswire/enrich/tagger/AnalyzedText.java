package io.newswire.enrich.tagger;

import java.time.LocalDate;
import java.util.List;

/** A body split into tokens and sentences, with its language lexicon and reference date: what every matcher reads. */
final class AnalyzedText {

    final String body;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final int[] sentenceOfToken;
    final Lexicon lexicon;          // null when the language has no lexicon (no events, no role phrases)
    final LocalDate referenceDate;

    AnalyzedText(String body, List<Token> tokens, List<Sentence> sentences, Lexicon lexicon, LocalDate referenceDate) {
        this.body = body;
        this.tokens = tokens;
        this.sentences = sentences;
        this.lexicon = lexicon;
        this.referenceDate = referenceDate;
        this.sentenceOfToken = new int[tokens.size()];
        java.util.Arrays.fill(sentenceOfToken, -1);
        for (Sentence s : sentences) {
            for (int t = s.firstToken(); t < s.endToken(); t++) sentenceOfToken[t] = s.index();
        }
    }

    String surface(int fromToken, int toToken) {
        return body.substring(tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
    }

    /** Whether only blanks separate token i from token i+1 (no comma, no quote, no parenthesis). */
    boolean adjacent(int i) {
        if (i + 1 >= tokens.size()) return false;
        for (int c = tokens.get(i).end(); c < tokens.get(i + 1).start(); c++) {
            if (!Character.isWhitespace(body.charAt(c))) return false;
        }
        return true;
    }

    /** Whether cue phrase {@code terms} ends right before token {@code at} (within its sentence). */
    boolean phraseEndsBefore(String[] terms, int at) {
        int from = at - terms.length;
        if (from < 0 || terms.length == 0) return false;
        int sentence = sentenceOfToken[at];
        for (int k = 0; k < terms.length; k++) {
            if (sentenceOfToken[from + k] != sentence || !termMatches(terms[k], tokens.get(from + k).term())) return false;
        }
        return true;
    }

    /** Whether cue phrase {@code terms} starts right at token {@code at} (within its sentence). */
    boolean phraseStartsAt(String[] terms, int at) {
        if (terms.length == 0 || at + terms.length > tokens.size()) return false;
        int sentence = sentenceOfToken[at];
        for (int k = 0; k < terms.length; k++) {
            if (sentenceOfToken[at + k] != sentence || !termMatches(terms[k], tokens.get(at + k).term())) return false;
        }
        return true;
    }

    /** Whether the phrase occurs in tokens [from, to). */
    boolean phraseWithin(String[] terms, int from, int to) {
        for (int t = from; t + terms.length <= to; t++) {
            if (phraseStartsAt(terms, t)) return true;
        }
        return false;
    }

    private static boolean termMatches(String pattern, String term) {
        return pattern.endsWith("*") ? term.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(term);
    }
}
