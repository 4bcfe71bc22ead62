package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.meetings;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Summits and talks held, and who their sides are (session s25, meet-summit). */
class SummitsHeldSidesTest {

    @Test
    void twoKnownNamesJoinedByAHyphenAreBothSides() {
        EnrichedDispatch fr = tag("ANCHORAGE, 15 août - Le sommet Trump-Poutine a duré près de trois heures vendredi sur une base "
                + "militaire de l'Alaska.", "2025-08-15");
        assertEquals(List.of(List.of("RUS", "USA")), meetings(fr, "occurred"));
        assertTrue(fr.getActors().stream().anyMatch(a -> a.getId().equals("vladimir-putin")));
        EnrichedDispatch noun = tag("BUSAN, 30 octobre - La rencontre Trump-Xi, jeudi sur une base aérienne de Busan, a duré une heure "
                + "et demie.", "2025-10-30");
        assertEquals(List.of(List.of("CHN", "USA")), meetings(noun, "occurred"));
    }

    @Test
    void anEnglishTalkPlacedInAVenueCityIsAMeeting() {
        EnrichedDispatch held = tag("ISTANBUL, May 16 - Turkish Foreign Minister Hakan Fidan talked with U.S. Secretary of State Marco Rubio "
                + "in Antalya on Thursday about the war in Ukraine.", "2025-05-15");
        assertEquals(List.of(List.of("TUR", "USA")), meetings(held, "occurred"));
        EnrichedDispatch call = tag("KYIV, Aug 1 - Ukrainian President Volodymyr Zelenskiy talked by phone with Turkish President Tayyip "
                + "Erdogan on Monday about the grain deal signed in Istanbul.", "2022-08-01");
        assertEquals(List.of(), meetings(call, "occurred"));
    }

    @Test
    void aSummitCalledOffByANamedAgentWasNotHeld() {
        EnrichedDispatch fr = tag("SÉOUL, 25 mai - Le gouvernement sud-coréen s'est réuni vendredi, au lendemain de l'annulation par "
                + "Donald Trump du sommet prévu avec Kim Jong Un.", "2018-05-25");
        assertEquals(List.of(), meetings(fr, "occurred"));
        EnrichedDispatch en = tag("SEOUL, May 25 - South Korea's cabinet met on Friday, a day after the cancellation by Donald Trump of the "
                + "summit planned with Kim Jong Un.", "2018-05-25");
        assertEquals(List.of(), meetings(en, "occurred"));
        EnrichedDispatch held = tag("WASHINGTON, 13 juin - Wall Street a progressé mercredi, au lendemain du sommet de Singapour "
                + "entre Donald Trump et Kim Jong Un.", "2018-06-13");
        assertEquals(List.of(List.of("PRK", "USA")), meetings(held, "occurred"));
    }
}
