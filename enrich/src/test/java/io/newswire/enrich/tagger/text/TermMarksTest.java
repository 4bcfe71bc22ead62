package io.newswire.enrich.tagger.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermMarksTest {

    private final OffsetTokenizer tokenizer = new OffsetTokenizer(Set.of("l"), Set.of("s"));

    @Test
    void aTokenCarriesTheBitsOfTheKindsOfGazetteerItsTermStarts() {
        TokenTrie<String> states = new TokenTrie<>("test.marks.states");
        TokenTrie<String> offices = new TokenTrie<>("test.marks.offices");
        states.add(tokenizer.phraseTerms("Burkina Faso"), "BFA");
        offices.add(tokenizer.phraseTerms("prime minister"), "PM");
        offices.add(tokenizer.phraseTerms("Burkina envoy"), "envoy");
        List<Token> tokens = tokenizer.tokenize("The prime minister of Burkina Faso");
        TokenList list = (TokenList) tokens;
        long state = TermMarks.bit("test.marks.states");
        long office = TermMarks.bit("test.marks.offices");
        assertNotEquals(state, office);
        assertEquals(office, list.marks(1) & (state | office), "'prime' starts an office only");
        assertEquals(state | office, list.marks(4) & (state | office), "'burkina' starts both");
        assertEquals(0, list.marks(0) & (state | office), "'the' starts neither");
        assertNull(states.longestAt(tokens, 1, tokens.size()));
        assertNotNull(offices.longestAt(tokens, 1, tokens.size()));
        assertEquals(6, states.longestAt(tokens, 4, tokens.size()).end());
        assertNull(offices.longestAt(tokens, 4, tokens.size()), "a set bit only says 'may start': the trie decides");
    }

    @Test
    void aTrieOfAKindWithAPrefixFormAtTheStartReadsEveryWord() {
        TokenTrie<String> calls = new TokenTrie<>("test.marks.calls");
        calls.add(tokenizer.phraseTerms("telephon*"), "call");
        List<Token> tokens = tokenizer.tokenize("Putin telephoned Erdogan");
        assertTrue(calls.mayStartAt(tokens, 1));
        assertNotNull(calls.longestAt(tokens, 1, tokens.size()));
    }

    @Test
    void aTrieOfNoKindReadsItsOwnTable() {
        TokenTrie<String> people = new TokenTrie<>();
        people.add(tokenizer.phraseTerms("Recep Tayyip Erdogan"), "erdogan");
        List<Token> tokens = tokenizer.tokenize("Recep Tayyip Erdogan spoke");
        assertEquals(3, people.longestAt(tokens, 0, tokens.size()).end());
    }
}
