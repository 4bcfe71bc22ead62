package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.meetings;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Meetings of more than two sides: hosts, attendees and one summit told in two sentences (session s26, meet-host). */
class MeetingHostsTest {

    @Test
    void whoHostsOrAttendsTheSummitTheyMetAtTakesPart() {
        EnrichedDispatch en = tag("ISTANBUL, Oct 27 - Russian President Vladimir Putin and German Chancellor Angela Merkel met in Istanbul "
                + "on Saturday at a summit on Syria hosted by Turkish President Tayyip Erdogan and attended by French President Emmanuel Macron.", "2018-10-27");
        assertEquals(List.of(List.of("DEU", "FRA", "RUS", "TUR")), meetings(en, "occurred"));
        EnrichedDispatch fr = tag("ISTANBUL, 27 octobre - Vladimir Poutine et Angela Merkel se sont rencontrés samedi à Istanbul, lors d'un "
                + "sommet sur la Syrie organisé par Recep Tayyip Erdogan en présence d'Emmanuel Macron.", "2018-10-27");
        assertEquals(List.of(List.of("DEU", "FRA", "RUS", "TUR")), meetings(fr, "occurred"));
    }

    @Test
    void aBilateralOnTheSidelinesOfAHostedSummitKeepsItsTwoSides() {
        EnrichedDispatch en = tag("ISTANBUL, Oct 27 - Russian President Vladimir Putin and German Chancellor Angela Merkel held talks in Istanbul "
                + "on Saturday on the sidelines of a summit on Syria hosted by Turkish President Tayyip Erdogan.", "2018-10-27");
        assertEquals(List.of(List.of("DEU", "RUS")), meetings(en, "occurred"));
    }

    @Test
    void oneSummitToldInTwoSentencesIsOneMeeting() {
        EnrichedDispatch en = tag("SOCHI, Nov 22 - Iranian President Hassan Rouhani and Turkish President Tayyip Erdogan met in Sochi on "
                + "Wednesday for a summit on the war.\n\nHosted by Russian President Vladimir Putin, the three leaders pledged to keep "
                + "working together.", "2017-11-22");
        assertEquals(List.of(List.of("IRN", "RUS", "TUR")), meetings(en, "occurred"));
        EnrichedDispatch fr = tag("SOTCHI, 22 novembre - Hassan Rohani et Recep Tayyip Erdogan se sont rencontrés mercredi à Sotchi, lors "
                + "d'un sommet consacré à la guerre.\n\nReçus par Vladimir Poutine, les trois dirigeants se sont engagés "
                + "à poursuivre leur coopération.", "2017-11-22");
        assertEquals(List.of(List.of("IRN", "RUS", "TUR")), meetings(fr, "occurred"));
    }

    @Test
    void statesThatUrgeOneStatesArmedSidesAtTheirTalksMeetNoOne() {
        EnrichedDispatch en = tag("JEDDAH, May 20 - Saudi Arabia and the United States urged Sudan's army and the Rapid Support Forces on "
                + "Saturday to respect a week-long truce, at the close of talks in Jeddah.", "2023-05-20");
        assertEquals(List.of(), meetings(en, "occurred"));
        EnrichedDispatch fr = tag("DJEDDAH, 20 mai - L'Arabie saoudite et les Etats-Unis ont appelé samedi l'armée soudanaise et les Forces "
                + "de soutien rapide à respecter une trêve d'une semaine, à la clôture de pourparlers à Djeddah.", "2023-05-20");
        assertEquals(List.of(), meetings(fr, "occurred"));
        // look-alike: the state that urges held the talks itself, with another state's delegation
        EnrichedDispatch own = tag("JEDDAH, March 11 - U.S. Secretary of State Marco Rubio urged Russia on Tuesday to accept a 30-day truce, "
                + "at the close of talks in Jeddah with a Ukrainian delegation.", "2025-03-11");
        assertTrue(meetings(own, "occurred").stream().anyMatch(m -> m.containsAll(List.of("UKR", "USA"))));
    }

    @Test
    void talksAMediatorHeldFromHisOwnCapitalAreNoMeeting() {
        EnrichedDispatch en = tag("WASHINGTON, Nov 7 - Egypt and Ethiopia agreed to resume negotiations on the Nile dam after talks in which "
                + "U.S. Treasury Secretary Steven Mnuchin engaged with officials of both countries, the Treasury said on Thursday.", "2019-11-07");
        assertEquals(List.of(), meetings(en, "occurred"));
        EnrichedDispatch fr = tag("DOHA, 24 juin - L'Iran a accepté la trêve après des discussions au cours desquelles l'émir du Qatar a "
                + "échangé avec des responsables iraniens, selon une source informée.", "2025-06-24");
        assertEquals(List.of(), meetings(fr, "occurred"));
        // look-alike: talks placed in the mediator's capital, with the guests there
        EnrichedDispatch placed = tag("WASHINGTON, Nov 6 - Egyptian Foreign Minister Sameh Shoukry and Ethiopian Foreign Minister Gedu "
                + "Andargachew held talks in Washington on Wednesday, hosted by U.S. Treasury Secretary Steven Mnuchin.", "2019-11-06");
        assertTrue(meetings(placed, "occurred").stream().anyMatch(m -> m.containsAll(List.of("EGY", "ETH"))));
    }

    @Test
    void anOfficialUnderWhoseAuspicesTalksAreHeldAtHomeTakesPart() {
        EnrichedDispatch home = tag("MOSCOU, 26 novembre - Les ministres des Affaires étrangères arménien et azerbaïdjanais ont tenu des "
                + "pourparlers vendredi à Moscou, sous l'égide de Sergueï Lavrov.", "2021-11-26");
        assertEquals(List.of(List.of("ARM", "AZE", "RUS")), meetings(home, "occurred"));
        // look-alike: the auspices of an international official, in a capital not his state's
        EnrichedDispatch eu = tag("BRUXELLES, 14 mai - Les ministres des Affaires étrangères arménien et azerbaïdjanais ont tenu des "
                + "pourparlers dimanche à Bruxelles, sous l'égide de Charles Michel.", "2023-05-14");
        assertEquals(List.of(List.of("ARM", "AZE")), meetings(eu, "occurred"));
        EnrichedDispatch witness = tag("WASHINGTON, 13 juillet - Les ministres des Affaires étrangères arménien et azerbaïdjanais ont signé "
                + "jeudi une déclaration au département d'Etat, en présence du secrétaire d'Etat américain Antony Blinken.", "2023-07-13");
        assertEquals(List.of(List.of("ARM", "AZE", "USA")), meetings(witness, "occurred"));
    }

    @Test
    void aSecondSideNamedByATwoWordTitleAndItsDemonymStaysInTheSubject() {
        EnrichedDispatch fr = tag("PUTRAJAYA, 28 juillet - Le Premier ministre thaïlandais Phumtham Wechayachai et le Premier ministre "
                + "cambodgien Hun Manet ont signé lundi une déclaration, à l'issue de discussions à Putrajaya organisées par Anwar Ibrahim.", "2025-07-28");
        assertTrue(meetings(fr, "occurred").stream().anyMatch(m -> m.containsAll(List.of("KHM", "MYS", "THA"))));
    }

    @Test
    void theSummitTheyMetAtIsNoSummitToCome() {
        EnrichedDispatch fr = tag("MINSK, 26 août - Vladimir Poutine et Petro Porochenko se sont rencontrés mardi à Minsk, lors d'un sommet "
                + "conclu dans la nuit par une déclaration commune.", "2014-08-26");
        assertEquals(List.of(List.of("RUS", "UKR")), meetings(fr, "occurred"));
        assertNone(fr, "SUMMIT_PROPOSAL");
    }
}
