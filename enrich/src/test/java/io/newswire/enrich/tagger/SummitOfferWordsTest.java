package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.SummitStatusTest.assertSummit;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Offers and invitations to meet in new words, and invitations to an occasion that offer no meeting (session s29, en/fr-offer-dev). */
class SummitOfferWordsTest {

    @Test
    void aGuestWelcomeInTheHostsCapitalIsAnOffer() {
        assertSummit(tag("KYIV, May 2 - Volodymyr Zelensky said Donald Trump is welcome in Kyiv at any time.", "2025-05-02"), "offered", "UKR", "USA");
        assertSummit(tag("WASHINGTON, Jan 3 - The White House said Xi Jinping would be welcome at the White House for talks.", "2025-01-03"),
                "offered", "CHN", "USA");
        assertSummit(tag("KIEV, 2 mai - Donald Trump serait le bienvenu à Kiev, a assuré Volodymyr Zelensky.", "2025-05-02"), "offered", "UKR", "USA");
        assertSummit(tag("MOSCOU, 4 septembre - Volodymyr Zelensky est le bienvenu à Moscou, a déclaré jeudi Dmitri Peskov.", "2025-09-04"),
                "offered", "RUS", "UKR");
        assertSummit(tag("KYIV, May 2 - Volodymyr Zelensky said the door was open for Donald Trump to visit Kyiv.", "2025-05-02"), "offered", "UKR", "USA");
    }

    @Test
    void convierIsAnInvitationByTheHost() {
        assertSummit(tag("PARIS, 3 mars - Emmanuel Macron a convié Xi Jinping à Paris pour une visite d'Etat.", "2024-03-03"), "offered", "CHN", "FRA");
        assertSummit(tag("PARIS, 3 mars - Macron convie Xi Jinping à Paris.", "2024-03-03"), "offered", "CHN", "FRA");
    }

    @Test
    void anInvitationToAGroupsSummitOrToAttendAnOccasionOffersNoMeeting() {
        noSummit(tag("TOKYO, May 2 - Japanese Prime Minister Shigeru Ishiba has invited Indian Prime Minister Narendra Modi to the G7 summit.", "2025-05-02"));
        noSummit(tag("OTTAWA, 14 juin - Le Premier ministre Mark Carney a convié Narendra Modi au sommet du G7 à Kananaskis.", "2025-06-14"));
        noSummit(tag("NEW DELHI, May 21 - Narendra Modi has invited Pakistani Prime Minister Nawaz Sharif to attend his swearing-in ceremony.", "2014-05-21"));
        noSummit(tag("PARIS, 2 juin - Emmanuel Macron a invité Donald Trump à assister au défilé du 14-Juillet.", "2017-06-02"));
        assertSummit(tag("WASHINGTON, Jan 3 - Joe Biden invited Xi Jinping to visit Washington.", "2023-01-03"), "offered", "CHN", "USA");
    }

    @Test
    void aCallToVisitTheCallersOwnStateIsAnInvitation() {
        assertSummit(tag("KYIV, April 13 - Volodymyr Zelensky has urged Donald Trump to come to Ukraine before any deal.", "2025-04-13"),
                "offered", "UKR", "USA");
        assertSummit(tag("SEOUL, Feb 10 - South Korean President Moon Jae-in urged Kim Jong Un to visit Seoul.", "2018-02-10"), "offered", "KOR", "PRK");
        assertSummit(tag("KYIV, April 13 - Zelensky has called on Trump to visit Ukraine and see the destruction.", "2025-04-13"), "offered", "UKR", "USA");
        assertSummit(tag("KIEV, 13 avril - Volodymyr Zelensky a exhorté Donald Trump à venir en Ukraine avant tout accord.", "2025-04-13"),
                "offered", "UKR", "USA");
        noSummit(tag("PARIS, 13 avril - Emmanuel Macron a exhorté les Européens à venir en aide à l'Ukraine.", "2025-04-13"));
    }

    @Test
    void aPhraseInsertedAfterTheProposalVerbDoesNotTakeItsObject() {
        EnrichedDispatch fr = tag("ISTANBUL, 23 juillet - Kiev a proposé mercredi, lors de pourparlers avec la Russie à Istanbul, une rencontre entre "
                + "Volodymyr Zelensky et Vladimir Poutine.", "2025-07-23");
        assertTrue(events(fr, "SUMMIT_PROPOSAL").stream().anyMatch(e -> e.getStatus().equals("proposed")), events(fr, "SUMMIT_PROPOSAL").toString());
        EnrichedDispatch en = tag("ISTANBUL, July 23 - Ukraine proposed on Wednesday, during talks with Russia in Istanbul, a summit between "
                + "Volodymyr Zelensky and Vladimir Putin.", "2025-07-23");
        assertTrue(events(en, "SUMMIT_PROPOSAL").stream().anyMatch(e -> e.getStatus().equals("proposed")), events(en, "SUMMIT_PROPOSAL").toString());
    }

    private static void noSummit(EnrichedDispatch e) {
        assertTrue(events(e, "SUMMIT_PROPOSAL").isEmpty(), events(e, "SUMMIT_PROPOSAL").toString());
    }
}
