package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Things that look like a meeting held and are not (issue 11, the meetfp sets). */
class MeetingFalseAlarmsTest {

    @Test
    void afterAReceptionTheEarlierMeetingOfASingularPossessiveIsTheGuests() {
        EnrichedDispatch e = tag("PARIS, Feb 16 - French President Emmanuel Macron welcomed Ukrainian President Volodymyr Zelenskiy to the "
                + "Elysee Palace on Friday, hours after his meeting with German Chancellor Olaf Scholz in Berlin.", "2024-02-16");
        assertEquals(Set.of(List.of("FRA", "UKR"), List.of("DEU", "UKR")), TaggerTest.heldMeetings(e));
        EnrichedDispatch f = tag("PARIS, 16 février - Emmanuel Macron a reçu vendredi Volodymyr Zelensky à l'Elysée, quelques heures après sa "
                + "rencontre avec le chancelier allemand Olaf Scholz à Berlin.", "2024-02-16");
        assertEquals(Set.of(List.of("FRA", "UKR"), List.of("DEU", "UKR")), TaggerTest.heldMeetings(f));
    }

    @Test
    void anEarlierMeetingHeldInTheHostsOwnCountryStaysTheHosts() {
        EnrichedDispatch e = tag("WASHINGTON, Aug 18 - U.S. President Donald Trump welcomed Ukrainian President Volodymyr Zelenskiy to the "
                + "White House on Monday, three days after his talks with Finnish President Alexander Stubb in Washington.", "2025-08-18");
        assertTrue(TaggerTest.heldMeetings(e).contains(List.of("FIN", "USA")), TaggerTest.heldMeetings(e).toString());
        assertTrue(TaggerTest.heldMeetings(e).contains(List.of("UKR", "USA")), TaggerTest.heldMeetings(e).toString());
    }

    @Test
    void aVisitPutOffPastTheAppositionOfItsPlanIsNoMeeting() {
        EnrichedDispatch e = tag("NEW DELHI, Sept 5 - Israeli Prime Minister Benjamin Netanyahu's visit to India, due to start on Monday, has "
                + "been postponed because of the election campaign, officials said.", "2019-09-05");
        assertTrue(TaggerTest.heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
    }

    @Test
    void aHeadlinesVerbOfLeavingTellsTheTalksToCome() {
        EnrichedDispatch e = tag("Orban heads to Beijing for talks with Xi\n\nBUDAPEST, July 8 - Hungarian Prime Minister Viktor Orban left "
                + "for China on Monday.", "2024-07-08");
        assertTrue(TaggerTest.heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("Orban meets Xi in Beijing\n\nBEIJING, July 8 - Hungarian Prime Minister Viktor Orban held talks with "
                + "Chinese President Xi Jinping in Beijing on Monday.", "2024-07-08");
        assertEquals(Set.of(List.of("CHN", "HUN")), TaggerTest.heldMeetings(f));
    }

    @Test
    void talksTeamsAreToStartAreNotHeld() {
        EnrichedDispatch e = tag("WASHINGTON, Feb 12 - Donald Trump and Vladimir Putin agreed on Wednesday to have their teams start "
                + "negotiations on Ukraine.", "2025-02-12");
        assertTrue(TaggerTest.heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("WASHINGTON, 12 février - Donald Trump et Vladimir Poutine ont chargé mercredi leurs équipes d'entamer des "
                + "négociations sur l'Ukraine.", "2025-02-12");
        assertTrue(TaggerTest.heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
    }

    @Test
    void twoOfficialsAnInternationalOfficialMeetsAreNotSidesOfEachOther() {
        EnrichedDispatch e = tag("ISTANBUL, July 22 - U.N. Secretary-General Antonio Guterres, who is in Istanbul meeting with Turkish "
                + "President Tayyip Erdogan and Ukrainian Foreign Minister Dmytro Kuleba, said the deal was a beacon of hope.", "2022-07-22");
        assertTrue(TaggerTest.heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("LVIV, Aug 18 - Turkish President Tayyip Erdogan met Ukrainian President Volodymyr Zelenskiy in Lviv on "
                + "Thursday, with U.N. Secretary-General Antonio Guterres.", "2022-08-18");
        assertOne(f, "MEETING", "occurred", "TUR", "UKR");
    }

    @Test
    void talksADecisionFollowedNamingNoOneAreNoMeeting() {
        EnrichedDispatch e = tag("OTTAWA, March 26 - Canada will expel four Russian diplomats, the foreign ministry said on Monday, adding "
                + "that the decision followed discussions with Britain and within NATO.", "2018-03-26");
        assertTrue(TaggerTest.heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("OTTAWA, 26 mars - Le Canada va expulser quatre diplomates russes, a annoncé lundi le ministère des Affaires "
                + "étrangères, précisant que cette décision faisait suite à des discussions avec la Grande-Bretagne et au sein de l'Otan.", "2018-03-26");
        assertTrue(TaggerTest.heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
        EnrichedDispatch g = tag("BRUSSELS, Dec 14 - Hungary dropped its veto on Thursday, a diplomat said, adding that the decision followed "
                + "talks in Brussels between Hungarian Prime Minister Viktor Orban and French President Emmanuel Macron.", "2023-12-14");
        assertOne(g, "MEETING", "occurred", "FRA", "HUN");
    }

    @Test
    void aFrenchHeadlineOfLeavingIsTheTripItsLeadTells() {
        EnrichedDispatch e = tag("Orban s'envole pour Pékin\n\nBUDAPEST, 7 juillet - Le Premier ministre hongrois Viktor Orban s'envole "
                + "dimanche pour Pékin, où il doit rencontrer lundi le président chinois Xi Jinping.", "2024-07-07");
        assertTrue(TaggerTest.heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("Orban s'envole pour Pékin\n\nPEKIN, 8 juillet - Le Premier ministre hongrois Viktor Orban s'est envolé "
                + "dimanche pour Pékin et a rencontré lundi le président chinois Xi Jinping.", "2024-07-08");
        assertEquals(Set.of(List.of("CHN", "HUN")), TaggerTest.heldMeetings(f));
        assertTrue(events(f, "SUMMIT_PROPOSAL").isEmpty(), events(f, "SUMMIT_PROPOSAL").toString());
    }
}
