package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.heldMeetings;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** French MEETING on new wording, fourth round (session s30, the fr-parameet3-dev set, blind paraphrase method). */
class FrenchMeetingsFourthRoundTest {

    @Test
    void aMeetingNounOfPurposeAfterATalkVerbStillToComeIsThatPlanAcrossCommas() {
        EnrichedDispatch e = tag("BERLIN, 4 mars - Emmanuel Macron et Olaf Scholz se retrouvent jeudi, dans la banlieue de Berlin, "
                + "pour leur premier tête-à-tête depuis l'automne.", "2024-03-04");
        assertTrue(heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        assertOne(e, "SUMMIT_PROPOSAL", "planned", "DEU", "FRA");
        EnrichedDispatch f = tag("NEW DELHI, 4 mars - Narendra Modi et Xi Jinping doivent s'entretenir dimanche, en marge du sommet de "
                + "l'OCS, pour leur première rencontre bilatérale depuis cinq ans.", "2024-03-04");
        assertTrue(heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
        EnrichedDispatch g = tag("BERLIN, 4 mars - Emmanuel Macron et Olaf Scholz se sont rencontrés lundi, à Berlin, pour leur premier "
                + "entretien depuis l'automne.", "2024-03-04");
        assertTrue(heldMeetings(g).contains(List.of("DEU", "FRA")), events(g, "MEETING").toString());
    }

    @Test
    void anExchangeWithItsAdjectiveAndTimeSpentWithAForeignLeaderAreMeetings() {
        EnrichedDispatch e = tag("TUNIS, 4 mars - Giorgia Meloni a eu lundi à Tunis un échange franc avec Kaïs Saïed.", "2024-03-04");
        assertTrue(heldMeetings(e).contains(List.of("ITA", "TUN")), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("PEKIN, 4 mars - Xi Jinping et Lula ont passé la journée ensemble à Pékin.", "2024-03-04");
        assertTrue(heldMeetings(f).contains(List.of("BRA", "CHN")), events(f, "MEETING").toString());
        EnrichedDispatch g = tag("MOSCOU, 4 mars - Emmanuel Macron a passé cinq heures, lundi au Kremlin, avec Vladimir Poutine.", "2024-03-04");
        assertTrue(heldMeetings(g).contains(List.of("FRA", "RUS")), events(g, "MEETING").toString());
        EnrichedDispatch h = tag("PARIS, 4 mars - Emmanuel Macron a passé la soirée avec ses ministres à l'Elysée.", "2024-03-04");
        assertTrue(heldMeetings(h).isEmpty(), events(h, "MEETING").toString());
        EnrichedDispatch i = tag("KIEV, 4 mars - Kiev et Moscou ont procédé lundi à un échange de prisonniers.", "2024-03-04");
        assertTrue(heldMeetings(i).isEmpty(), events(i, "MEETING").toString());
    }

    @Test
    void aResidenceOrAPalaceNamedByItsCommonNounPutsTheTalkersTogether() {
        EnrichedDispatch e = tag("MOSCOU, 4 mars - Vladimir Poutine s'est entretenu lundi avec Narendra Modi dans sa résidence de la "
                + "banlieue de la capitale.", "2024-03-04");
        assertTrue(heldMeetings(e).contains(List.of("IND", "RUS")), events(e, "MEETING").toString());
        assertTrue(events(e, "PHONE_CALL").isEmpty(), events(e, "PHONE_CALL").toString());
        EnrichedDispatch f = tag("ISTANBUL, 4 mars - Recep Tayyip Erdogan s'est entretenu samedi avec Volodymyr Zelensky au palais de "
                + "Vahdettin.", "2024-03-04");
        assertTrue(heldMeetings(f).contains(List.of("TUR", "UKR")), events(f, "MEETING").toString());
    }

    @Test
    void aPassiveOfReceivingWithNoAgentIsHostedByThePlacesState() {
        EnrichedDispatch e = tag("LONDRES, 4 mars - Emmanuel Macron a été reçu lundi à la Maison Blanche.", "2025-03-04");
        assertTrue(heldMeetings(e).contains(List.of("FRA", "USA")), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("LONDRES, 4 mars - Olaf Scholz a été accueilli mardi au Kremlin.", "2025-03-04");
        assertTrue(heldMeetings(f).contains(List.of("DEU", "RUS")), events(f, "MEETING").toString());
        EnrichedDispatch g = tag("PARIS, 4 mars - Emmanuel Macron a été reçu lundi à Marseille par des élus locaux.", "2025-03-04");
        assertTrue(heldMeetings(g).isEmpty(), events(g, "MEETING").toString());
        EnrichedDispatch h = tag("BERLIN, 4 mars - Olaf Scholz, accueilli mardi au Kremlin, a plaidé pour la paix.", "2025-03-04");
        assertTrue(heldMeetings(h).contains(List.of("DEU", "RUS")), events(h, "MEETING").toString());
        EnrichedDispatch i = tag("PARIS, 4 mars - Emmanuel Macron, reçu lundi à Marseille, a promis des crédits.", "2025-03-04");
        assertTrue(heldMeetings(i).isEmpty(), events(i, "MEETING").toString());
    }
}
