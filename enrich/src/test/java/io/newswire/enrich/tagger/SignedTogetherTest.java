package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** Presence told by a signing (issue 11, the meetrec4 sets): officials of two states who sign together at a place met there. */
class SignedTogetherTest {

    @Test
    void twoLeadersSigningAtAPlaceWithADayBetweenVerbAndDocumentMet() {
        EnrichedDispatch e = tag("MOSCOW, May 8 - Chinese President Xi Jinping and Russian President Vladimir Putin signed on Thursday in "
                + "the Kremlin a statement on global strategic stability.", "2025-05-08");
        assertOne(e, "MEETING", "occurred", "CHN", "RUS");
        EnrichedDispatch f = tag("MOSCOU, 8 mai - Xi Jinping et Vladimir Poutine ont signé jeudi au Kremlin une déclaration sur la "
                + "stabilité stratégique mondiale.", "2025-05-08");
        assertOne(f, "MEETING", "occurred", "CHN", "RUS");
    }

    @Test
    void oneLeaderSigningIsNoMeetingWhateverTheDocumentNames() {
        EnrichedDispatch e = tag("MOSCOW, Nov 9 - Russian President Vladimir Putin signed on Saturday in the Kremlin a law ratifying the "
                + "treaty with North Korea.", "2024-11-09");
        assertNone(e, "MEETING");
        EnrichedDispatch f = tag("MOSCOU, 9 novembre - Vladimir Poutine a signé samedi au Kremlin une loi ratifiant le traité avec la "
                + "Corée du Nord.", "2024-11-09");
        assertNone(f, "MEETING");
    }

    @Test
    void aSigningWithNoPlaceTellsNoPresence() {
        EnrichedDispatch e = tag("WASHINGTON, Feb 3 - U.S. President Donald Trump and Canadian Prime Minister Justin Trudeau signed "
                + "statements on the tariff pause on Monday.", "2025-02-03");
        assertNone(e, "MEETING");
    }
}
