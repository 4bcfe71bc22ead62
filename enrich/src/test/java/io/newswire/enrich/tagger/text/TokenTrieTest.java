package io.newswire.enrich.tagger.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
