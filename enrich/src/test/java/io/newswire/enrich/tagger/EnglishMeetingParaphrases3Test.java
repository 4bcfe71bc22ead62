package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.heldMeetings;
import static io.newswire.enrich.tagger.TaggerTest.sides;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** English MEETING and PHONE_CALL read on new wording, fourth round (session s30, the en-parameet3-dev and en-paracall3-dev sets). */
class EnglishMeetingParaphrases3Test {

    @Test
    void aVerbPhraseIsReadAcrossTheLengthAfterItsVerb() {
        for (String length : List.of("nearly two hours", "more than four hours", "three hours")) {
            EnrichedDispatch e = tag("VLADIVOSTOK, Sept 13 - Vladimir Putin spent " + length + " with Kim Jong Un on Wednesday.", "2023-09-13");
            assertEquals(Set.of(List.of("PRK", "RUS")), heldMeetings(e), length + ": " + events(e, "MEETING"));
        }
        EnrichedDispatch together = tag("VLADIVOSTOK, Sept 13 - Vladimir Putin and Kim Jong Un spent more than four hours together on Wednesday.", "2023-09-13");
        assertEquals(Set.of(List.of("PRK", "RUS")), heldMeetings(together), events(together, "MEETING").toString());
    }

    @Test
    void satWithAForeignLeaderIsAMeetingAndWithOnesOwnCouncilNone() {
        EnrichedDispatch e = tag("WASHINGTON, June 5 - Chancellor Friedrich Merz sat with Donald Trump in the Oval Office on Thursday.", "2025-06-05");
        assertEquals(Set.of(List.of("DEU", "USA")), heldMeetings(e), events(e, "MEETING").toString());
        EnrichedDispatch own = tag("MOSCOW, Sept 13 - Vladimir Putin sat with his security council on Wednesday.", "2023-09-13");
        assertTrue(heldMeetings(own).isEmpty(), events(own, "MEETING").toString());
    }

    @Test
    void talksThatRanPastTheirScheduledTimeWereHeld() {
        EnrichedDispatch e = tag("BEIJING, April 14 - The meeting between Lula and Xi Jinping went on beyond the scheduled hour on Friday.", "2023-04-14");
        assertEquals(Set.of(List.of("BRA", "CHN")), heldMeetings(e), events(e, "MEETING").toString());
        assertTrue(events(e, "SUMMIT_PROPOSAL").isEmpty(), events(e, "SUMMIT_PROPOSAL").toString());
    }

    @Test
    void aCallNounWithItsDayKeepsTheMainClauseAsItsSides() {
        EnrichedDispatch e = tag("WASHINGTON, March 19 - During a phone call on Wednesday, Donald Trump told Volodymyr Zelenskiy that the talks "
                + "would go on.", "2025-03-19");
        assertEquals(List.of(List.of("UKR", "USA")), sides(e, "PHONE_CALL", "occurred"), events(e, "PHONE_CALL").toString());
    }

    @Test
    void signaturesPutTogetherAtAPlaceAreAMeeting() {
        EnrichedDispatch e = tag("MOSCOW, May 8 - Xi Jinping and Vladimir Putin put their signatures on a joint statement in the Kremlin on Thursday.", "2025-05-08");
        assertEquals(Set.of(List.of("CHN", "RUS")), heldMeetings(e), events(e, "MEETING").toString());
    }

    @Test
    void whatTheTalksEndedWithoutIsNoTruceAndTheTalksWereHeld() {
        EnrichedDispatch e = tag("ISTANBUL, May 16 - Russian and Ukrainian negotiators met in Istanbul on Friday but the talks broke up without a truce.", "2025-05-16");
        assertEquals(Set.of(List.of("RUS", "UKR")), heldMeetings(e), events(e, "MEETING").toString());
        assertTrue(events(e, "CEASEFIRE").stream().allMatch(c -> c.getStatus().equals("denied")), events(e, "CEASEFIRE").toString());
    }

    @Test
    void aTalkAtALeadersResidenceIsHeldInPerson() {
        EnrichedDispatch e = tag("SOCHI, Sept 4 - Erdogan and Putin talked for about an hour at the Russian leader's residence on Monday.", "2023-09-04");
        assertEquals(Set.of(List.of("RUS", "TUR")), heldMeetings(e), events(e, "MEETING").toString());
        assertTrue(events(e, "PHONE_CALL").isEmpty(), events(e, "PHONE_CALL").toString());
    }

    @Test
    void aMonthOrAWeekdayBeforeASurnameIsNoFirstName() {
        EnrichedDispatch e = tag("BRASILIA, June 14 - In March Lula visited Washington for talks with Joe Biden.", "2023-06-14");
        assertEquals(Set.of(List.of("BRA", "USA")), heldMeetings(e), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("ANKARA, June 14 - On Monday Putin received Erdogan in Sochi.", "2023-06-14");
        assertEquals(Set.of(List.of("RUS", "TUR")), heldMeetings(f), events(f, "MEETING").toString());
    }
}
