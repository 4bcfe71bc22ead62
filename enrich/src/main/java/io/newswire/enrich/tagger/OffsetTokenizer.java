package io.newswire.enrich.tagger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into folded, lower-cased tokens that keep their offsets in the text (Lucene's StandardTokenizer,
 * ASCIIFoldingFilter, LowerCaseFilter), then drops French elisions (l', d', qu') and English possessives ('s)
 * so that "l'Elysée" and "Russia's" match the gazetteer forms "elysee" and "russia".
 */
public final class OffsetTokenizer {

    private static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu");

    // Analyzer is thread-safe: it keeps one token stream per thread.
    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            source.setMaxTokenLength(255);
            TokenStream stream = new LowerCaseFilter(new ASCIIFoldingFilter(source));
            return new TokenStreamComponents(source, stream);
        }
    };

    private OffsetTokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        try (TokenStream stream = ANALYZER.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                add(tokens, text, term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Folded terms of a phrase, as a gazetteer key. */
    public static String[] terms(String phrase) {
        List<Token> tokens = tokenize(phrase);
        String[] terms = new String[tokens.size()];
        for (int i = 0; i < terms.length; i++) terms[i] = tokens.get(i).term();
        return terms;
    }

    private static void add(List<Token> tokens, String text, String term, int start, int end) {
        int apostrophe = apostrophe(term);
        if (apostrophe > 0 && apostrophe < term.length() - 1 && ELISIONS.contains(term.substring(0, apostrophe))) {
            int cut = apostrophe + 1;                       // elided article/pronoun: keep the word after it
            term = term.substring(cut);
            start += cut;
        }
        if (term.length() > 2 && (term.endsWith("'s") || term.endsWith("\u2019s"))) {
            term = term.substring(0, term.length() - 2);    // English possessive
            end -= 2;
        }
        if (term.isEmpty()) return;
        char first = text.charAt(start);
        boolean capitalized = Character.isUpperCase(first);
        boolean upper = capitalized;
        for (int i = start; i < end && upper; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) upper = false;
        }
        tokens.add(new Token(term, start, end, capitalized, upper));
    }

    private static int apostrophe(String term) {
        int a = term.indexOf('\'');
        int b = term.indexOf('\u2019');
        if (a < 0) return b;
        if (b < 0) return a;
        return Math.min(a, b);
    }
}
