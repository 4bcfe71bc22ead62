package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Meeting false alarms on copy never seen, third wave (issue 11, the meetfp3 sets). */
class MeetingFalseAlarms3Test {

    @Test
    void aMeetingVerbWhoseObjectIsAThingMeetsNoOne() {
        for (String text : List.of(
                "LONDON, Sept 9 - British Prime Minister Liz Truss received condolences from U.S. President Joe Biden on Friday.",
                "HELSINKI, March 17 - Finnish President Sauli Niinisto welcomed Turkish President Tayyip Erdogan's decision to back "
                        + "Finland's bid on Friday.",
                "KYIV, Feb 8 - Ukrainian President Volodymyr Zelenskiy's request for fighter jets met with refusal from German "
                        + "Chancellor Olaf Scholz on Wednesday.",
                "BUDAPEST, 8 février - La proposition de Volodymyr Zelensky a rencontré jeudi le refus de Viktor Orban.")) {
            EnrichedDispatch e = tag(text, "2023-02-08");
            assertTrue(TaggerTest.heldMeetings(e).isEmpty(), text + " -> " + events(e, "MEETING"));
            assertTrue(events(e, "SUMMIT_PROPOSAL").isEmpty(), text + " -> " + events(e, "SUMMIT_PROPOSAL"));
        }
    }

    @Test
    void theSameVerbsTakingAPersonMeetHim() {
        EnrichedDispatch e = tag("BERLIN, May 14 - German Chancellor Olaf Scholz met with Ukrainian President Volodymyr Zelenskiy in "
                + "Berlin on Sunday.", "2023-05-14");
        assertEquals(Set.of(List.of("DEU", "UKR")), TaggerTest.heldMeetings(e));
        EnrichedDispatch f = tag("BUDAPEST, 10 juillet - Viktor Orban a rencontré mercredi à Budapest le président ukrainien Volodymyr Zelensky.",
                "2024-07-10");
        assertEquals(Set.of(List.of("HUN", "UKR")), TaggerTest.heldMeetings(f));
        EnrichedDispatch g = tag("ANKARA, March 17 - Turkish President Tayyip Erdogan welcomed Finland's President Sauli Niinisto to "
                + "Ankara on Friday.", "2023-03-17");
        assertEquals(Set.of(List.of("FIN", "TUR")), TaggerTest.heldMeetings(g));
    }

    @Test
    void aMeetingNegatedSinceADateIsNone() {
        EnrichedDispatch e = tag("BAKOU, 3 mars - Les ministres arménien et azerbaïdjanais des Affaires étrangères ne se sont plus rencontrés "
                + "depuis novembre.", "2023-03-03");
        assertTrue(TaggerTest.heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("BERLIN, 28 février - Les ministres arménien et azerbaïdjanais des Affaires étrangères se sont rencontrés "
                + "mardi à Berlin pour la première fois depuis novembre.", "2023-02-28");
        assertEquals(Set.of(List.of("ARM", "AZE")), TaggerTest.heldMeetings(f));
    }

    @Test
    void theSubjectsOwnPeopleAreNoOtherState() {
        EnrichedDispatch e = tag("WASHINGTON, Feb 24 - U.S. President Joe Biden met with his national security team at the White House on "
                + "Thursday to discuss Russia's attack on Ukraine.", "2022-02-24");
        assertTrue(TaggerTest.heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("BRUXELLES, 9 février - Le président ukrainien Volodymyr Zelensky a réuni jeudi à Bruxelles sa délégation "
                + "avant le sommet.", "2023-02-09");
        assertTrue(TaggerTest.heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
        EnrichedDispatch g = tag("ANTALYA, March 10 - Russian Foreign Minister Sergei Lavrov met his Ukrainian counterpart Dmytro Kuleba in "
                + "Antalya on Thursday.", "2022-03-10");
        assertTrue(TaggerTest.heldMeetings(g).contains(List.of("RUS", "UKR")), TaggerTest.heldMeetings(g).toString());
        EnrichedDispatch h = tag("ROME, 3 mai - La présidente du Conseil italien Giorgia Meloni a reçu jeudi à Rome son homologue japonais "
                + "Fumio Kishida.", "2024-05-02");
        assertTrue(TaggerTest.heldMeetings(h).contains(List.of("ITA", "JPN")), TaggerTest.heldMeetings(h).toString());
    }

    @Test
    void aVisitTriedIsNoVisitMade() {
        EnrichedDispatch e = tag("BELGRADE, March 2 - Hungarian Foreign Minister Peter Szijjarto's attempt to visit Ukraine failed on Thursday "
                + "after Kyiv refused to receive him.", "2023-03-02");
        assertTrue(TaggerTest.heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("BUDAPEST, 2 mars - Le ministre hongrois des Affaires étrangères Peter Szijjarto a tenté jeudi de se rendre "
                + "en Ukraine, sans succès.", "2023-03-02");
        assertTrue(TaggerTest.heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
        EnrichedDispatch g = tag("KYIV, Aug 23 - Indian Prime Minister Narendra Modi visited Kyiv on Friday, in an attempt to present India "
                + "as a broker of peace.", "2024-08-23");
        assertEquals(Set.of(List.of("IND", "UKR")), TaggerTest.heldMeetings(g));
    }

    @Test
    void aMeetingDeniedInTheNextSentenceIsNotHeld() {
        EnrichedDispatch e = tag("ANKARA, Oct 3 - Turkish Foreign Minister Mevlut Cavusoglu reportedly met Syrian Foreign Minister Faisal "
                + "Mekdad in Belgrade on Sunday, a newspaper said. Damascus denied that any such meeting had taken place.", "2021-10-03");
        assertTrue(TaggerTest.heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("ANKARA, 3 octobre - Le ministre turc des Affaires étrangères Mevlut Cavusoglu a rencontré dimanche à "
                + "Belgrade son homologue syrien Faisal Mekdad, selon un journal. Damas a démenti lundi qu'une telle rencontre ait eu lieu.",
                "2021-10-03");
        assertTrue(TaggerTest.heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
        EnrichedDispatch g = tag("ANKARA, Oct 3 - Turkish Foreign Minister Mevlut Cavusoglu met Syrian Foreign Minister Faisal Mekdad in "
                + "Belgrade on Sunday, a newspaper said. The ministry confirmed the meeting on Monday.", "2021-10-03");
        assertEquals(Set.of(List.of("SYR", "TUR")), TaggerTest.heldMeetings(g));
    }

    @Test
    void aVerbOfTravelWithADayInsideIsStillOne() {
        EnrichedDispatch e = tag("NEW DELHI, 8 juillet - Le Premier ministre indien Narendra Modi s'envole lundi pour Moscou pour des "
                + "entretiens avec Vladimir Poutine.", "2024-07-08");
        assertTrue(TaggerTest.heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        assertEquals(1, events(e, "SUMMIT_PROPOSAL").size(), events(e, "SUMMIT_PROPOSAL").toString());
        EnrichedDispatch f = tag("MOSCOW, July 8 - Indian Prime Minister Narendra Modi arrived on Monday in Moscow for talks with Russian "
                + "President Vladimir Putin.", "2024-07-08");
        assertEquals(Set.of(List.of("IND", "RUS")), TaggerTest.heldMeetings(f));
    }

    @Test
    void aHeadlinesBareObjectIsTheSubjectsOwnPeopleToo() {
        EnrichedDispatch e = tag("Scholz meets security cabinet on Russia\n\nBERLIN, Feb 21 - German Chancellor Olaf Scholz met with his "
                + "security cabinet on Monday to discuss Russia's recognition of the two separatist regions.", "2022-02-21");
        assertTrue(TaggerTest.heldMeetings(e).isEmpty(), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("Blinken meets Chinese counterpart in Munich\n\nMUNICH, Feb 18 - U.S. Secretary of State Antony Blinken met "
                + "Chinese Foreign Minister Wang Yi in Munich on Saturday.", "2023-02-18");
        assertEquals(Set.of(List.of("CHN", "USA")), TaggerTest.heldMeetings(f));
    }
}
