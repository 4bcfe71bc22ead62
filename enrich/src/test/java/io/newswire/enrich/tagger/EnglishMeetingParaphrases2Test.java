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

/** English MEETING read on new wording, third round (session s29, the blind paraphrases of the en-parameet2-dev set). */
class EnglishMeetingParaphrases2Test {

    @Test
    void talksOnATopicBroughtToTheirEndWereHeld() {
        EnrichedDispatch e = tag("ALMATY, May 11 - Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov "
                + "wrapped up talks on a peace treaty in Almaty on Saturday.", "2024-05-11");
        assertEquals(Set.of(List.of("ARM", "AZE")), heldMeetings(e), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("BRUSSELS, Jan 9 - Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti wound up talks on "
                + "normalising ties in Brussels on Thursday.", "2025-01-09");
        assertEquals(Set.of(List.of("SRB", "XKX")), heldMeetings(f), events(f, "MEETING").toString());
    }
    @Test
    void everyFormOfRuleOutRefusesTheMeeting() {
        EnrichedDispatch e = tag("SINGAPORE, May 30 - China is staying away from the forum, ruling out any meeting with U.S. Defense "
                + "Secretary Pete Hegseth.", "2025-05-30");
        assertTrue(heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("BEIJING, May 30 - Chinese Defence Minister Dong Jun rules out a meeting with U.S. Defense Secretary "
                + "Pete Hegseth.", "2025-05-30");
        assertTrue(heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
    }
    @Test
    void aFrontedPhraseOfAnEarlierVisitIsAMeetingOfItsOwn() {
        for (String opening : List.of("Fresh from", "Straight from", "Following", "Hot on the heels of")) {
            EnrichedDispatch e = tag("HANOI, June 20 - " + opening + " his visit to North Korea, Russian President Vladimir Putin held talks "
                    + "with Vietnamese President To Lam in Hanoi on Thursday.", "2024-06-20");
            assertEquals(Set.of(List.of("PRK", "RUS"), List.of("RUS", "VNM")), heldMeetings(e), opening + ": " + events(e, "MEETING"));
        }
    }
}
