package io.newswire.enrich.tagger.text;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Splits text into folded, lower-cased tokens that keep their offsets in the text (Lucene's StandardTokenizer, then
 * the folding of ASCIIFoldingFilter and LowerCaseFilter from a table: {@link TermFolding}), then drops elisions (l', d', qu') and possessive endings ('s), as the
 * languages' profiles list them, so that "l'Elysée" and "Russia's" match the gazetteer forms "elysee" and "russia".
 * Names cross languages (Côte d'Ivoire in English copy), so every language's elisions apply to every text.
 */
public final class OffsetTokenizer {


    /** One tokenizer per thread, reused from text to text, its attributes looked up once. */
    private static final class Stream {
        final StandardTokenizer tokenizer = new StandardTokenizer();
        final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        char[] folded = new char[64];

        Stream() {
            tokenizer.setMaxTokenLength(255);
        }
    }

    private static final ThreadLocal<Stream> STREAMS = ThreadLocal.withInitial(Stream::new);

    private final char[][] elisions;
    private final char[][] possessives;

    /** {@code elisions}: words dropped before an apostrophe (l, qu); {@code possessives}: endings dropped after one (s). */
    public OffsetTokenizer(Set<String> elisions, Set<String> possessives) {
        this.elisions = elisions.stream().map(String::toCharArray).toArray(char[][]::new);
        this.possessives = possessives.stream().map(String::toCharArray).toArray(char[][]::new);
    }

    public List<Token> tokenize(String text) {
        return tokenize(text, true);
    }

    /** Tokens of the text; {@code withIds}: also the interned term ids the gazetteer tries walk on. */
    private TokenList tokenize(String text, boolean withIds) {
        TokenList tokens = new TokenList(Math.max(16, text.length() / 5));
        // this thread's own tokenizer; attributes are read in place, one String per token
        Stream s = STREAMS.get();
        StandardTokenizer stream = s.tokenizer;
        CharTermAttribute term = s.term;
        OffsetAttribute offset = s.offset;
        stream.setReader(new StringReader(text));
        try (stream) {
            stream.reset();
            while (stream.incrementToken()) {
                if (s.folded.length < term.length() * 4) s.folded = new char[term.length() * 4];
                int length = TermFolding.fold(term.buffer(), term.length(), s.folded);
                add(tokens, text, s.folded, length, offset.startOffset(), offset.endOffset(), withIds);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Folded terms of a phrase, as a gazetteer key. */
    public String[] terms(String phrase) {
        List<Token> tokens = tokenize(phrase, false);     // knowledge-base phrases: their terms are being interned
        String[] terms = new String[tokens.size()];
        for (int i = 0; i < terms.length; i++) terms[i] = tokens.get(i).term();
        return terms;
    }

    /** Folded terms of a knowledge-base phrase, keeping a trailing '*' as a prefix marker ("negoci*"). */
    public String[] phraseTerms(String phrase) {
        String p = phrase.trim();
        boolean wildcard = p.endsWith("*");
        if (wildcard) p = p.substring(0, p.length() - 1);
        String[] terms = terms(p);
        if (wildcard && terms.length > 0) terms[terms.length - 1] = terms[terms.length - 1] + "*";
        return terms;
    }

    private void add(TokenList tokens, String text, char[] term, int length, int start, int end, boolean withIds) {
        int from = 0;
        int to = length;
        int apostrophe = apostrophe(term, length);
        if (apostrophe > 0 && apostrophe < length - 1 && isElision(term, apostrophe)) {
            from = apostrophe + 1;                          // elided article/pronoun: keep the word after it
            start += from;
        }
        int possessive = possessiveLength(term, from, to);
        to -= possessive;
        end -= possessive;
        if (to == from) return;
        char first = text.charAt(start);
        boolean capitalized = Character.isUpperCase(first);
        boolean upper = capitalized;
        for (int i = start; i < end && upper; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) upper = false;
        }
        if (!withIds) {
            tokens.add(new Token(new String(term, from, to - from), start, end, capitalized, upper));
            return;
        }
        int id = Terms.of(term, from, to);
        String folded = id == Terms.UNKNOWN ? new String(term, from, to - from) : Terms.term(id);   // known terms: no copy
        tokens.add(new Token(folded, start, end, capitalized, upper), id);
    }

    /** Whether term[0, length) is an elided word ("l", "qu"), compared in place: no String per token with an apostrophe. */
    private boolean isElision(char[] term, int length) {
        for (char[] elision : elisions) {
            if (elision.length == length && java.util.Arrays.equals(term, 0, length, elision, 0, length)) return true;
        }
        return false;
    }

    /** The length of the possessive ending of term[from, to), apostrophe included ("'s": 2), or 0 when it has none. */
    private int possessiveLength(char[] term, int from, int to) {
        for (char[] ending : possessives) {
            int length = ending.length + 1;
            if (to - from <= length) continue;                  // "'s" alone is no possessive
            int apostrophe = to - length;
            if (term[apostrophe] != '\'' && term[apostrophe] != '\u2019') continue;
            if (java.util.Arrays.equals(term, apostrophe + 1, to, ending, 0, ending.length)) return length;
        }
        return 0;
    }

    /** Index of the first straight or curly apostrophe, or -1. */
    private static int apostrophe(char[] term, int length) {
        for (int i = 0; i < length; i++) if (term[i] == '\'' || term[i] == '\u2019') return i;
        return -1;
    }
}
