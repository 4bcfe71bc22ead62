package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.meetings;
import static io.newswire.enrich.tagger.TaggerTest.sides;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where talks are held: the venue's own state named as a side, a trip to a city that is no capital (session s27, places2). */
class MeetingPlacesTest {

    @Test
    void theVenuesStateNamedAfterBetweenIsASide() {
        EnrichedDispatch fr = tag("MOSCOU, 14 mars - Des négociations ont eu lieu lundi à Moscou entre la Russie et l'Ukraine, "
                + "a indiqué le Kremlin.", "2022-03-14");
        assertEquals(List.of(List.of("RUS", "UKR")), meetings(fr, "occurred"));
        EnrichedDispatch au = tag("LE CAIRE, 3 janvier - Des discussions ont eu lieu mardi au Caire entre l'Egypte et le Soudan, "
                + "selon le ministère égyptien.", "2023-01-03");
        assertEquals(List.of(List.of("EGY", "SDN")), meetings(au, "occurred"));
        EnrichedDispatch en = tag("RIYADH, Feb 18 - Talks were held in Riyadh on Tuesday between Saudi Arabia and Iraq, "
                + "the Saudi foreign ministry said.", "2025-02-18");
        assertEquals(List.of(List.of("IRQ", "SAU")), meetings(en, "occurred"));
        // look-alike: "in Cairo ... between" that names no talks
        EnrichedDispatch clashes = tag("CAIRO, Jan 25 - Fighting broke out in Cairo on Friday between Egyptian police and protesters.", "2013-01-25");
        assertEquals(List.of(), meetings(clashes, "occurred"));
    }

    @Test
    void aTripToACityThatIsNoCapitalForTalksWithAHostIsAMeeting() {
        EnrichedDispatch en = tag("TOKYO, May 6 - Japanese Prime Minister Shinzo Abe travelled to Sochi on Friday for talks with "
                + "Russian President Vladimir Putin.", "2016-05-06");
        assertEquals(List.of(List.of("JPN", "RUS")), meetings(en, "occurred"));
        EnrichedDispatch fr = tag("PARIS, 19 août - Le président russe Vladimir Poutine s'est rendu lundi à Brégançon pour des "
                + "entretiens avec Emmanuel Macron.", "2019-08-19");
        assertEquals(List.of(List.of("FRA", "RUS")), meetings(fr, "occurred"));
        // a third state's capital is only the venue
        EnrichedDispatch third = tag("ROME, Dec 15 - Israeli Prime Minister Benjamin Netanyahu flew to Rome on Monday for talks with "
                + "U.S. Secretary of State John Kerry.", "2014-12-15");
        assertEquals(List.of(List.of("ISR", "USA")), meetings(third, "occurred"));
        EnrichedDispatch vienne = tag("VIENNE, 14 juillet - Le secrétaire d'Etat américain John Kerry s'est rendu lundi à Vienne pour des "
                + "entretiens avec le ministre iranien des Affaires étrangères Mohammad Javad Zarif.", "2015-07-14");
        assertEquals(List.of(List.of("IRN", "USA")), meetings(vienne, "occurred"));
        // look-alike: a trip with no counterpart met
        EnrichedDispatch alone = tag("MOSCOW, Sept 1 - Russian President Vladimir Putin travelled to Kaliningrad on Friday "
                + "to meet schoolchildren.", "2023-09-01");
        assertTrue(meetings(alone, "occurred").isEmpty());
        // look-alike: a trip still to come is no meeting held, a leaders' summit planned
        EnrichedDispatch planned = tag("ANKARA, Sept 28 - Turkish President Tayyip Erdogan will travel to Sochi on Wednesday for talks "
                + "with Russian President Vladimir Putin.", "2021-09-28");
        assertTrue(meetings(planned, "occurred").isEmpty());
        EnrichedDispatch prevu = tag("TOKYO, 5 mai - Le Premier ministre japonais Shinzo Abe se rendra vendredi à Sotchi pour des entretiens "
                + "avec Vladimir Poutine.", "2016-05-05");
        assertEquals(List.of(List.of("JPN", "RUS")), sides(prevu, "SUMMIT_PROPOSAL", "planned"));
    }

    @Test
    void aConversationAtARetreatThatIsNoCapitalIsInPerson() {
        EnrichedDispatch camp = tag("WASHINGTON, 27 septembre - Vladimir Poutine et George W. Bush se sont entretenus samedi à Camp David.", "2003-09-27");
        assertEquals(List.of(List.of("RUS", "USA")), meetings(camp, "occurred"));
        EnrichedDispatch india = tag("NEW DELHI, 12 octobre - Narendra Modi et Xi Jinping se sont entretenus samedi à Mamallapuram.", "2019-10-12");
        assertEquals(List.of(List.of("CHN", "IND")), meetings(india, "occurred"));
    }
}
