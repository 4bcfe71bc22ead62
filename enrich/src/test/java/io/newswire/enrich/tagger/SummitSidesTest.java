package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sides of meetings and summits that the third wave of issue 11 found dropped, and the status of talks held. */
class SummitSidesTest {

    @Test
    void whoCallsForAMeetingWithSomeoneIsOneOfItsSides() {
        assertOne(tag("LONDON, May 2 - British Prime Minister Keir Starmer on Tuesday sought a meeting with Chinese President Xi Jinping "
                + "to discuss trade.", "2024-05-02"), "SUMMIT_PROPOSAL", "called_for", "CHN", "GBR");
        assertOne(tag("PARIS, 2 mai - Emmanuel Macron a demandé mardi une rencontre avec le président chinois Xi Jinping.", "2024-05-02"),
                "SUMMIT_PROPOSAL", "called_for", "CHN", "FRA");
    }

    @Test
    void whoUrgesAnotherToMeetIsNoSide() {
        EnrichedDispatch e = tag("WASHINGTON, May 2 - U.S. President Joe Biden urged Israeli Prime Minister Benjamin Netanyahu to meet "
                + "Palestinian President Mahmoud Abbas, officials said.", "2024-05-02");
        assertTrue(events(e, "SUMMIT_PROPOSAL").stream().noneMatch(p -> p.getCountries().contains("USA")), events(e, "SUMMIT_PROPOSAL").toString());
    }

    @Test
    void aSpeakersOwnCountryListedAmongTheLeadersIsASide() {
        assertOne(tag("ANKARA, May 2 - Turkish President Tayyip Erdogan said the leaders of Turkey, Russia and Ukraine could meet in "
                + "Istanbul.", "2024-05-02"), "SUMMIT_PROPOSAL", "proposed", "RUS", "TUR", "UKR");
        assertOne(tag("PARIS, Jan 23 - Putin said the leaders of Russia, the United States and China could meet this year.", "2020-01-23"),
                "SUMMIT_PROPOSAL", "proposed", "CHN", "RUS", "USA");
    }

    @Test
    void talksHeldAndAnAgreementJoinedToThemTookPlace() {
        assertOne(tag("BERN, May 2 - Swiss and Italian officials held talks in Geneva on Tuesday and agreed to share data on border "
                + "crossings.", "2024-05-02"), "MEETING", "occurred", "CHE", "ITA");
        assertOne(tag("PARIS, 2 mai - Les délégations russe et ukrainienne ont tenu mardi des pourparlers à Istanbul et sont convenues "
                + "d'un échange de prisonniers.", "2024-05-02"), "MEETING", "occurred", "RUS", "UKR");
    }

    @Test
    void aSigningInACeremonyHostedByAThirdStateIsAMeetingHeld() {
        EnrichedDispatch e = tag("WASHINGTON, June 27 - The foreign ministers of Rwanda and the Democratic Republic of Congo signed a peace "
                + "agreement at the State Department on Friday, in a ceremony hosted by U.S. Secretary of State Marco Rubio.", "2025-06-27");
        assertOne(e, "MEETING", "occurred", "COD", "RWA", "USA");
        assertNone(e, "SUMMIT_PROPOSAL");
    }

    @Test
    void aVisitCalledOffByAPronounAfterAQuoteIsItsSpeakersSummitRejected() {
        assertOne(tag("COPENHAGEN, Aug 21 - U.S. President Donald Trump on Wednesday criticised Danish Prime Minister Mette Frederiksen for "
                + "calling his idea of buying Greenland absurd. \"You do not talk to the United States that way. She was talking to America,\" "
                + "he told reporters. On Tuesday he had called off his state visit to Denmark, planned for early September.", "2019-08-21"),
                "SUMMIT_PROPOSAL", "rejected", "DNK", "USA");
    }

    @Test
    void theyAfterAnAnaphorStandForEveryoneItStoodFor() {
        EnrichedDispatch e = tag("PARIS, 9 décembre - Vladimir Poutine et Volodymyr Zelensky se sont rencontrés lundi à l'Elysée. Réunis par "
                + "Emmanuel Macron et Angela Merkel, les quatre dirigeants ont parlé de l'est de l'Ukraine. Ils se retrouveront dans quatre mois "
                + "pour un nouveau sommet.", "2019-12-09");
        assertOne(e, "SUMMIT_PROPOSAL", "planned", "DEU", "FRA", "RUS", "UKR");
    }
}
