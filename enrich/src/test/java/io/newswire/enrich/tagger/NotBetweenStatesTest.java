package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calls and meetings that are not between states (session s27, the things2 sets): one's own envoy posted abroad, a thing received. */
class NotBetweenStatesTest {

    @Test
    void onesOwnEnvoyPostedAbroadIsNoSideOfTheStateHeServes() {
        for (String text : List.of(
                "WASHINGTON, March 2 - Secretary of State Antony Blinken spoke on Thursday with U.S. Ambassador to Russia Lynne Tracy.",
                "TOKYO, Oct 4 - Japanese Foreign Minister Yoko Kamikawa met Koji Tomita, Japan's ambassador to the United States, in "
                        + "Tokyo on Wednesday.")) {
            EnrichedDispatch e = tag(text, "2023-10-04");
            assertTrue(events(e, "PHONE_CALL").isEmpty(), text + " -> " + events(e, "PHONE_CALL"));
            assertTrue(TaggerTest.heldMeetings(e).isEmpty(), text + " -> " + events(e, "MEETING"));
        }
    }

    @Test
    void anotherStatesEnvoyMeetsTheHost() {
        EnrichedDispatch e = tag("MOSCOW, Feb 3 - Russian Foreign Minister Sergei Lavrov met U.S. Ambassador to Russia Lynne Tracy on "
                + "Friday.", "2023-02-03");
        assertEquals(Set.of(List.of("RUS", "USA")), TaggerTest.heldMeetings(e));
        EnrichedDispatch f = tag("KYIV, Feb 20 - U.S. President Joe Biden met Ukrainian President Volodymyr Zelenskiy in Kyiv on Monday, "
                + "accompanied by U.S. Ambassador to Ukraine Bridget Brink.", "2023-02-20");
        assertEquals(Set.of(List.of("UKR", "USA")), TaggerTest.heldMeetings(f));
    }

    @Test
    void aThingReceivedAfterAnArticleMeetsNoOne() {
        for (String text : List.of(
                "Vladimir Poutine a reçu une lettre de Donald Trump.",
                "SEOUL, 5 mars - Le président sud-coréen Moon Jae-in a reçu mardi un message du dirigeant nord-coréen Kim Jong Un.",
                "EREVAN, 6 janvier - Le Premier ministre arménien Nikol Pachinian a reçu un appel à l'aide du président kazakh "
                        + "Kassym-Jomart Tokaïev.")) {
            EnrichedDispatch e = tag(text, "2022-01-06");
            assertTrue(TaggerTest.heldMeetings(e).isEmpty(), text + " -> " + events(e, "MEETING"));
            assertTrue(events(e, "PHONE_CALL").isEmpty(), text + " -> " + events(e, "PHONE_CALL"));
        }
    }

    @Test
    void anArticleBeforeAnOfficialOrAVisitorStillMeetsHim() {
        EnrichedDispatch e = tag("MOSCOU, 3 mars - Vladimir Poutine a reçu mardi un haut responsable américain au Kremlin.", "2023-03-03");
        assertEquals(Set.of(List.of("RUS", "USA")), TaggerTest.heldMeetings(e));
        EnrichedDispatch f = tag("WASHINGTON, 1er juin - Le président américain Donald Trump a reçu vendredi à la Maison Blanche l'émissaire "
                + "nord-coréen Kim Yong Chol, qui lui a remis une lettre de Kim Jong Un.", "2018-06-01");
        assertEquals(Set.of(List.of("PRK", "USA")), TaggerTest.heldMeetings(f));
        EnrichedDispatch g = tag("EREVAN, 6 janvier - Nikol Pachinian a reçu un appel de Kassym-Jomart Tokaïev.", "2022-01-06");
        assertEquals(1, events(g, "PHONE_CALL").size(), events(g, "PHONE_CALL").toString());
    }
    @Test
    void aPrivatePersonClaimingToRepresentAStateIsNoSideOfIt() {
        for (String text : List.of(
                "WASHINGTON, Oct 4 - Rudy Giuliani, purporting to represent the State Department, met Andriy Yermak, an aide to "
                        + "Ukrainian President Volodymyr Zelenskiy, in Madrid on Aug. 2.",
                "WASHINGTON, 4 octobre - Rudy Giuliani, prétendant représenter le département d'Etat, a rencontré à Madrid Andriï "
                        + "Iermak, conseiller du président ukrainien Volodymyr Zelensky.")) {
            EnrichedDispatch e = tag(text, "2019-10-04");
            assertTrue(TaggerTest.heldMeetings(e).isEmpty(), text + " -> " + events(e, "MEETING"));
        }
        EnrichedDispatch f = tag("KYIV, July 26 - Kurt Volker, the U.S. special envoy for Ukraine negotiations, met Ukrainian President "
                + "Volodymyr Zelenskiy in Kyiv on Friday.", "2019-07-26");
        assertEquals(Set.of(List.of("UKR", "USA")), TaggerTest.heldMeetings(f));
    }
}
