package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.heldMeetings;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** French meetings on new wording, fifth round of the blind paraphrase method (session s31, the fr-parameet4-dev set). */
class FrenchMeetingsSixthRoundTest {

    @Test
    void aParticipleThatOpensTheLeadWithAPlaceOnlyIsHostedByThePlacesStateAndTakesTheSubjectAfterItsPhrase() {
        EnrichedDispatch e = tag("PARIS, 28 novembre - Reçu jeudi à l'Elysée pour une visite d'Etat, Bola Tinubu a appelé les entreprises "
                + "françaises à investir.", "2024-11-28");
        assertEquals(java.util.Set.of(List.of("FRA", "NGA")), heldMeetings(e), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("MOSCOU, 21 mars - Accueilli mardi au Kremlin avec les honneurs, Xi Jinping a promis une coopération "
                + "étroite.", "2023-03-21");
        assertTrue(heldMeetings(f).contains(List.of("CHN", "RUS")), events(f, "MEETING").toString());
        // a place after the subject is no host: the phrase names none
        EnrichedDispatch g = tag("Reçue lundi au palais Chigi, la Première ministre danoise Mette Frederiksen a plaidé pour une aide "
                + "accrue à l'Ukraine.", "2024-11-28");
        assertTrue(heldMeetings(g).isEmpty(), events(g, "MEETING").toString());
        // the head of government received at home, and a bill received: no meeting between states
        EnrichedDispatch h = tag("PARIS, 5 septembre - Reçu jeudi à l'Elysée, le Premier ministre Michel Barnier a présenté son "
                + "gouvernement.", "2024-09-05");
        assertTrue(heldMeetings(h).isEmpty(), events(h, "MEETING").toString());
    }
}
