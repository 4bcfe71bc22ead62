package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Summit proposals on copy never seen (issue 11, session s25): third-party offers, refusals, conditions and threats. */
class SummitOnUnseenCopyTest {

    /** The one summit proposal of the dispatch, with this status, among whose countries are these sides. */
    private static void assertSummitWith(EnrichedDispatch e, String status, String... sides) {
        List<Event> found = events(e, "SUMMIT_PROPOSAL");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).getCountries().containsAll(List.of(sides)), found.toString());
        assertEquals(status, found.get(0).getStatus(), found.toString());
    }

    @Test
    void aThirdStatesOfferToHostAMeetingThatWouldBringTwoLeadersTogetherIsAnOffer() {
        assertSummitWith(tag("ANKARA, Sept 21 - Turkish President Tayyip Erdogan said on Wednesday that Turkey was ready to host a summit "
                + "that would bring together Vladimir Putin and Volodymyr Zelensky.", "2022-09-21"), "offered", "RUS", "UKR");
        assertSummitWith(tag("ANKARA, 21 septembre - Le président turc Recep Tayyip Erdogan s'est dit prêt mercredi à accueillir un sommet "
                + "qui réunirait Vladimir Poutine et Volodymyr Zelensky.", "2022-09-21"), "offered", "RUS", "UKR");
    }

    @Test
    void noInterestInASummitIsARefusal() {
        TaggerTest.assertOne(tag("PYONGYANG, Feb 15 - North Korea has no interest in a summit with South Korean President Yoon Suk Yeol, "
                + "state media said on Thursday.", "2024-02-15"), "SUMMIT_PROPOSAL", "rejected", "KOR", "PRK");
        TaggerTest.assertOne(tag("PYONGYANG, 15 février - La Corée du Nord n'a aucun intérêt pour un sommet avec le président sud-coréen "
                + "Yoon Suk Yeol, a rapporté jeudi l'agence officielle.", "2024-02-15"), "SUMMIT_PROPOSAL", "rejected", "KOR", "PRK");
    }

    @Test
    void anIfAfterAThreatIsTheThreatsNotTheSummits() {
        TaggerTest.assertOne(tag("WASHINGTON, Aug 14 - U.S. President Donald Trump said he would meet Russian President Vladimir Putin on "
                + "Friday, and threatened severe consequences if Russia kept bombing Ukrainian cities.", "2025-08-14"),
                "SUMMIT_PROPOSAL", "planned", "RUS", "USA");
        TaggerTest.assertOne(tag("WASHINGTON, 14 août - Le président américain Donald Trump a dit qu'il rencontrerait vendredi le président russe "
                + "Vladimir Poutine, et a promis des conséquences sévères si la Russie continuait de bombarder les villes ukrainiennes.", "2025-08-14"),
                "SUMMIT_PROPOSAL", "planned", "RUS", "USA");
        // the look-alike: a condition on the meeting itself keeps it conditional
        TaggerTest.assertOne(tag("KYIV, Feb 14 - Ukrainian President Volodymyr Zelensky said he would meet Russian President Vladimir Putin "
                + "only if Kyiv and Washington first agreed on a common plan.", "2025-02-14"), "SUMMIT_PROPOSAL", "conditional", "RUS", "UKR");
    }

    @Test
    void aSummitToBeHeldInTheCountryOfOneOfItsSidesIsPlanned() {
        TaggerTest.assertOne(tag("WASHINGTON, 12 août - Le sommet entre Donald Trump et Vladimir Poutine aura lieu vendredi à Anchorage, "
                + "a annoncé la Maison Blanche.", "2025-08-12"), "SUMMIT_PROPOSAL", "planned", "RUS", "USA");
        TaggerTest.assertOne(tag("WASHINGTON, Aug 12 - The summit between Donald Trump and Vladimir Putin is to be held on Friday in Anchorage, "
                + "the White House said.", "2025-08-12"), "SUMMIT_PROPOSAL", "planned", "RUS", "USA");
    }

    @Test
    void aHostWhoSaysTheOtherCanComeInvitesHim() {
        TaggerTest.assertOne(tag("VLADIVOSTOK, Sept 5 - Russian President Vladimir Putin said on Friday that Volodymyr Zelensky could come "
                + "to Moscow if he wanted to talk.", "2025-09-05"), "SUMMIT_PROPOSAL", "offered", "RUS", "UKR");
        TaggerTest.assertOne(tag("VLADIVOSTOK, 5 septembre - Vladimir Poutine a déclaré vendredi que Volodymyr Zelensky peut venir à Moscou "
                + "quand il le souhaite.", "2025-09-05"), "SUMMIT_PROPOSAL", "offered", "RUS", "UKR");
        // the look-alikes: a visit announced is planned; a war that came to an end is no visit
        TaggerTest.assertOne(tag("MOSCOW, March 17 - Chinese President Xi Jinping will come to Moscow next week, the Kremlin said on Friday.",
                "2023-03-17"), "SUMMIT_PROPOSAL", "planned", "CHN", "RUS");
        assertTrue(events(tag("ASMARA, July 9 - Eritrean President Isaias Afwerki said the war with Ethiopia had come to an end.",
                "2018-07-09"), "SUMMIT_PROPOSAL").isEmpty());
    }

    @Test
    void aReceptionToComeIsPlannedEvenAfterAPhraseOfTime() {
        TaggerTest.assertOne(tag("KYIV, Aug 15 - Zelensky's office spoke hours before U.S. President Donald Trump was due to receive Russian "
                + "President Vladimir Putin in Alaska.", "2025-08-15"), "SUMMIT_PROPOSAL", "planned", "RUS", "USA");
        TaggerTest.assertOne(tag("LONDON, March 1 - British Prime Minister Keir Starmer will receive Ukrainian President Volodymyr Zelensky "
                + "on Saturday.", "2025-03-01"), "SUMMIT_PROPOSAL", "planned", "GBR", "UKR");
    }

    @Test
    void theNounAnnonceIsNoAnnouncedAgreement() {
        TaggerTest.assertOne(tag("KIEV, 15 août - L'annonce est intervenue quelques heures avant la rencontre prévue entre Donald Trump et le "
                + "président russe Vladimir Poutine en Alaska.", "2025-08-15"), "SUMMIT_PROPOSAL", "planned", "RUS", "USA");
    }

    @Test
    void aVerbInARelativeClauseOnASummitTellsThatSummit() {
        assertSummitWith(tag("ANKARA, Sept 21 - Turkey is ready to host a summit that would bring Armenia and Azerbaijan together, "
                + "President Tayyip Erdogan said on Wednesday.", "2022-09-21"), "offered", "ARM", "AZE");
        // the look-alike: the delegations' talks a relative tells on a round of talks are no summit
        assertTrue(events(tag("ANKARA, Sept 21 - Turkey is ready to host a round of talks that would bring Armenian and Azerbaijani "
                + "diplomats together, Foreign Minister Mevlut Cavusoglu said on Wednesday.", "2022-09-21"), "SUMMIT_PROPOSAL").isEmpty());
    }

    @Test
    void theForumWhereASideSpeaksHostsNothing() {
        TaggerTest.assertOne(tag("JERUSALEM, Jan 23 - Russian President Vladimir Putin proposed on Thursday a summit with U.S. President "
                + "Donald Trump, at a forum in Jerusalem.", "2020-01-23"), "SUMMIT_PROPOSAL", "proposed", "RUS", "USA");
        TaggerTest.assertOne(tag("JÉRUSALEM, 23 janvier - Le président russe Vladimir Poutine a proposé jeudi un sommet au président américain "
                + "Donald Trump, lors d'un forum à Jérusalem.", "2020-01-23"), "SUMMIT_PROPOSAL", "proposed", "RUS", "USA");
    }

    @Test
    void anOfferToHostAMeetingOfTwoStatesPresidentsIsASummitOffered() {
        TaggerTest.assertOne(tag("ANKARA, March 10 - Turkey would be glad to host a meeting between the Russian and Ukrainian presidents, "
                + "the Turkish presidency said on Thursday.", "2022-03-10"), "SUMMIT_PROPOSAL", "offered", "RUS", "TUR", "UKR");
        // the look-alike: talks between two states, their delegations, are no summit
        assertTrue(events(tag("ANKARA, March 10 - Turkey would be glad to host talks between Russia and Ukraine, the Turkish presidency "
                + "said on Thursday.", "2022-03-10"), "SUMMIT_PROPOSAL").isEmpty());
    }

    @Test
    void aProposalHoldsThePlanOfTheClauseItOpens() {
        TaggerTest.assertOne(tag("ANCHORAGE, 15 août - Vladimir Poutine a proposé vendredi au président américain Donald Trump que leur "
                + "prochain sommet ait lieu à Moscou.", "2025-08-15"), "SUMMIT_PROPOSAL", "proposed", "RUS", "USA");
        // the look-alike: a speaker who says the plan tells a plan
        TaggerTest.assertOne(tag("MOSCOU, 15 août - Vladimir Poutine a déclaré vendredi que son prochain sommet avec Donald Trump "
                + "aurait lieu à Moscou.", "2025-08-15"), "SUMMIT_PROPOSAL", "planned", "RUS", "USA");
    }

    @Test
    void aSideWhoWillWaitForTheOtherOffersToMeet() {
        assertSummitWith(tag("KYIV, May 11 - Ukrainian President Volodymyr Zelensky said he would be waiting for Russian President Vladimir "
                + "Putin in Turkey on Thursday for face-to-face talks.", "2025-05-11"), "offered", "RUS", "UKR");
    }
}
