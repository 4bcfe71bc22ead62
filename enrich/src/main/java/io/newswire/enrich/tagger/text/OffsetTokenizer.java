package io.newswire.enrich.tagger.text;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizerImpl;
import org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl;

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
 * <p>
 * Shaped for speed: the words are read from Lucene's {@link StandardTokenizerImpl}, the scanner that
 * {@link StandardTokenizer} drives, with the same buffer size and the same rule for over-long words, so the tokens are
 * the tokenizer's own; what the tokenizer adds per token (clearing and setting its term, offset, position and type
 * attributes) was a sixth of tokenizing and none of it is read here.
 */
public final class OffsetTokenizer {


    /** StandardTokenizer's longest word (its default, 255): a longer one is skipped, and the scanner's buffer is this long. */
    private static final int MAX_TOKEN_LENGTH = 255;

    /** One scanner per thread, reused from text to text, with its folding buffer. */
    private static final class Stream {
        final StandardTokenizerImpl scanner = new StandardTokenizerImpl(null);
        final CharTermAttributeImpl word = new CharTermAttributeImpl();     // the scanner's word, copied in one arraycopy
        char[] folded = new char[64];
        char[] chars = new char[1024];      // the text's characters, for LatinWords
        char[] latinWord = new char[LatinWords.LONGEST];
        int[] spans = new int[256];
        final int[] count = new int[1];

        Stream() {
            scanner.setBufferSize(MAX_TOKEN_LENGTH);
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
        // this thread's own scanner; one String per token (none for a known term)
        Stream s = STREAMS.get();
        if (latinWords(text, s, tokens, withIds)) return tokens;
        StandardTokenizerImpl scanner = s.scanner;
        scanner.yyreset(new StringReader(text));
        try {
            for (int type = scanner.getNextToken(); type != StandardTokenizerImpl.YYEOF; type = scanner.getNextToken()) {
                int length = scanner.yylength();
                if (length > MAX_TOKEN_LENGTH) continue;             // as StandardTokenizer: an over-long word is skipped
                if (s.folded.length < length * 4) s.folded = new char[length * 4];
                scanner.getText(s.word);
                int folded = TermFolding.fold(s.word.buffer(), length, s.folded);
                int start = scanner.yychar();
                add(tokens, text, s.word.buffer(), length, s.folded, folded, start, withIds);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Reads a text of Latin letters with {@link LatinWords} into {@code tokens}; false (nothing added) when it is no such text. */
    private boolean latinWords(String text, Stream s, TokenList tokens, boolean withIds) {
        int length = text.length();
        if (s.chars.length < length) s.chars = new char[Math.max(length, s.chars.length * 2)];
        text.getChars(0, length, s.chars, 0);
        int[] spans = LatinWords.scan(s.chars, length, s.spans, s.count);
        if (spans == null) return false;
        s.spans = spans;
        for (int w = 0, n = s.count[0]; w < n; w++) {
            int start = spans[2 * w];
            int wordLength = spans[2 * w + 1] - start;
            if (s.folded.length < wordLength * 4) s.folded = new char[wordLength * 4];
            if (withIds && addPlainWord(tokens, s, start, wordLength)) continue;
            System.arraycopy(s.chars, start, s.latinWord, 0, wordLength);
            int folded = TermFolding.fold(s.latinWord, wordLength, s.folded);
            add(tokens, text, s.latinWord, wordLength, s.folded, folded, start, withIds);
        }
        return true;
    }

    /**
     * Adds the word {@code s.chars[start, start + length)} in one pass that folds it, hashes its term and reads its case,
     * when it has no apostrophe (no elision, no possessive ending to drop); false (nothing added) when it has one, and
     * {@link #add} reads it. The token is the one {@link #add} makes: most words of a wire are such words, and the
     * separate passes (copying the word, folding, looking for an apostrophe, hashing, reading the case) were half of
     * tokenizing.
     */
    private static boolean addPlainWord(TokenList tokens, Stream s, int start, int length) {
        char[] chars = s.chars;
        char[] folded = s.folded;
        int n = 0;
        int hash = 0;
        char first = chars[start];
        boolean capitalized = first < 0x80 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first);
        boolean upper = capitalized;
        for (int i = start, end = start + length; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                } else if (c >= 'a' && c <= 'z') {
                    upper = false;
                } else if (c == '\'') {
                    return false;
                }
                folded[n++] = c;
                hash = 31 * hash + c;
                continue;
            }
            if (Character.isLetter(c) && !Character.isUpperCase(c)) upper = false;
            int from = n;
            n = TermFolding.foldOne(c, folded, n);
            for (int k = from; k < n; k++) {
                if (folded[k] == '\'' || folded[k] == '\u2019') return false;
                hash = 31 * hash + folded[k];
            }
        }
        if (n == 0) return true;
        int id = Terms.of(folded, 0, n, hash);
        String term = id == Terms.UNKNOWN ? new String(folded, 0, n) : Terms.term(id);
        tokens.add(new Token(term, start, start + length, capitalized, upper), id);
        return true;
    }

    /** Tokens of the text read by Lucene's scanner alone (the way every text was read before {@link LatinWords}), for tests. */
    List<Token> tokenizeWithLucene(String text) {
        TokenList tokens = new TokenList(Math.max(16, text.length() / 5));
        Stream s = STREAMS.get();
        StandardTokenizerImpl scanner = s.scanner;
        scanner.yyreset(new StringReader(text));
        try {
            for (int type = scanner.getNextToken(); type != StandardTokenizerImpl.YYEOF; type = scanner.getNextToken()) {
                int length = scanner.yylength();
                if (length > MAX_TOKEN_LENGTH) continue;
                if (s.folded.length < length * 4) s.folded = new char[length * 4];
                scanner.getText(s.word);
                int folded = TermFolding.fold(s.word.buffer(), length, s.folded);
                add(tokens, text, s.word.buffer(), length, s.folded, folded, scanner.yychar(), true);
            }
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

    /**
     * Adds the token of the folded {@code term[0, length)} of the word {@code surface[0, surfaceLength)} found at text
     * offset {@code start}: its case is read in the scanner's copy of the word (where the String's own characters cost a
     * check of its coder and bounds per character), and in the text only where folding made the word longer.
     */
    private void add(TokenList tokens, String text, char[] surface, int surfaceLength, char[] term, int length, int start, boolean withIds) {
        int surfaceStart = start;
        int end = start + surfaceLength;
        int from = 0;
        int to = length;
        int apostrophe = apostrophe(term, length);
        if (apostrophe > 0 && apostrophe < length - 1 && isElision(term, apostrophe)) {
            from = apostrophe + 1;                          // elided article/pronoun: keep the word after it
            start += from;
        }
        int possessive = apostrophe < 0 ? 0 : possessiveLength(term, from, to);     // no apostrophe, no possessive ending
        to -= possessive;
        end -= possessive;
        if (to == from) return;
        boolean inSurface = start < end && end - surfaceStart <= surfaceLength;
        char first = inSurface ? surface[start - surfaceStart] : text.charAt(start);
        boolean capitalized = Character.isUpperCase(first);
        boolean upper = capitalized;
        for (int i = start; i < end && upper; i++) {
            char c = inSurface ? surface[i - surfaceStart] : text.charAt(i);
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
