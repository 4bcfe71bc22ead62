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

    @Test
    void aMeetingNounsFormRightAfterANameWithADayIsThePresentOfAProgramme() {
        EnrichedDispatch e = tag("TOKYO, 10 juin - Le Premier ministre japonais rencontre mardi à Tokyo son homologue australien "
                + "Anthony Albanese.", "2024-06-10");
        assertTrue(heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        assertOne(e, "SUMMIT_PROPOSAL", "planned", "AUS", "JPN");
        EnrichedDispatch f = tag("BERLIN, 10 juin - Olaf Scholz a rencontré lundi à la chancellerie le président polonais Andrzej Duda.",
                "2024-06-10");
        assertTrue(heldMeetings(f).contains(java.util.List.of("DEU", "POL")), events(f, "MEETING").toString());
    }

    @Test
    void anElidedObjectPronounOfAVerbOfReceivingIsTheGuestNamedBefore() {
        EnrichedDispatch e = tag("ISTANBUL, 8 juillet - Volodymyr Zelensky a bouclé samedi sa tournée européenne en Turquie: Recep Tayyip "
                + "Erdogan l'a accueilli au palais de Vahdettin.", "2023-07-08");
        assertTrue(heldMeetings(e).contains(java.util.List.of("TUR", "UKR")), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("ROME, 13 mai - Volodymyr Zelensky a été conduit samedi au palais Chigi, où Giorgia Meloni l'a reçu.",
                "2023-05-13");
        assertTrue(heldMeetings(f).contains(java.util.List.of("ITA", "UKR")), events(f, "MEETING").toString());
        EnrichedDispatch g = tag("PARIS, 8 juillet - La proposition allemande est arrivée lundi à Paris, où Emmanuel Macron l'a accueillie "
                + "avec prudence.", "2023-07-08");
        assertTrue(heldMeetings(g).isEmpty(), events(g, "MEETING").toString());
    }

    @Test
    void aQueAfterANameAndACommaIsAnObjectRelativeWhoseAntecedentIsTheGuest() {
        EnrichedDispatch e = tag("PARIS, 15 juillet - Volodymyr Zelensky, que Macron a reçu mardi à l'Elysée, a remercié la France.", "2025-07-15");
        assertTrue(heldMeetings(e).contains(java.util.List.of("FRA", "UKR")), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("PARIS, 15 juillet - Olaf Scholz, qu'Emmanuel Macron a accueilli mardi à l'Elysée, a plaidé pour une relation "
                + "stable.", "2025-07-15");
        assertTrue(heldMeetings(f).contains(java.util.List.of("DEU", "FRA")), events(f, "MEETING").toString());
        EnrichedDispatch g = tag("MOSCOU, 15 juillet - Le Kremlin a affirmé mardi, lors d'un point de presse, que Vladimir Poutine rencontrerait "
                + "Xi Jinping en mai.", "2025-07-15");
        assertOne(g, "SUMMIT_PROPOSAL", "planned", "CHN", "RUS");
    }

    @Test
    void aFrontedClauseOfTimeEndsAtItsCommaAndItsSubjectTravelsWithNoOne() {
        EnrichedDispatch e = tag("KIEV, 21 mars - Alors que Xi Jinping était à Moscou, Fumio Kishida est arrivé mardi à Kiev.", "2023-03-21");
        assertTrue(heldMeetings(e).equals(java.util.Set.of(java.util.List.of("JPN", "UKR"))), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("KIEV, 21 mars - Tandis que le président chinois poursuivait sa visite d'Etat en Russie, Fumio Kishida s'est "
                + "rendu mardi à Kiev.", "2023-03-21");
        assertTrue(heldMeetings(f).equals(java.util.Set.of(java.util.List.of("CHN", "RUS"), java.util.List.of("JPN", "UKR"))),
                events(f, "MEETING").toString());
        EnrichedDispatch g = tag("KIEV, 21 March - While Xi Jinping was in Moscow, Fumio Kishida arrived in Kyiv on Tuesday.", "2023-03-21");
        assertTrue(heldMeetings(g).equals(java.util.Set.of(java.util.List.of("JPN", "UKR"))), events(g, "MEETING").toString());
    }

    @Test
    void tomorrowIsADayThatATripVerbIsReadAcrossAndThatTellsAPresentOfAProgramme() {
        EnrichedDispatch e = tag("PARIS, 5 juin - Emmanuel Macron se rend demain à Berlin pour un entretien avec le chancelier Olaf Scholz.",
                "2024-06-05");
        assertTrue(heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        assertOne(e, "SUMMIT_PROPOSAL", "planned", "DEU", "FRA");
        EnrichedDispatch f = tag("PARIS, 10 juin - Emmanuel Macron rencontre demain à Bruxelles le Premier ministre belge Alexander De Croo.",
                "2024-06-10");
        assertTrue(heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
    }
}
