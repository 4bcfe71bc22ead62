package io.newswire.enrich.tagger;

import io.newswire.schemas.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Summit proposals on copy never seen, second pass (issue 11, session s26): summits called off by a leader and their
 * sides, a leader's trips put off, the legs and headlines of a trip, a condition that belongs to another verb.
 */
class SummitCalledOffAndTripsTest {

    @Test
    void aSummitCalledOffByANamedLeaderIsRejectedWithItsSides() {
        TaggerTest.assertOne(tag("PARIS, 25 mai - Emmanuel Macron a regretté vendredi l'annulation par Donald Trump du sommet de Singapour "
                + "prévu avec Kim Jong Un.", "2018-05-25"), "SUMMIT_PROPOSAL", "rejected", "PRK", "USA");
        // a bare family name that opens the full name of a person the dispatch names is that person
        List<Event> paired = events(tag("WASHINGTON, May 24 - Donald Trump on Thursday scrapped the Trump-Kim summit in Singapore.\n\n"
                + "The White House released his letter to North Korean leader Kim Jong Un.", "2018-05-24"), "SUMMIT_PROPOSAL");
        assertEquals(1, paired.size(), paired.toString());
        assertTrue(paired.get(0).getCountries().containsAll(List.of("PRK", "USA")), paired.toString());   // Singapore, the venue, may host
        assertEquals("rejected", paired.get(0).getStatus(), paired.toString());
    }

    @Test
    void aSummitCalledOffThatNamesOneSideTakesTheOtherFromItsNextReport() {
        List<Event> found = events(tag("TOKYO, May 26 - Japanese officials spoke on Saturday, two days after Donald Trump called off the "
                + "Singapore summit.\n\nThe North Korean leader Kim Jong Un remained committed to meeting the U.S. president, Seoul said.",
                "2018-05-26"), "SUMMIT_PROPOSAL");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).getCountries().containsAll(List.of("PRK", "USA")), found.toString());
        assertEquals("rejected", found.get(0).getStatus(), found.toString());
        // the look-alike: a summit called off whose other side no report gives is no event
        assertTrue(events(tag("TOKYO, May 26 - Japanese officials spoke on Saturday, two days after Donald Trump called off the "
                + "Singapore summit.", "2018-05-26"), "SUMMIT_PROPOSAL").isEmpty());
    }

    @Test
    void aLeadersTripPutOffIsSuspendedWithEachHost() {
        List<Event> found = events(tag("WASHINGTON, Oct 8 - U.S. President Joe Biden has postponed a trip to Germany and Angola because of "
                + "a hurricane.", "2024-10-08"), "SUMMIT_PROPOSAL");
        assertEquals(2, found.size(), found.toString());
        for (Event e : found) assertEquals("suspended", e.getStatus(), found.toString());
        // the look-alikes: a bare trip noun is no event, nor a visit by a leader's aides called off
        assertTrue(events(tag("BERLIN, April 13 - German Chancellor Olaf Scholz left Berlin on Saturday for a trip to China.", "2024-04-13"),
                "MEETING").isEmpty());
        assertTrue(events(tag("JERUSALEM, March 25 - Israel's prime minister cancelled a visit to Washington by a delegation of his aides "
                + "on Monday.", "2024-03-25"), "SUMMIT_PROPOSAL").isEmpty());
    }

    @Test
    void theLegsAndHeadlinesOfATripToComeArePlanned() {
        TaggerTest.assertOne(tag("Modi to visit Austria\n\nNEW DELHI, July 4 - Indian Prime Minister Narendra Modi will stop in Vienna "
                + "next week, the foreign ministry said.", "2024-07-04"), "SUMMIT_PROPOSAL", "planned", "AUT", "IND");
        TaggerTest.assertOne(tag("PARIS, Dec 3 - French President Emmanuel Macron will then travel on to Qatar, his office said.", "2021-12-03"),
                "SUMMIT_PROPOSAL", "planned", "FRA", "QAT");
        // the look-alike: a group's summit told in a headline's present took place
        assertTrue(events(tag("G7 leaders meet in Hiroshima\n\nHIROSHIMA, May 19 - Group of Seven leaders met in Hiroshima on Friday.",
                "2023-05-19"), "SUMMIT_PROPOSAL").isEmpty());
    }

    @Test
    void aVerbJoinedByAndRightBeforeTheMeetingTellsIt() {
        String text = "TOKYO, March 16 - Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol signed "
                + "a pledge on Thursday and then held a joint news conference in Tokyo.";
        assertTrue(events(tag(text, "2023-03-16"), "SUMMIT_PROPOSAL").isEmpty());
        TaggerTest.assertOne(tag(text, "2023-03-16"), "MEETING", "occurred", "JPN", "KOR");
    }

    @Test
    void aConditionPastTheRelativeClauseThatHoldsTheMeetingIsAnotherVerbs() {
        TaggerTest.assertOne(tag("PARIS, March 5 - Emmanuel Macron, who will receive Volodymyr Zelensky in Paris on Thursday, said Europe "
                + "could do much more if it wanted to.", "2025-03-05"), "SUMMIT_PROPOSAL", "planned", "FRA", "UKR");
        // the look-alike: a condition in the meeting's own clause
        TaggerTest.assertOne(tag("SEOUL, Feb 15 - Kim Yo Jong said Japan's prime minister could visit Pyongyang if Tokyo dropped "
                + "its demands.", "2024-02-15"), "SUMMIT_PROPOSAL", "conditional", "JPN", "PRK");
        TaggerTest.assertOne(tag("SEOUL, 15 février - Kim Yo Jong a affirmé que le Premier ministre japonais pourrait se rendre à Pyongyang, "
                + "pourvu que Tokyo renonce à ses exigences.", "2024-02-15"), "SUMMIT_PROPOSAL", "conditional", "JPN", "PRK");
    }
}
