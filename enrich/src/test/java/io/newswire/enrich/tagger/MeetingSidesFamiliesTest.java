package io.newswire.enrich.tagger;

import io.newswire.schemas.ActorTag;
import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.countries;
import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.heldByDate;
import static io.newswire.enrich.tagger.TaggerTest.set;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who takes part in a meeting (issue 11, the meetsides sets): an earlier meeting's owners, a bare title's actor, an elided state name. */
class MeetingSidesFamiliesTest {

    @Test
    void anEarlierMeetingOwnedByTheirIsBothSidesNotTheSubjectAlone() {
        EnrichedDispatch e = tag("HIROSHIMA, May 18 - U.S. President Joe Biden met Japanese Prime Minister Fumio Kishida in Hiroshima on "
                + "Thursday, four months after their talks at the White House in January.", "2023-05-18");
        assertEquals(Map.of(LocalDate.of(2023, 5, 18), List.of("JPN", "USA"), LocalDate.of(2023, 1, 1), List.of("JPN", "USA")), heldByDate(e));
        EnrichedDispatch f = tag("BERLIN, 22 janvier - Olaf Scholz a reçu lundi Emmanuel Macron à Berlin, trois mois après leur rencontre "
                + "à Hambourg en octobre.", "2024-01-22");
        assertEquals(List.of("DEU", "FRA"), heldByDate(f).get(LocalDate.of(2023, 10, 1)), heldByDate(f).toString());
    }

    @Test
    void thePlaceNamedWithAnOwnedEarlierMeetingIsItsVenueNotASide() {
        EnrichedDispatch e = tag("SOTCHI, 5 août - Vladimir Poutine a reçu vendredi Recep Tayyip Erdogan à Sotchi, deux semaines après leur "
                + "entretien de Téhéran.", "2022-08-05");
        assertEquals(List.of(List.of("RUS", "TUR"), List.of("RUS", "TUR")), List.copyOf(heldByDate(e).values()), heldByDate(e).toString());
        EnrichedDispatch f = tag("SOTCHI, 4 septembre - Recep Tayyip Erdogan a rencontré lundi Vladimir Poutine à Sotchi, près d'un an "
                + "après leur entretien d'Astana en octobre 2022.", "2023-09-04");
        assertEquals(List.of("RUS", "TUR"), heldByDate(f).get(LocalDate.of(2022, 10, 1)), heldByDate(f).toString());
    }

    @Test
    void theirBeforeAnythingButAMeetingAddsNone() {
        EnrichedDispatch e = tag("HIROSHIMA, May 18 - U.S. President Joe Biden met Japanese Prime Minister Fumio Kishida in Hiroshima on "
                + "Thursday, four months after their governments tightened curbs on chip exports.", "2023-05-18");
        assertOne(e, "MEETING", "occurred", "JPN", "USA");
    }

    @Test
    void aFullDateInAnEarlierMeetingsPhraseIsThatMeetingsOwn() {
        EnrichedDispatch e = tag("SEOUL, June 30 - U.S. President Donald Trump met North Korean leader Kim Jong Un at the border on Sunday, "
                + "four months after their summit in Hanoi on Feb. 28.", "2019-06-30");
        assertEquals(Map.of(LocalDate.of(2019, 6, 30), List.of("PRK", "USA"), LocalDate.of(2019, 2, 28), List.of("PRK", "USA")), heldByDate(e));
        EnrichedDispatch f = tag("ISTANBUL, 16 mai - Les délégations russe et ukrainienne se sont rencontrées le 16 mai à Istanbul, pour leurs "
                + "premières discussions directes depuis mars 2022.", "2025-05-16");
        assertEquals(Map.of(LocalDate.of(2025, 5, 16), List.of("RUS", "UKR")), heldByDate(f));
    }

    @Test
    void aBareSecretaryBeforeASurnameNamesTheActor() {
        EnrichedDispatch e = tag("TOKYO, July 28 - Secretary Blinken met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Sunday.", "2024-07-28");
        assertTrue(e.getActors().stream().map(ActorTag::getName).toList().contains("Antony Blinken"), e.getActors().toString());
        assertOne(e, "MEETING", "occurred", "JPN", "USA");
    }

    @Test
    void anOpeningOccasionAfterTheDatelineEndsWhereItsSubjectStarts() {
        EnrichedDispatch e = tag("NEW YORK, Sept 19 - On the sidelines of the U.N. General Assembly Turkish President Tayyip Erdogan met "
                + "Israeli Prime Minister Benjamin Netanyahu on Tuesday.", "2023-09-19");
        assertOne(e, "MEETING", "occurred", "ISR", "TUR");
        EnrichedDispatch f = tag("NEW YORK, Sept 19 - On the sidelines of the U.N. General Assembly, Turkish President Tayyip Erdogan met "
                + "Israeli Prime Minister Benjamin Netanyahu on Tuesday.", "2023-09-19");
        assertOne(f, "MEETING", "occurred", "ISR", "TUR");
    }

    @Test
    void talksHeldInAnotherStatesCapitalAreHeldWithIt() {
        EnrichedDispatch e = tag("KYIV, Feb 20 - U.S. special envoy Keith Kellogg held talks in Kyiv on Thursday.", "2025-02-20");
        assertOne(e, "MEETING", "occurred", "UKR", "USA");
        EnrichedDispatch f = tag("BRUSSELS, April 4 - U.S. Secretary of State Antony Blinken held talks in Brussels with his NATO counterparts "
                + "on Thursday.", "2024-04-04");
        assertNone(f, "MEETING");
    }

    @Test
    void anElidedStateNameIsAState() {
        EnrichedDispatch e = tag("PYONGYANG, Sept 18 - The leaders of North and South Korea met in Pyongyang on Tuesday for their third "
                + "summit this year.", "2018-09-18");
        assertTrue(countries(e).containsAll(set("KOR", "PRK")), countries(e).toString());
        assertEquals(List.of("KOR", "PRK"), heldByDate(e).get(LocalDate.of(2018, 9, 18)), heldByDate(e).toString());
        EnrichedDispatch f = tag("SEOUL, Nov 22 - Tension between North and South Korea rose on Wednesday.", "2023-11-22");
        assertEquals(set("KOR", "PRK"), countries(f));
        assertNone(f, "MEETING");
    }

    @Test
    void anElidedDemonymNamesBothStatesAndATruceVillageIsAPlace() {
        EnrichedDispatch e = tag("PANMUNJOM, Jan 9 - North and South Korean officials met at the truce village of Panmunjom on Tuesday.", "2018-01-09");
        assertOne(e, "MEETING", "occurred", "KOR", "PRK");
        assertNone(e, "CEASEFIRE");
    }

    @Test
    void aStatesShortNameBeforeTheOfficialsNounNamesItsOfficialsAsADemonymDoes() {
        EnrichedDispatch e = tag("RIYADH, Feb 18 - Russian and U.S. officials met in Riyadh on Tuesday for their first talks on ending "
                + "the war in Ukraine.", "2025-02-18");
        assertTrue(heldByDate(e).get(LocalDate.of(2025, 2, 18)).containsAll(List.of("RUS", "USA")), heldByDate(e).toString());
        assertTrue(!heldByDate(e).get(LocalDate.of(2025, 2, 18)).contains("UKR"), heldByDate(e).toString());
        EnrichedDispatch f = tag("JEDDAH, March 11 - Ukrainian and U.S. negotiators held talks in the Saudi city of Jeddah on Tuesday.", "2025-03-11");
        assertTrue(heldByDate(f).get(LocalDate.of(2025, 3, 11)).containsAll(List.of("UKR", "USA")), heldByDate(f).toString());
        EnrichedDispatch g = tag("GENEVE, 10 janvier - Des responsables russes et américains se sont réunis lundi à Genève.", "2022-01-10");
        assertOne(g, "MEETING", "occurred", "RUS", "USA");
    }

    @Test
    void officialsOfTwoStatesWhoOnlySpeakOrOfficialsOfOneStateMeetNoOne() {
        assertNone(tag("KYIV, Feb 26 - Ukrainian and U.S. officials said on Wednesday that they had agreed the terms of a minerals deal.", "2025-02-26"), "MEETING");
        assertNone(tag("KYIV, Feb 26 - Ukrainian and U.S. officials met reporters in Kyiv on Wednesday.", "2025-02-26"), "MEETING");
        assertNone(tag("WASHINGTON, Feb 26 - Senior U.S. officials met at the White House on Wednesday.", "2025-02-26"), "MEETING");
    }
}
