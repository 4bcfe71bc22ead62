package io.newswire.enrich.tagger.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenTrieTest {

    private final OffsetTokenizer tokenizer = new OffsetTokenizer(Set.of("l"), Set.of("s"));

    @Test
    void aPrefixFormAtTheStartMatchesWordsNoExactPhraseStarts() {
        TokenTrie<String> calls = new TokenTrie<>();
        calls.add(tokenizer.phraseTerms("telephon*"), "call");
        calls.add(tokenizer.phraseTerms("phone call"), "call");
        List<Token> tokens = tokenizer.tokenize("Putin telephoned Erdogan after a phone call");
        List<TokenTrie.Match<String>> found = calls.findAll(tokens, 0, tokens.size());
        assertEquals(List.of(1, 5), found.stream().map(TokenTrie.Match::start).toList());
        assertNull(calls.longestAt(tokens, 0, tokens.size()), "'putin' starts no phrase, exact or prefix");
    }

    @Test
    void aWalkAcrossWordsPutBetweenAsksWhetherAPhraseGoesOnFirst() {
        TokenTrie<String> triggers = new TokenTrie<>();
        triggers.add(tokenizer.phraseTerms("truce"), "one word");
        triggers.add(tokenizer.phraseTerms("moratorium on strikes"), "several words");
        List<Token> tokens = tokenizer.tokenize("a truce and a moratorium on Russian strikes");
        assertFalse(triggers.mayStartLongerAt(tokens, 1), "'truce' starts a phrase of one word only");
        assertTrue(triggers.mayStartLongerAt(tokens, 4), "'moratorium' starts a phrase that goes on");
        assertFalse(triggers.mayStartLongerAt(tokens, 0), "'a' starts no phrase");
        assertTrue(triggers.mayGoOn(tokens, 4, 5), "'moratorium on' are a phrase's first two words");
        assertFalse(triggers.mayGoOn(tokens, 4, 7), "'moratorium strikes' are not");
    }

    @Test
    void phrasesAreFoundWhateverTheIdOfTheirFirstWord() {
        TokenTrie<Integer> places = new TokenTrie<>();
        for (int i = 0; i < 300; i++) places.add(new String[]{"trietestplace" + i, "square"}, i);   // first words with many ids, far apart
        List<Token> tokens = tokenizer.tokenize("From trietestplace7 Square to trietestplace299 square via trietestplace300 square");
        List<TokenTrie.Match<Integer>> found = places.findAll(tokens, 0, tokens.size());
        assertEquals(List.of(7, 299), found.stream().map(m -> m.values().get(0)).toList());
    }

    @Test
    void everyPhraseIsFoundAfterTheTableOfFirstWordPairsGrew() {
        TokenTrie<Integer> phrases = new TokenTrie<>();
        for (int i = 0; i < 2000; i++) phrases.add(new String[]{"triepairfirst" + (i % 40), "triepairsecond" + i, "end"}, i);   // pairs added long after the table's first size
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i += 97) text.append("triepairfirst").append(i % 40).append(" triepairsecond").append(i).append(" end. ");
        text.append("triepairfirst1 triepairsecond2 end.");     // two known words, but no phrase starts with this pair
        List<Token> tokens = tokenizer.tokenize(text.toString());
        List<Integer> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i += 97) expected.add(i);
        assertEquals(expected, phrases.findAll(tokens, 0, tokens.size()).stream().map(m -> m.values().get(0)).toList());
    }

    @Test
    void aPhraseAddedAfterAWalkIsFoundByTheNextWalk() {
        new TokenTrie<String>().add(tokenizer.phraseTerms("City of New Delhi"), "words");     // every word known before the text is read
        TokenTrie<String> places = new TokenTrie<>();
        places.add(tokenizer.phraseTerms("New York"), "city");
        List<Token> tokens = tokenizer.tokenize("She flew from New York City to New Delhi");
        assertEquals(List.of("3-5"), spans(places.findAll(tokens, 0, tokens.size())));
        places.add(tokenizer.phraseTerms("New York City"), "whole city");     // a trie walked already takes more phrases
        places.add(tokenizer.phraseTerms("New Delhi"), "capital");
        List<TokenTrie.Match<String>> found = places.findAll(tokens, 0, tokens.size());
        assertEquals(List.of("3-6", "7-9"), spans(found));
        assertEquals(List.of("whole city"), found.get(0).values());
        assertEquals("3-5", spans(List.of(places.longestAt(tokens, 3, 5))).get(0), "the limit cuts the longest phrase to the one that fits");
        assertNull(places.longestAt(tokens, 3, 4), "'New' alone is no phrase");
    }

    @Test
    void aWalkOnChosenWordsReadsThemInPlaceAsACopiedListOfThemWould() {
        TokenTrie<String> triggers = new TokenTrie<>("test-chosen-words");
        triggers.add(tokenizer.phraseTerms("moratorium on strikes"), "several words");
        triggers.add(tokenizer.phraseTerms("moratorium"), "one word");
        List<Token> tokens = tokenizer.tokenize("a moratorium on Russian and Ukrainian strikes");
        int[] at = {1, 2, 6};                                           // the demonyms left out
        TokenTrie.Match<String> inPlace = triggers.longestAt(tokens, at, at.length);
        TokenTrie.Match<String> copied = triggers.longestAt(List.of(tokens.get(1), tokens.get(2), tokens.get(6)), 0, 3);
        assertEquals(copied, inPlace);
        assertEquals(List.of("several words"), inPlace.values());
        assertEquals(3, inPlace.end(), "the end is an index into the chosen words");
        assertEquals(1, triggers.longestAt(tokens, new int[] {1, 3, 6}, 3).end(), "'moratorium russian' goes on no phrase");
        assertNull(triggers.longestAt(tokens, new int[] {0, 1}, 2), "'a' starts none");
        assertNull(triggers.longestAt(tokens, at, 0));
    }

    @Test
    void theFirstTermsOfAKindOfValueAreTheWordsThatStartOneOfItsPhrases() {
        TokenTrie<String> cues = new TokenTrie<>("test-first-terms");
        cues.add(tokenizer.phraseTerms("together"), "particle");
        cues.add(tokenizer.phraseTerms("a tour"), "particle");
        cues.add(tokenizer.phraseTerms("a week"), "length");
        cues.add(tokenizer.phraseTerms("reportedly"), "source");
        long[] particles = cues.firstTermsOf("particle"::equals);
        assertTrue(TokenTrie.holds(particles, Terms.of("together")));
        assertTrue(TokenTrie.holds(particles, Terms.of("a")), "'a' starts 'a tour'");
        assertFalse(TokenTrie.holds(particles, Terms.of("reportedly")));
        assertFalse(TokenTrie.holds(particles, Terms.UNKNOWN));
        TokenTrie<String> prefixed = new TokenTrie<>();
        prefixed.add(tokenizer.phraseTerms("telephon*"), "particle");
        assertNull(prefixed.firstTermsOf("particle"::equals), "a prefix form starts words no set of ids holds");
    }

    private static List<String> spans(List<TokenTrie.Match<String>> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end()).toList();
    }
}
