package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.heldMeetings;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** English meetings told after another event in their sentence (session s29, wave 2, the en-meetafter-dev set). */
class EnglishMeetingsAfterTest {

    @Test
    void timeSpentWithAForeignLeaderIsAMeeting() {
        EnrichedDispatch e = tag("ANKARA, Sept 3 - Turkish President Recep Tayyip Erdogan spent Sunday with Vladimir Putin in Sochi.", "2023-09-03");
        assertEquals(Set.of(List.of("RUS", "TUR")), heldMeetings(e), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("PARIS, June 8 - French President Emmanuel Macron spent two hours with U.S. President Joe Biden at the Elysee "
                + "on Saturday.", "2024-06-08");
        assertEquals(Set.of(List.of("FRA", "USA")), heldMeetings(f), events(f, "MEETING").toString());
        EnrichedDispatch g = tag("WASHINGTON, April 13 - President Joe Biden spent several hours with his national security team in the White "
                + "House Situation Room on Saturday.", "2024-04-13");
        assertTrue(heldMeetings(g).isEmpty(), events(g, "MEETING").toString());
    }

    @Test
    void anExchangeToldByItsToneIsAMeetingAndAPrisonerExchangeIsNot() {
        EnrichedDispatch e = tag("BERLIN, Jan 2 - Olaf Scholz recalled the frosty exchange between Vladimir Putin and Angela Merkel in Sochi.", "2023-01-02");
        assertEquals(Set.of(List.of("DEU", "RUS")), heldMeetings(e), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("WASHINGTON, Aug 2 - President Joe Biden called the prisoner exchange with Moscow a feat of diplomacy.", "2024-08-02");
        assertTrue(heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
    }

    @Test
    void aPronounAfterAReportOnAPlaceStandsForTheSpeaker() {
        EnrichedDispatch e = tag("PRETORIA, May 22 - South African President Cyril Ramaphosa said on Thursday his trip to Washington had been "
                + "a success, a day after his talks with Donald Trump in the Oval Office.", "2025-05-22");
        assertEquals(Set.of(List.of("USA", "ZAF")), heldMeetings(e), events(e, "MEETING").toString());
    }

    @Test
    void thatAfterALeadingMeetingNounOpensItsRelative() {
        EnrichedDispatch e = tag("HANOI, March 1 - The summit that Donald Trump and Kim Jong Un held in the Vietnamese capital on Thursday "
                + "would end hours ahead of schedule.", "2019-03-01");
        assertEquals(Set.of(List.of("PRK", "USA")), heldMeetings(e), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("PARIS, Feb 2 - The first meeting that Emmanuel Macron and Olaf Scholz held in Paris would set the tone "
                + "for the year.", "2022-02-02");
        assertEquals(Set.of(List.of("DEU", "FRA")), heldMeetings(f), events(f, "MEETING").toString());
        EnrichedDispatch g = tag("GENEVA, June 5 - The summit that Joe Biden and Vladimir Putin will hold in Geneva would last a day, "
                + "officials said.", "2021-06-05");
        assertTrue(heldMeetings(g).isEmpty(), events(g, "MEETING").toString());
    }

    @Test
    void aSummitThatWasToHaveBroughtItsSidesTogetherAndWasCalledOffIsNoMeeting() {
        EnrichedDispatch e = tag("BRUSSELS, June 2 - A meeting that would have brought Vladimir Putin together with Volodymyr Zelensky in "
                + "Istanbul was scrapped.", "2025-06-02");
        assertTrue(heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        assertEquals(List.of("rejected"), events(e, "SUMMIT_PROPOSAL").stream().map(x -> x.getStatus()).toList(),
                events(e, "SUMMIT_PROPOSAL").toString());
    }

    @Test
    void anEarlierMeetingInAPastPerfectWithAMonthIsAMeetingOfItsOwn() {
        EnrichedDispatch e = tag("NEW YORK, Sept 23 - Indian Prime Minister Narendra Modi held talks with Volodymyr Zelenskiy on Monday. "
                + "The two leaders had last met in Kyiv in August.", "2024-09-23");
        assertEquals(2, events(e, "MEETING").size(), events(e, "MEETING").toString());
    }

    @Test
    void anEarlierMeetingALengthAgoIsAMeetingOfItsOwn() {
        EnrichedDispatch e = tag("NEW DELHI, Nov 16 - Narendra Modi met Vladimir Putin in Moscow on Monday. The two leaders met in Samarkand "
                + "two years ago.", "2023-11-16");
        assertEquals(2, events(e, "MEETING").size(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("WOODSIDE, Nov 16 - Joe Biden held talks with Xi Jinping on Wednesday. The two leaders had last met in Bali "
                + "a year earlier.", "2023-11-16");
        assertEquals(2, events(f, "MEETING").size(), events(f, "MEETING").toString());
    }
}
