package io.newswire.enrich.tagger.text;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermFoldingTest {

    @Test
    void everyCharacterFoldsAsLucenesFoldingThenLowerCasingFilters() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) if (!Character.isSurrogate((char) c)) all.append((char) c);
        all.append("\uD801\uDC00 \uD801 \uDC00 Œuvre ÉLYSÉE Straße");     // a Deseret capital pair, lone surrogates
        String text = all.toString();
        assertEquals(lucene(text), folded(text));
    }

    private static String folded(String text) {
        char[] into = new char[text.length() * 4];
        return new String(into, 0, TermFolding.fold(text.toCharArray(), text.length(), into));
    }

    private static String lucene(String text) throws IOException {
        KeywordTokenizer source = new KeywordTokenizer(text.length() + 1);
        try (TokenStream stream = new LowerCaseFilter(new ASCIIFoldingFilter(source))) {
            source.setReader(new StringReader(text));
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            stream.incrementToken();
            String out = term.toString();
            stream.end();
            return out;
        }
    }
}
