package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.sides;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Readout leftovers (session s27, wave 2): a medium word inside an ownerless heading, time phrases before a guest's title. */
class ReadoutLeftoversTest {

    @Test
    void aMediumWordBetweenTheHeadingsNounAndAvecMakesItTheIssuersCall() {
        assertOne(tag("PARIS, 12 avril - Entretien téléphonique avec le Premier ministre du Japon, M. Shigeru Ishiba. Le Président de "
                + "la République a évoqué les droits de douane américains, a indiqué l'Elysée.", "2025-04-12"), "PHONE_CALL", "occurred", "FRA", "JPN");
        // a televised interview is no call
        EnrichedDispatch tv = tag("PARIS, 12 avril - Entretien télévisé avec les journaux de France 2. Le Président de la République a "
                + "défendu sa politique économique, a indiqué l'Elysée.", "2025-04-12");
        assertNone(tv, "PHONE_CALL");
        assertNone(tv, "MEETING");
    }
    @Test
    void aDayBetweenTheReceivingVerbAndTheGuestsTitleKeepsTheGuest() {
        assertOne(tag("OTTAWA, May 6 - Prime Minister Mark Carney received on Tuesday afternoon the President of Finland, Alexander "
                + "Stubb, on Parliament Hill.", "2025-05-06"), "MEETING", "occurred", "CAN", "FIN");
        assertOne(tag("BERLIN, 6 mai - Le chancelier a reçu mardi soir le Premier ministre de la Pologne, M. Donald Tusk, à la "
                + "chancellerie, a indiqué Berlin.", "2025-05-06"), "MEETING", "occurred", "DEU", "POL");
        // one's own party leader received at the same place in the sentence is no meeting of two states
        assertNone(tag("LONDON, July 5 - King Charles received on Friday morning the leader of the Labour Party, Keir Starmer, at "
                + "Buckingham Palace.", "2024-07-05"), "MEETING");
    }
    @Test
    void aDuringPhraseBetweenAgreedAndItsInfinitiveLeavesTheSummitAgreed() {
        EnrichedDispatch e = tag("ANKARA, March 4 - Turkish President Tayyip Erdogan and Iranian President Masoud Pezeshkian agreed during a "
                + "phone call on Tuesday to meet in Tehran next month, Erdogan's office said.", "2025-03-04");
        assertOne(e, "PHONE_CALL", "occurred", "IRN", "TUR");
        assertOne(e, "SUMMIT_PROPOSAL", "agreed", "IRN", "TUR");
        // what is agreed during the call is no meeting: the call alone
        EnrichedDispatch channel = tag("ANKARA, March 4 - Turkish President Tayyip Erdogan and Iranian President Masoud Pezeshkian agreed "
                + "during a phone call on Tuesday to set up a joint working group on trade, Erdogan's office said.", "2025-03-04");
        assertOne(channel, "PHONE_CALL", "occurred", "IRN", "TUR");
        assertNone(channel, "SUMMIT_PROPOSAL");
        // talks agreed during a call are talks to come, not the call's own word: the two leaders who agree to hold them at a
        // place hold them themselves, a summit agreed (session s28, Leaders.leadersTalkAtAPlace)
        EnrichedDispatch talks = tag("ANKARA, March 4 - Turkish President Tayyip Erdogan and Iranian President Masoud Pezeshkian agreed "
                + "during a phone call on Tuesday to hold talks in Tehran, Erdogan's office said.", "2025-03-04");
        assertEquals(List.of(), sides(talks, "MEETING", "occurred"));
        assertOne(talks, "SUMMIT_PROPOSAL", "agreed", "IRN", "TUR");
    }
}
