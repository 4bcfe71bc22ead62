package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.heldMeetings;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** French meetings on new wording, sixth round of the blind paraphrase method (session s32, the fr-parameet5-dev set). */
class FrenchMeetingsSeventhRoundTest {

    @Test
    void aCallWordWithItsLengthBeforeAMeetingVerbIsACall() {
        EnrichedDispatch e = tag("Une conversation téléphonique de deux heures a réuni lundi Emmanuel Macron et Vladimir Poutine.", "2023-05-10");
        assertOne(e, "PHONE_CALL", "occurred", "FRA", "RUS");
        assertNone(e, "MEETING");
        EnrichedDispatch f = tag("Un échange téléphonique de près de trois heures a réuni samedi Emmanuel Macron et Vladimir Poutine.", "2023-05-10");
        assertOne(f, "PHONE_CALL", "occurred", "FRA", "RUS");
        assertNone(f, "MEETING");
        // a dinner of three hours is a meeting in person
        EnrichedDispatch g = tag("Un dîner de trois heures a réuni lundi à Paris Emmanuel Macron et Olaf Scholz.", "2023-05-10");
        assertEquals(Set.of(List.of("DEU", "FRA")), heldMeetings(g), events(g, "MEETING").toString());
        assertNone(g, "PHONE_CALL");
    }

    @Test
    void aPassiveInfinitiveJoinedToATalkToComeIsToComeToo() {
        EnrichedDispatch e = tag("Narendra Modi doit s'entretenir lundi à Moscou avec Vladimir Poutine puis être reçu mardi par le patriarche.", "2024-07-05");
        assertOne(e, "SUMMIT_PROPOSAL", "planned", "IND", "RUS");
        assertTrue(heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("Lula devrait rencontrer Xi Jinping à Pékin et être reçu ensuite par le Premier ministre Li Qiang.", "2023-04-10");
        assertOne(f, "SUMMIT_PROPOSAL", "planned", "BRA", "CHN");
        assertTrue(heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
        // the past tense keeps both held
        EnrichedDispatch g = tag("Shinzo Abe a rencontré mercredi Hassan Rohani puis a été reçu jeudi par Ali Khamenei.", "2019-06-14");
        assertEquals(Set.of(List.of("IRN", "JPN")), heldMeetings(g), events(g, "MEETING").toString());
        assertNone(g, "SUMMIT_PROPOSAL");
    }

    @Test
    void anOrdinalBeforeAPersonNounTellsAVisitMade() {
        EnrichedDispatch e = tag("Anthony Albanese est le premier chef du gouvernement australien à se rendre en Chine depuis 2016.", "2023-11-06");
        assertEquals(Set.of(List.of("AUS", "CHN")), heldMeetings(e), events(e, "MEETING").toString());
        assertNone(e, "SUMMIT_PROPOSAL");
        EnrichedDispatch f = tag("Viktor Orban est devenu vendredi le deuxième dirigeant de l'Union européenne à se rendre à Moscou depuis 2022.", "2024-07-05");
        assertEquals(Set.of(List.of("HUN", "RUS")), heldMeetings(f), events(f, "MEETING").toString());
        assertNone(f, "SUMMIT_PROPOSAL");
        // "le Premier ministre" is a title, no rank: the future keeps the trip to come
        EnrichedDispatch g = tag("Le Premier ministre japonais se rendra mardi en Corée du Sud.", "2023-05-05");
        assertOne(g, "SUMMIT_PROPOSAL", "planned", "JPN", "KOR");
        assertTrue(heldMeetings(g).isEmpty(), events(g, "MEETING").toString());
    }

    @Test
    void theFutureOfAvoirBeforeAnOrdinalTellsAMeetingToCome() {
        EnrichedDispatch e = tag("Joe Biden aura lundi son premier face-à-face avec Xi Jinping.", "2022-11-10");
        assertOne(e, "SUMMIT_PROPOSAL", "planned", "CHN", "USA");
        assertTrue(heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("Emmanuel Macron aura sa première rencontre avec Giorgia Meloni jeudi à Rome.", "2022-11-10");
        assertOne(f, "SUMMIT_PROPOSAL", "planned", "FRA", "ITA");
        assertTrue(heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
        EnrichedDispatch g = tag("Joe Biden a eu lundi son premier face-à-face avec Xi Jinping à Bali.", "2022-11-15");
        assertEquals(Set.of(List.of("CHN", "USA")), heldMeetings(g), events(g, "MEETING").toString());
        assertNone(g, "SUMMIT_PROPOSAL");
    }

    @Test
    void aGroupSummitInTheOccasionOfARelativeOnAMeetingIsThatMeetingsOccasion() {
        EnrichedDispatch e = tag("Donald Trump a annulé jeudi la rencontre avec Vladimir Poutine qui devait avoir lieu samedi en marge du sommet "
                + "du G20 de Buenos Aires.", "2018-11-29");
        assertOne(e, "SUMMIT_PROPOSAL", "rejected", "RUS", "USA");
        EnrichedDispatch f = tag("Viktor Orban a annulé la rencontre avec Xi Jinping qui devait avoir lieu lundi en marge du sommet du G20 de Rio.", "2024-11-15");
        assertOne(f, "SUMMIT_PROPOSAL", "rejected", "CHN", "HUN");
    }

    @Test
    void aPassiveOfReceivingWithTheGuestAfterTheVerbIsHostedByThePlacesState() {
        EnrichedDispatch e = tag("Au Kremlin a été reçu mercredi le président syrien Ahmed al-Charaa.", "2025-10-15");
        assertOne(e, "MEETING", "occurred", "RUS", "SYR");
        EnrichedDispatch f = tag("C'est au Kremlin qu'a été reçu mercredi le président syrien Ahmed al-Charaa.", "2025-10-15");
        assertOne(f, "MEETING", "occurred", "RUS", "SYR");
        EnrichedDispatch g = tag("A la Maison Blanche a été reçu jeudi le Premier ministre japonais Fumio Kishida.", "2024-04-11");
        assertOne(g, "MEETING", "occurred", "JPN", "USA");
        // the head of government received at home, and a letter received: no meeting between states
        EnrichedDispatch h = tag("A l'Elysée a été reçu lundi le Premier ministre Michel Barnier.", "2024-10-15");
        assertTrue(heldMeetings(h).isEmpty(), events(h, "MEETING").toString());
        EnrichedDispatch i = tag("Au Kremlin a été reçue mercredi une lettre du président américain Joe Biden.", "2024-10-15");
        assertTrue(heldMeetings(i).isEmpty(), events(i, "MEETING").toString());
    }

    @Test
    void thePlaceACleftPutsFirstHostsAPassiveOfReceivingWithNoAgent() {
        EnrichedDispatch e = tag("MOSCOU, 15 octobre - C'est au Kremlin que le président syrien Ahmed al-Charaa a été reçu mercredi.", "2025-10-15");
        assertOne(e, "MEETING", "occurred", "RUS", "SYR");
        EnrichedDispatch f = tag("C'est à l'Elysée que le président nigérian Bola Tinubu a été reçu jeudi.", "2024-11-28");
        assertOne(f, "MEETING", "occurred", "FRA", "NGA");
        EnrichedDispatch g = tag("C'est à Berlin que le Premier ministre japonais a été accueilli mardi.", "2024-04-11");
        assertOne(g, "MEETING", "occurred", "DEU", "JPN");
        // the head of government received in his own capital: no meeting between states
        EnrichedDispatch h = tag("C'est à l'Elysée que le Premier ministre Michel Barnier a été reçu lundi.", "2024-10-15");
        assertTrue(heldMeetings(h).isEmpty(), events(h, "MEETING").toString());
    }

    @Test
    void talksUnderAThirdPartysAuspicesPutTheSidesTogether() {
        EnrichedDispatch e = tag("Ilham Aliev s'est entretenu jeudi avec Nikol Pachinian sous l'égide du président du Conseil européen, Charles Michel.", "2023-05-14");
        assertOne(e, "MEETING", "occurred", "ARM", "AZE");
        EnrichedDispatch f = tag("Les ministres des Affaires étrangères arménien et azerbaïdjanais ont discuté mardi sous l'égide d'Antony Blinken.", "2023-05-02");
        assertOne(f, "MEETING", "occurred", "ARM", "AZE");
        EnrichedDispatch g = tag("Le Premier ministre suédois Ulf Kristersson doit s'entretenir lundi soir avec le président turc, sous l'égide du "
                + "secrétaire général de l'Otan, Jens Stoltenberg.", "2023-07-10");
        assertOne(g, "SUMMIT_PROPOSAL", "planned", "SWE", "TUR");
        // by telephone it stays a call
        EnrichedDispatch h = tag("Ilham Aliev et Nikol Pachinian se sont entretenus par téléphone sous l'égide de Charles Michel.", "2023-05-14");
        assertOne(h, "PHONE_CALL", "occurred", "ARM", "AZE");
        assertNone(h, "MEETING");
    }
}
