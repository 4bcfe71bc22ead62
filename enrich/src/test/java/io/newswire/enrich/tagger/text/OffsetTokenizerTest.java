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

    @Test
    void latinTextsAreReadAsLuceneReadsThem() throws IOException {
        String[] texts = {
                "PARIS, 3 mars (AFP) - Le président Emmanuel Macron s'est entretenu au téléphone avec Vladimir Poutine.",
                "L’Élysée a dit qu’Erdoğan viendra « très vite » — le 12,5 % ; 1,000.50 $ ; 3.5.2 ; U.S.-led, a.b.c., x'y'z.",
                "Russia's and Russia’s ‘quoted’ words: 10:30, 1;2, a;b, 4,b, c,5, 5..6, a..b, '' ., end.",
                "Œuvre, straße, ÆTHER, Łukaszenka, Şahin, × ÷ 3×4 né à Lódź “quotes” … • € 5€ 20° § ©",
                "trailing joiner. a. 1. 1, a' 'a ’a a’",
                "Non-breaking\u00A0space, hyphen-ated e-mail co-operation 2-1 3–0",
        };
        for (String text : texts) {
            assertEquals(lucene(text), ours(text), text);
            assertEquals(lucene(text), ours(text), text);
        }
    }

    @Test
    void everyMixOfTheLatinClassesIsReadAsLuceneReadsIt() throws IOException {
        // the characters whose classes LatinWords reads, and some it leaves to Lucene (':' ';' '_' soft hyphen), mixed at random
        char[] alphabet = "aZé9 .,;:'’‘_-\u00AD\u00A0«»\n".toCharArray();
        java.util.Random random = new java.util.Random(42);
        for (int k = 0; k < 3000; k++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) text.append(alphabet[random.nextInt(alphabet.length)]);
            assertEquals(lucene(text.toString()), ours(text.toString()), text.toString());
        }
    }

    @Test
    void aLatinTextIsReadByLatinWordsAndOthersAreNot() {
        int[] count = new int[1];
        char[] latin = "Le président a dit qu’il viendra, 1,000.5 U.S.".toCharArray();
        org.junit.jupiter.api.Assertions.assertNotNull(LatinWords.scan(latin, latin.length, new int[2], count));
        assertEquals(8, count[0]);
        for (String other : new String[]{"a:b", "1;2", "snake_case", "東京", "soft\u00ADhyphen", "x".repeat(201)}) {
            char[] chars = other.toCharArray();
            org.junit.jupiter.api.Assertions.assertNull(LatinWords.scan(chars, chars.length, new int[2], count), other);
        }
    }

    @Test
    void aWordReadInOnePassIsTheTokenTheGeneralPathMakes() {
        // a word with no apostrophe is folded, hashed and read for its case in one pass; with one, by the general path
        OffsetTokenizer tokenizer = new OffsetTokenizer(Set.of("l", "qu", "d"), Set.of("s"));
        String[] texts = {
                "NATO, OTAN, McDonald, iPhone, 3D, x2, U.S., É.-U., ÉLYSÉE, Élysée, élysée, ŒUVRE, Œuvre, œuvre, Straße, STRASSE",
                "l'Élysée, L'ÉLYSÉE, qu’il, Russia's, RUSSIA'S, Russia’s, d'Ivoire, Ǆ ǅ ǆ, ÀB, àB, Àb, Łódź, ŁÓDŹ, São Tomé",
        };
        java.util.Random random = new java.util.Random(7);
        char[] alphabet = "aAzZéÉœŒßǅ9 .,'’-".toCharArray();
        List<String> all = new ArrayList<>(List.of(texts));
        for (int k = 0; k < 2000; k++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) text.append(alphabet[random.nextInt(alphabet.length)]);
            all.add(text.toString());
        }
        for (String text : all) {
            List<Token> general = tokenizer.tokenizeWithLucene(text);
            List<Token> onePass = tokenizer.tokenize(text);
            assertEquals(general, onePass, text);
            for (int i = 0; i < onePass.size(); i++) assertEquals(Terms.of(general.get(i).term()), Terms.of(onePass, i), text);
        }
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
