package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Meetings told by other verbs (issue 11's eighth wave): handshakes, "sat down with", courtesy calls, trips "to meet". */
class MeetingVerbsTest {

    @Test
    void aHandshakeOrASitDownOfTwoLeadersAtAPlaceIsAMeeting() {
        TaggerTest.assertOne(tag("LIMA, Nov 16 - U.S. President Joe Biden and Chinese President Xi Jinping shook hands at a hotel in Lima "
                + "on Saturday.", "2024-11-16"), "MEETING", "occurred", "CHN", "USA");
        TaggerTest.assertOne(tag("NEW DELHI, Sept 9 - Saudi Crown Prince Mohammed bin Salman sat down with Indian Prime Minister Narendra Modi "
                + "in New Delhi on Monday.", "2023-09-11"), "MEETING", "occurred", "IND", "SAU");
        TaggerTest.assertOne(tag("PARIS, 10 février - Le président français Emmanuel Macron a serré la main du Premier ministre indien Narendra Modi "
                + "lundi à l'Elysée.", "2025-02-10"), "MEETING", "occurred", "FRA", "IND");
    }

    @Test
    void aHandshakeWithTheCrowdIsNoMeeting() {
        EnrichedDispatch fans = tag("PARIS, July 14 - French President Emmanuel Macron shook hands with spectators on the Champs-Elysees "
                + "after the military parade on Monday.", "2025-07-14");
        assertNone(fans, "MEETING");
    }

    @Test
    void aTripMadeToMeetIsTheMeetingAndATripToComeAPlan() {
        EnrichedDispatch done = tag("WARSAW, July 2 - German Chancellor Olaf Scholz travelled to Warsaw on Tuesday to meet Polish Prime Minister "
                + "Donald Tusk.", "2024-07-02");
        TaggerTest.assertOne(done, "MEETING", "occurred", "DEU", "POL");
        assertNone(done, "SUMMIT_PROPOSAL");
        EnrichedDispatch fait = tag("BERLIN, 22 novembre - La présidente du Conseil italien Giorgia Meloni s'est rendue mercredi à Berlin pour "
                + "rencontrer le chancelier allemand Olaf Scholz.", "2023-11-22");
        TaggerTest.assertOne(fait, "MEETING", "occurred", "DEU", "ITA");
        assertNone(fait, "SUMMIT_PROPOSAL");
        EnrichedDispatch planned = tag("BERLIN, June 25 - German Chancellor Olaf Scholz will travel to Warsaw next week to meet Polish Prime "
                + "Minister Donald Tusk.", "2024-06-25");
        assertTrue(events(planned, "MEETING").stream().noneMatch(m -> "occurred".equals(m.getStatus())),
                events(planned, "MEETING").toString());
        TaggerTest.assertOne(planned, "SUMMIT_PROPOSAL", "planned", "DEU", "POL");
    }

    @Test
    void aTripJustBegunWhoseMeetingIsStillDueIsAPlanNotAMeetingHeld() {
        for (String text : new String[] {
                "NEW DELHI, Oct 26 - Indian Prime Minister Narendra Modi set out on a two-day visit to Japan, where he is scheduled to meet "
                        + "Prime Minister Shinzo Abe on Monday.",
                "NEW DELHI, Oct 26 - Indian Prime Minister Narendra Modi departed for a two-day trip to Japan, and he is due to hold talks with "
                        + "Prime Minister Shinzo Abe on Monday.",
                "NEW DELHI, 26 octobre - Le Premier ministre indien Narendra Modi a quitté New Delhi vendredi pour une visite de deux jours "
                        + "au Japon, où il doit rencontrer lundi le Premier ministre Shinzo Abe."}) {
            EnrichedDispatch d = tag(text, "2018-10-26");
            assertTrue(events(d, "MEETING").stream().noneMatch(m -> "occurred".equals(m.getStatus())), text + " " + events(d, "MEETING"));
            TaggerTest.assertOne(d, "SUMMIT_PROPOSAL", "planned", "IND", "JPN");
        }
        EnrichedDispatch held = tag("TOKYO, Oct 29 - Indian Prime Minister Narendra Modi left New Delhi on Saturday for a two-day visit to Japan, "
                + "where he held talks with Prime Minister Shinzo Abe on Monday.", "2018-10-29");
        TaggerTest.assertOne(held, "MEETING", "occurred", "IND", "JPN");
    }

    @Test
    void aVerbWhoseParticleFollowsItsObjectIsReadAsTheWholeTrigger() {
        TaggerTest.assertOne(tag("WUHAN, China, April 27 - Chinese President Xi Jinping showed Indian Prime Minister Narendra Modi around a "
                + "provincial museum in Wuhan on Friday.", "2018-04-27"), "MEETING", "occurred", "CHN", "IND");
        TaggerTest.assertOne(tag("PARIS, Dec 9 - French President Emmanuel Macron brought Russia's Vladimir Putin and Ukraine's Volodymyr "
                + "Zelensky together at the Elysee palace on Monday.", "2019-12-09"), "MEETING", "occurred", "FRA", "RUS", "UKR");
        assertNone(tag("TOULOUSE, France, Dec 9 - French President Emmanuel Macron showed reporters around the Airbus assembly plant on "
                + "Monday, together with executives.", "2019-12-09"), "MEETING");
    }

    @Test
    void anElidedQueBeforeANameOpensTheCleftClauseAsQueDoes() {
        TaggerTest.assertOne(tag("VILNIUS, 11 juillet - C'est en marge du sommet de l'Otan qu'Emmanuel Macron et le président turc Recep Tayyip "
                + "Erdogan ont eu mardi un long entretien.", "2023-07-11"), "MEETING", "occurred", "FRA", "TUR");
    }

    @Test
    void aPluralTitleAfterTwoDemonymsNamesTheSides() {
        TaggerTest.assertOne(tag("KATHMANDU, Aug 11 - Indian and Nepali foreign secretaries met in Kathmandu on Sunday.", "2024-08-11"),
                "MEETING", "occurred", "IND", "NPL");
    }

    @Test
    void aPairOfStatesNamedByItsGroupIsTheTwoSidesAndALargerGroupIsNot() {
        TaggerTest.assertOne(tag("SEOUL, June 14 - The two Koreas held military talks at Panmunjom on Thursday, their first in more than a "
                + "decade.", "2018-06-14"), "MEETING", "occurred", "KOR", "PRK");
        TaggerTest.assertOne(tag("SEOUL, 14 juin - Les deux Corées ont tenu jeudi à Panmunjom des pourparlers militaires.", "2018-06-14"),
                "MEETING", "occurred", "KOR", "PRK");
        EnrichedDispatch g7 = tag("HIROSHIMA, May 19 - Group of Seven leaders met in Hiroshima on Friday for a three-day summit.", "2023-05-19");
        assertNone(g7, "MEETING");
    }

    @Test
    void goingToWarIsNoTrip() {
        EnrichedDispatch e = tag("KYIV, Feb 24 - Ukrainian President Volodymyr Zelenskiy said his country went to war with Russia against its "
                + "will.", "2024-02-24");
        assertNone(e, "MEETING");
    }
}
