package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.meetings;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whether a meeting took place, and who met: French meetings missed and their English twins (session s23, meet-occur). */
class MeetingsHeldTest {

    @Test
    void aNounThatFoldsToAStatusParticipleLeavesTheTalksHeld() {
        EnrichedDispatch held = tag("GENÈVE, 26 février - Des pourparlers entre diplomates américains et iraniens sur le programme nucléaire "
                + "de Téhéran se sont tenus jeudi à Genève.", "2026-02-26");
        assertEquals(List.of(List.of("IRN", "USA")), meetings(held, "occurred"));
        EnrichedDispatch planned = tag("PARIS, 3 mars - Une réunion entre les ministres français et allemand des Affaires étrangères est "
                + "programmée jeudi à Berlin.", "2026-03-03");
        assertEquals(List.of(), meetings(planned, "occurred"));
    }

    @Test
    void anOccasionOpeningTheLeadAfterTheDatelineEndsAtItsComma() {
        EnrichedDispatch fr = tag("NEW YORK, 23 septembre - En marge de l'Assemblée générale des Nations unies, Emmanuel Macron s'est "
                + "entretenu lundi avec le président brésilien Luiz Inacio Lula da Silva.", "2025-09-23");
        assertEquals(List.of(List.of("BRA", "FRA")), meetings(fr, "occurred"));
        EnrichedDispatch host = tag("VILNIUS, July 11 - On the sidelines of the summit hosted by Lithuanian President Gitanas Nauseda, "
                + "Canadian Prime Minister Justin Trudeau met Japanese Prime Minister Fumio Kishida on Tuesday.", "2023-07-11");
        assertEquals(List.of(List.of("CAN", "JPN")), meetings(host, "occurred"));
    }

    @Test
    void twoPeoplesByTheirNamesBetweenInTalksHeldAtAPlaceAreTheirDelegations() {
        EnrichedDispatch held = tag("RIYAD, 18 février - Les pourparlers entre Américains et Russes se sont tenus mardi à Riyad, en Arabie "
                + "saoudite.", "2025-02-18");
        assertEquals(List.of(List.of("RUS", "USA")), meetings(held, "occurred"));
        EnrichedDispatch frozen = tag("JERUSALEM, March 3 - Talks between Israelis and Palestinians have been frozen for more than a decade.", "2025-03-03");
        assertEquals(List.of(), meetings(frozen, "occurred"));
    }

    @Test
    void anOrdinalAppositionTakesTheStatusOfTheMeetingItStandsBeside() {
        EnrichedDispatch planned = tag("WASHINGTON, Oct 2 - The White House said on Thursday that Donald Trump would meet Xi Jinping in South Korea "
                + "later this month, their first face-to-face talks since Trump returned to office.", "2025-10-02");
        assertEquals(List.of(), meetings(planned, "occurred"));
        EnrichedDispatch held = tag("BUSAN, Oct 30 - Donald Trump met Xi Jinping at an air base in Busan on Thursday, their first face-to-face talks "
                + "since Trump returned to office.", "2025-10-30");
        assertEquals(List.of(List.of("CHN", "USA")), meetings(held, "occurred"));
    }

    @Test
    void aMeetingNounInAppositionToACallIsTheCall() {
        EnrichedDispatch e = tag("WASHINGTON, March 18 - Joe Biden and Xi Jinping spoke for nearly two hours by video link on Friday, their first "
                + "talks since the start of the war in Ukraine.", "2022-03-18");
        assertEquals(List.of(), meetings(e, "occurred"));
        assertEquals(List.of(List.of("CHN", "USA")), events(e, "PHONE_CALL").stream().map(c -> c.getCountries().stream().sorted().toList()).toList());
    }
}
