package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.heldMeetings;
import static io.newswire.enrich.tagger.TaggerTest.meetings;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** French MEETING misses and false alarms by family (session s27, the fr-meet6-dev set). */
class FrenchMeetings6Test {

    @Test
    void aTalkVerbOnTheSidelinesOfAGatheringIsAMeeting() {
        EnrichedDispatch e = tag("PARIS, 20 septembre - Emmanuel Macron et le président iranien Ebrahim Raïssi ont discuté mardi en marge "
                + "de l'Assemblée générale de l'ONU.", "2022-09-20");
        assertEquals(Set.of(List.of("FRA", "IRN")), heldMeetings(e));
        assertTrue(events(e, "PHONE_CALL").isEmpty(), events(e, "PHONE_CALL").toString());
        EnrichedDispatch f = tag("PARIS, 20 septembre - Emmanuel Macron et le président iranien Ebrahim Raïssi ont échangé mardi en personne.",
                "2022-09-20");
        assertEquals(Set.of(List.of("FRA", "IRN")), heldMeetings(f));
    }

    @Test
    void theSameVerbByTelephoneIsACall() {
        EnrichedDispatch e = tag("PARIS, 24 mars - Emmanuel Macron et le président américain Joe Biden ont discuté jeudi au téléphone, "
                + "selon l'Elysée.", "2022-03-24");
        assertTrue(heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        assertEquals(1, events(e, "PHONE_CALL").size());
    }

    @Test
    void anImperfectTalkVerbWithADayAndACityIsTalksHeld() {
        EnrichedDispatch e = tag("GENEVE, 10 janvier - Des délégations russe et américaine discutaient lundi à Genève de la sécurité en Europe.",
                "2022-01-10");
        assertEquals(Set.of(List.of("RUS", "USA")), heldMeetings(e));
        EnrichedDispatch f = tag("MOSCOU, 10 janvier - Des délégations russe et américaine discutaient lundi par visioconférence de la "
                + "sécurité en Europe.", "2022-01-10");
        assertTrue(heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
        assertEquals(1, events(f, "PHONE_CALL").size());
    }

    @Test
    void theDayOfAVisitIsNoTopicOfTheTalk() {
        EnrichedDispatch e = tag("PEKIN, 19 juin - Antony Blinken discutait lundi à Pékin avec Wang Yi, au deuxième jour de sa visite en Chine.",
                "2023-06-19");
        assertEquals(Set.of(List.of("CHN", "USA")), heldMeetings(e));
        assertTrue(meetings(e, "under_discussion").isEmpty(), events(e, "MEETING").toString());
    }

    @Test
    void aSigningAtACeremonyAThirdLeaderHostsIsOneMeeting() {
        EnrichedDispatch e = tag("WASHINGTON, 8 août - Le président azerbaïdjanais Ilham Aliyev et le Premier ministre arménien Nikol "
                + "Pachinian ont signé vendredi une déclaration à la Maison Blanche, lors d'une cérémonie organisée par Donald Trump.",
                "2025-08-08");
        assertEquals(Set.of(List.of("ARM", "AZE", "USA")), heldMeetings(e));
        assertEquals(1, events(e, "MEETING").size(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("KIEV, 30 septembre - Volodymyr Zelensky a signé vendredi à Kiev, lors d'une cérémonie organisée par la "
                + "présidence, une demande d'adhésion de l'Ukraine à l'Otan.", "2022-09-30");
        assertTrue(heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
    }

    @Test
    void aTalkVerbInAThirdStatesCapitalIsTalksHeldThere() {
        EnrichedDispatch e = tag("RIYAD, 24 mars - Des délégations russe et américaine discutaient lundi à Riyad d'un cessez-le-feu en mer Noire.",
                "2025-03-24");
        assertEquals(Set.of(List.of("RUS", "USA")), heldMeetings(e));
        EnrichedDispatch f = tag("PARIS, 19 août - Emmanuel Macron et Vladimir Poutine ont discuté vendredi de la sûreté de la centrale de "
                + "Zaporijjia en Ukraine.", "2022-08-19");
        assertTrue(heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
        assertEquals(1, events(f, "PHONE_CALL").size());
    }

    @Test
    void aDurationAfterSinceOpensNoClause() {
        EnrichedDispatch e = tag("ISTANBUL, 16 mai - La Turquie a accueilli vendredi au palais de Dolmabahçe les premiers pourparlers directs "
                + "depuis trois ans entre délégations russe et ukrainienne.", "2025-05-16");
        assertEquals(Set.of(List.of("RUS", "UKR")), heldMeetings(e));
        EnrichedDispatch f = tag("SEOUL, 24 novembre - Wang Yi, Yoko Kamikawa et Park Jin doivent se retrouver dimanche à Busan pour les "
                + "premiers pourparlers depuis quatre ans entre leurs trois pays.", "2023-11-24");
        assertTrue(heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
        EnrichedDispatch g = tag("MOSCOU, 9 juillet - Narendra Modi a invité Vladimir Poutine à se rendre en Inde l'an prochain, au terme de "
                + "deux jours de visite en Russie.", "2024-07-09");
        assertEquals(1, events(g, "SUMMIT_PROPOSAL").size(), events(g, "SUMMIT_PROPOSAL").toString());
    }
}
