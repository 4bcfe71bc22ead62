package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.heldMeetings;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** French MEETING on new wording, third round (session s29, the fr-parameet2-dev set, blind paraphrase method). */
class FrenchMeetingsThirdRoundTest {

    @Test
    void aHostVerbInThePresentOfAProgrammeIsAMeetingToCome() {
        EnrichedDispatch e = tag("ANKARA, 5 juin - Recep Tayyip Erdogan accueille mardi le Premier ministre grec Kyriakos Mitsotakis, "
                + "pour une visite destinée à apaiser les tensions en mer Egée.", "2024-06-05");
        assertTrue(heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        assertOne(e, "SUMMIT_PROPOSAL", "planned", "GRC", "TUR");
        EnrichedDispatch f = tag("MADRID, 5 avril - Le roi Felipe VI reçoit cette semaine le président argentin Javier Milei.", "2024-04-05");
        assertTrue(heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
    }

    @Test
    void aVisitNounOfPurposeAfterAVerbOfAPlanIsThatPlanWhateverItsOrdinal() {
        EnrichedDispatch e = tag("MOSCOU, 5 juin - Vladimir Poutine reçoit demain au Kremlin le président chinois Xi Jinping, "
                + "pour leur première rencontre depuis 2019.", "2024-06-05");
        assertTrue(heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("PARIS, 3 mai - Emmanuel Macron doit recevoir lundi Lula, pour la première visite d'Etat du président "
                + "brésilien en France depuis dix ans.", "2024-05-03");
        assertTrue(heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
        assertOne(f, "SUMMIT_PROPOSAL", "planned", "BRA", "FRA");
    }

    @Test
    void aHeadlineInThePresentStillTellsAMeetingHeld() {
        EnrichedDispatch e = tag("Meloni accueille Zelensky au palais Chigi\n\nROME, 13 mai - La présidente du Conseil italien a reçu samedi "
                + "le président ukrainien.", "2023-05-13");
        assertTrue(heldMeetings(e).contains(java.util.List.of("ITA", "UKR")), events(e, "MEETING").toString());
    }
}
