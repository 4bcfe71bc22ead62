package io.newswire.enrich.tagger.text;

import io.newswire.enrich.tagger.kb.Lexicon;

import java.time.LocalDate;
import java.util.List;

/** A body split into tokens and sentences, with its language lexicon and reference date: what every matcher reads. */
public final class AnalyzedText {

    private final String body;
    private final List<Token> tokens;
    private final TokenList ids;    // the tokens' interned term ids, null when the list does not carry them
    private final List<Sentence> sentences;
    private final int[] sentenceOfToken;
    private final Lexicon lexicon;          // null when the language has no lexicon (no events, no role phrases)
    private final LocalDate referenceDate;

    public AnalyzedText(String body, List<Token> tokens, List<Sentence> sentences, Lexicon lexicon, LocalDate referenceDate) {
        this.body = body;
        this.tokens = tokens;
        this.ids = tokens instanceof TokenList l ? l : null;
        this.sentences = sentences;
        this.lexicon = lexicon;
        this.referenceDate = referenceDate;
        this.sentenceOfToken = new int[tokens.size()];
        java.util.Arrays.fill(sentenceOfToken, -1);
        for (Sentence s : sentences) {
            for (int t = s.firstToken(); t < s.endToken(); t++) sentenceOfToken[t] = s.index();
        }
    }

    public String body() {
        return body;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** Index of the sentence each token stands in, -1 for a token in none. */
    public int[] sentenceOfToken() {
        return sentenceOfToken;
    }

    /** The lexicon of the text's language, or null when the language has none (no events, no role phrases). */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** The date against which relative dates are resolved: the publication date, else the receive date. */
    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** Interned id of token {@code t}'s term ({@link Terms}), or {@link Terms#UNKNOWN}. */
    public int termId(int t) {
        return ids != null ? ids.termId(t) : Terms.of(tokens.get(t).term());
    }

    public String surface(int fromToken, int toToken) {
        return body.substring(tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
    }

    /** Whether only blanks separate token i from token i+1 (no comma, no quote, no parenthesis). */
    public boolean adjacent(int i) {
        if (i + 1 >= tokens.size()) return false;
        for (int c = tokens.get(i).end(); c < tokens.get(i + 1).start(); c++) {
            if (!Character.isWhitespace(body.charAt(c))) return false;
        }
        return true;
    }

    /** Whether cue phrase {@code phrase} ends right before token {@code at} (within its sentence). */
    public boolean phraseEndsBefore(CuePhrase phrase, int at) {
        int length = phrase.length();
        int from = at - length;
        if (from < 0 || length == 0) return false;
        int sentence = sentenceOfToken[at];
        for (int k = 0; k < length; k++) {
            if (sentenceOfToken[from + k] != sentence || !phrase.matches(k, tokens, ids, from + k)) return false;
        }
        return true;
    }

    /** Whether cue phrase {@code phrase} starts right at token {@code at} (within its sentence). */
    public boolean phraseStartsAt(CuePhrase phrase, int at) {
        int length = phrase.length();
        if (length == 0 || at + length > tokens.size()) return false;
        int sentence = sentenceOfToken[at];
        for (int k = 0; k < length; k++) {
            if (sentenceOfToken[at + k] != sentence || !phrase.matches(k, tokens, ids, at + k)) return false;
        }
        return true;
    }

    /** Whether the phrase occurs in tokens [from, to). */
    public boolean phraseWithin(CuePhrase phrase, int from, int to) {
        for (int t = from; t + phrase.length() <= to; t++) {
            if (phrase.matches(0, tokens, ids, t) && phraseStartsAt(phrase, t)) return true;
        }
        return false;
    }
}
