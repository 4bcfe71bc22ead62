package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.heldMeetings;
import static io.newswire.enrich.tagger.TaggerTest.meetings;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** English MEETING read on new wording (session s28, the blind paraphrases of the en-parameet-dev set). */
class EnglishMeetingParaphrasesTest {

    @Test
    void aTalkVerbWhosePrepositionOpensAnOccasionOrADayIsTalksHeld() {
        EnrichedDispatch e = tag("NEW YORK, Sept 21 - Turkish President Tayyip Erdogan and Israeli Prime Minister Benjamin Netanyahu conferred "
                + "on the margins of the U.N. General Assembly on Wednesday.", "2022-09-21");
        assertEquals(Set.of(List.of("ISR", "TUR")), heldMeetings(e));
        EnrichedDispatch f = tag("CANBERRA, June 17 - Australian Prime Minister Anthony Albanese and Chinese Premier Li Qiang conferred on "
                + "Monday at Parliament House.", "2024-06-17");
        assertEquals(Set.of(List.of("AUS", "CHN")), heldMeetings(f));
    }

    @Test
    void theSameVerbWithAnAwardAfterItIsNoMeeting() {
        EnrichedDispatch e = tag("NEW DELHI, March 30 - Indian President Droupadi Murmu conferred on Saturday the Bharat Ratna on former Prime "
                + "Minister Atal Bihari Vajpayee, in a ceremony at his home.", "2024-03-30");
        assertTrue(heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("TOKYO, Nov 3 - Japan's Emperor Naruhito conferred on a Japanese novelist the Order of Culture at the "
                + "Imperial Palace on Friday, in the presence of Prime Minister Fumio Kishida.", "2023-11-03");
        assertTrue(heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
    }

    @Test
    void aPlanThatAClauseOpenedByButUndoesIsItsOutcome() {
        EnrichedDispatch e = tag("LONDON, March 24 - King Charles was to have started a state visit to Germany on Sunday, but the trip "
                + "has been pushed back, Buckingham Palace said on Friday.", "2023-03-24");
        assertOne(e, "SUMMIT_PROPOSAL", "suspended", "DEU", "GBR");
        EnrichedDispatch f = tag("PARIS, 24 mars - Le roi Charles III devait entamer dimanche une visite d'Etat en France, mais le voyage "
                + "a été reporté, a annoncé vendredi Buckingham Palace.", "2023-03-24");
        assertOne(f, "SUMMIT_PROPOSAL", "suspended", "FRA", "GBR");
    }

    @Test
    void aClauseOpenedByButWithNoOutcomeLeavesThePlan() {
        EnrichedDispatch e = tag("TOKYO, Feb 4 - Japanese Prime Minister Shigeru Ishiba is due to meet U.S. President Donald Trump at the "
                + "White House on Friday, but no joint statement is expected, Tokyo said on Tuesday.", "2025-02-04");
        assertOne(e, "SUMMIT_PROPOSAL", "planned", "JPN", "USA");
    }

    @Test
    void aGroupNamedAsTheQualifierOfOneUnnamedMemberAddsNoSides() {
        EnrichedDispatch e = tag("TOKYO, April 10 - Japanese Prime Minister Fumio Kishida is expected in Washington on Wednesday for talks with "
                + "Joe Biden, the first state visit to the United States by a Group of Seven leader this year.", "2024-04-10");
        assertOne(e, "SUMMIT_PROPOSAL", "planned", "JPN", "USA");
    }

    @Test
    void talksBeforeWhichTheSidesOfAHeldMeetingDidSomethingAreThatMeeting() {
        EnrichedDispatch e = tag("VILNIUS, July 11 - U.S. President Joe Biden met Turkish President Tayyip Erdogan in Vilnius on Tuesday. "
                + "The two leaders posed for photographs before their talks.", "2023-07-11");
        assertEquals(Set.of(List.of("TUR", "USA")), heldMeetings(e));
        assertTrue(events(e, "SUMMIT_PROPOSAL").isEmpty(), events(e, "SUMMIT_PROPOSAL").toString());
    }

    @Test
    void talksOfOtherSidesAfterAHeldMeetingAreStillToCome() {
        EnrichedDispatch e = tag("VILNIUS, July 11 - U.S. President Joe Biden met Turkish President Tayyip Erdogan in Vilnius on Tuesday. "
                + "Biden and Swedish Prime Minister Ulf Kristersson posed for photographs before their talks.", "2023-07-11");
        assertEquals(Set.of(List.of("TUR", "USA")), heldMeetings(e));
        assertTrue(meetings(e, "planned").contains(List.of("SWE", "USA")), events(e, "MEETING").toString());
    }

    @Test
    void talksThatOpenATopicAfterACommaAreHeldAsTheirClause() {
        EnrichedDispatch e = tag("GENEVA, Jan 10 - Russian and U.S. diplomats spent seven hours at the U.S. mission in Geneva on Monday, in "
                + "talks on Moscow's security demands.", "2022-01-10");
        assertEquals(Set.of(List.of("RUS", "USA")), heldMeetings(e));
    }

    @Test
    void talksOnATopicThatOpenTheirOwnClauseAreNotHeld() {
        EnrichedDispatch e = tag("GENEVA, Jan 10 - Russian and U.S. officials said on Monday that more talks on Moscow's security demands "
                + "could follow.", "2022-01-10");
        assertTrue(heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
    }
}
