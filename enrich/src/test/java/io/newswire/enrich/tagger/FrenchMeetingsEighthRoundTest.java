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

/**
 * French meetings on new wording, seventh round of the blind paraphrase method (session s32, fr-meet8, the
 * fr-parameet6-dev set): guards of the families the tagger already holds; no rule was added this round.
 */
class FrenchMeetingsEighthRoundTest {

    @Test
    void aMeetingToldAsTheSettingOfAnotherActWithBothSidesInItsClauseIsHeld() {
        EnrichedDispatch e = tag("A l'issue de leur rencontre mardi à Madrid, Pedro Sanchez et Emmanuel Macron ont signé un traité d'amitié.", "2023-01-19");
        assertEquals(Set.of(List.of("ESP", "FRA")), heldMeetings(e), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("Au cours d'un dîner au palais Chigi, Giorgia Meloni et Friedrich Merz ont évoqué la défense européenne.", "2025-05-09");
        assertEquals(Set.of(List.of("DEU", "ITA")), heldMeetings(f), events(f, "MEETING").toString());
    }

    @Test
    void aLeaderAndAForeignMinisterMeet() {
        EnrichedDispatch e = tag("Xi Jinping a reçu jeudi à Pékin le ministre russe des affaires étrangères, Sergueï Lavrov.", "2024-04-11");
        assertEquals(Set.of(List.of("CHN", "RUS")), heldMeetings(e), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("Le ministre indien des affaires étrangères a été reçu mardi par Vladimir Poutine au Kremlin.", "2023-12-27");
        assertEquals(Set.of(List.of("IND", "RUS")), heldMeetings(f), events(f, "MEETING").toString());
    }

    @Test
    void aPluperfectMeetingToldAsBackgroundIsHeldOnItsOwnDay() {
        EnrichedDispatch e = tag("Narendra Modi avait été reçu mercredi à Sydney par Anthony Albanese, a rappelé le journal.", "2023-05-29");
        assertEquals(Set.of(List.of("AUS", "IND")), heldMeetings(e), events(e, "MEETING").toString());
        assertEquals("2023-05-24", events(e, "MEETING").get(0).getDate().toString());
        EnrichedDispatch f = tag("Joe Biden et Xi Jinping s'étaient entretenus le 15 novembre à Woodside, en Californie.", "2023-12-01");
        assertEquals(Set.of(List.of("CHN", "USA")), heldMeetings(f), events(f, "MEETING").toString());
        assertEquals("2023-11-15", events(f, "MEETING").get(0).getDate().toString());
    }

    @Test
    void ambassadorsAndCompanyChiefsReceivedAreNoMeeting() {
        EnrichedDispatch e = tag("Emmanuel Macron a reçu mercredi à l'Elysée les lettres de créance de douze nouveaux ambassadeurs, dont celui du Japon.", "2023-04-05");
        assertTrue(heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("Narendra Modi a reçu lundi à New Delhi le patron d'Apple, Tim Cook.", "2023-04-20");
        assertTrue(heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
        EnrichedDispatch g = tag("Emmanuel Macron a réuni mardi à l'Elysée les présidents des deux assemblées.", "2023-03-27");
        assertTrue(heldMeetings(g).isEmpty(), events(g, "MEETING").toString());
    }
}
