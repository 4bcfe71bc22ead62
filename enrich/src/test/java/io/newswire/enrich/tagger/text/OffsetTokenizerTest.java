package io.newswire.enrich.tagger.text;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tokenizer reads Lucene's scanner directly: its words and offsets must stay those of StandardTokenizer, folded. */
class OffsetTokenizerTest {

    private static final OffsetTokenizer PLAIN = new OffsetTokenizer(Set.of(), Set.of());     // no elision, no possessive dropped

    @Test
    void wordsAndOffsetsAreStandardTokenizersFolded() throws IOException {
        String text = "PARIS, 3 mars (AFP) - Le président Emmanuel Macron s'est entretenu au téléphone avec Vladimir Poutine. "
                + "Œuvre, ÉLYSÉE, Straße; 12,5 % à 14h30; U.S. officials met in Doha 2-1 \uD83D\uDE00 \uD801\uDC00 东京 "
                + "x".repeat(300) + " après " + "y".repeat(255) + " fin.\n\nSecond paragraph: e-mail, co-operation.";
        assertEquals(lucene(text), ours(text));
    }

    @Test
    void aTextIsReadAlikeAfterAnother() throws IOException {
        String first = "A long first text " + "z".repeat(400);
        ours(first);
        String second = "Then a short one: Kyiv, Kiev.";
        assertEquals(lucene(second), ours(second));
    }

    private static List<String> ours(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : PLAIN.tokenize(text)) out.add(t.term() + "@" + t.start() + "-" + t.end());
        return out;
    }

    private static List<String> lucene(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setMaxTokenLength(255);
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                char[] folded = new char[term.length() * 4];
                int length = TermFolding.fold(term.buffer(), term.length(), folded);
                out.add(new String(folded, 0, length) + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            tokenizer.end();
        }
        return out;
    }
}
