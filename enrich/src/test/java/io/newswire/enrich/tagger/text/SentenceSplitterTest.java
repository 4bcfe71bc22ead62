package io.newswire.enrich.tagger.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private final OffsetTokenizer tokenizer = new OffsetTokenizer(Set.of("l"), Set.of("s"));
    private final SentenceSplitter splitter = new SentenceSplitter(Set.of("u.s", "mr", "gen"));

    private List<String> sentences(String body) {
        return splitter.split(body, tokenizer.tokenize(body)).stream().map(s -> s.text(body)).toList();
    }

    @Test
    void aWordLongerThanEveryAbbreviationEndsTheSentence() {
        assertEquals(List.of("The talks ended in Geneva.", "Both sides left."), sentences("The talks ended in Geneva. Both sides left."));
    }

    @Test
    void abbreviationsAndInitialsDoNot() {
        assertEquals(List.of("Mr. Biden met George W. Bush in the U.S. Capitol.", "They spoke."),
                sentences("Mr. Biden met George W. Bush in the U.S. Capitol. They spoke."));
    }

    @Test
    void anAccentedAbbreviationIsFoldedBeforeItIsLookedUp() {
        assertEquals(List.of("Le Gén. Dupont est arrivé à Niamey.", "Il repart demain."), sentences("Le Gén. Dupont est arrivé à Niamey. Il repart demain."));
    }

    @Test
    void aPeriodBeforeALowerCaseWordOrAFigureEndsNothing() {
        assertEquals(List.of("Talks resumed at 3.30 p.m. local time, e.g. in Doha.", "They ended late."),
                sentences("Talks resumed at 3.30 p.m. local time, e.g. in Doha. They ended late."));
    }

    @Test
    void terminatorsQuotesAndOpeningPunctuationEndOneSentenceAndStartTheNext() {
        assertEquals(List.of("Will they meet?", "\"We hope so.\"", "(The talks were postponed.)", "\"No,\" he said."),
                sentences("Will they meet? \"We hope so.\" (The talks were postponed.) \"No,\" he said."));
    }

    @Test
    void aCapitalAfterAPeriodWithoutASpaceIsNoNewSentence() {
        assertEquals(List.of("The U.N.Security Council met in New York.", "It voted."),
                sentences("The U.N.Security Council met in New York. It voted."));
    }
}
