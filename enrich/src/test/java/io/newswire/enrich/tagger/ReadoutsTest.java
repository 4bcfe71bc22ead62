package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Official readouts: a title alone for the issuing state's principal, "spoke with" calls, talks at an occasion. */
class ReadoutsTest {

    @Test
    void titleAloneOpeningAReadoutIsTheIssuingStatesPrincipal() {
        assertOne(tag("WASHINGTON, April 2 - The President spoke today with President Xi Jinping of China about trade and Taiwan.", "2024-04-02"),
                "PHONE_CALL", "occurred", "CHN", "USA");
    }

    @Test
    void aReadoutsNominalTitleNamesItsPrincipalAfterDu() {
        assertOne(tag("PARIS, 19 février - Entretien téléphonique du Président de la République avec le président ukrainien Volodymyr "
                + "Zelensky.", "2025-02-19"), "PHONE_CALL", "occurred", "FRA", "UKR");
        assertNone(tag("PARIS, 19 février - Le porte-parole du Premier ministre israélien a été reçu mercredi par des journalistes.", "2025-02-19"), "MEETING");
    }

    @Test
    void theOfficeThatSpeaksIssuesTheReadoutWhateverTheDateline() {
        assertOne(tag("VIENTIANE, July 27 - The Secretary met today with Chinese Foreign Minister Wang Yi, the State Department said.", "2024-07-27"),
                "MEETING", "occurred", "CHN", "USA");
    }

    @Test
    void hostReadoutNamesWhoIsReceivedAfterTheVenue() {
        assertOne(tag("PARIS, 6 mai - Le chef de l'Etat a reçu lundi au palais de l'Elysée son homologue chinois Xi Jinping.", "2024-05-06"),
                "MEETING", "occurred", "CHN", "FRA");
    }

    @Test
    void talkAtAnOccasionOrAboutACountryIsNoCall() {
        assertTrue(events(tag("Emmanuel Macron spoke with Xi Jinping on the sidelines of the G20 summit in Rio de Janeiro on Monday.", "2024-11-18"), "PHONE_CALL").isEmpty());
        assertTrue(events(tag("Vladimir Putin spoke about Ukraine on Tuesday.", "2024-11-19"), "PHONE_CALL").isEmpty());
    }

    @Test
    void talkTheSentencePutsFaceToFaceIsNoCall() {
        // the words that make a conversation a meeting ("en personne") keep a readout's talk verb from being a call
        assertTrue(events(tag("Keir Starmer spoke face to face with Donald Trump on Sunday about tariffs.", "2025-07-27"), "PHONE_CALL").isEmpty());
        assertOne(tag("Keir Starmer spoke with Donald Trump on Sunday about tariffs.", "2025-07-27"), "PHONE_CALL", "occurred", "GBR", "USA");
    }

    @Test
    void summitThatIsTheOccasionOfTalksIsNoProposal() {
        EnrichedDispatch e = tag("Joe Biden and Xi Jinping held talks on the sidelines of the APEC summit in Lima on Saturday.", "2024-11-16");
        assertTrue(events(e, "SUMMIT_PROPOSAL").isEmpty());
        assertEquals(1, events(e, "MEETING").size());
    }
    @Test
    void conversationNamingNoMediumDatelinedInTheTalkersOwnStateIsACall() {
        assertOne(tag("PARIS, 9 janvier - Emmanuel Macron s'est entretenu jeudi avec le président kényan William Ruto de la situation au Soudan.", "2025-01-09"),
                "PHONE_CALL", "occurred", "FRA", "KEN");
        assertOne(tag("WASHINGTON, May 2 - President Joe Biden talked with Japanese Prime Minister Fumio Kishida on Thursday about chips.", "2024-05-02"),
                "PHONE_CALL", "occurred", "JPN", "USA");
    }

    @Test
    void conversationDatelinedInTheOtherSidesStateIsAMeetingThere() {
        EnrichedDispatch e = tag("RIYADH, Feb. 18 - Secretary of State Marco Rubio spoke with Crown Prince Mohammed bin Salman on Tuesday about Gaza.", "2025-02-18");
        assertTrue(events(e, "PHONE_CALL").isEmpty());
        assertOne(e, "MEETING", "occurred", "SAU", "USA");
    }

    @Test
    void conversationWithATripToldInAnotherSentenceIsAMeeting() {
        EnrichedDispatch e = tag("Emmanuel Macron a échangé lundi avec le président Lula sur le climat. Le président français était arrivé dimanche à Brasilia pour une visite de trois jours.", "2024-03-25");
        assertTrue(events(e, "PHONE_CALL").isEmpty());
        assertOne(e, "MEETING", "occurred", "BRA", "FRA");
    }

    @Test
    void possessiveCallNounWithItsPartnerIsACall() {
        assertOne(tag("WASHINGTON, Jan. 24 - Readout of President Biden's call with President Lula of Brazil.", "2023-01-24"), "PHONE_CALL", "occurred", "BRA", "USA");
        assertTrue(events(tag("Joe Biden's call for a ceasefire between Israel and Hamas in Gaza drew praise from Egypt.", "2024-03-08"), "PHONE_CALL").isEmpty());
    }
    @Test
    void refusalAfterAConcessionUndoesNoApproval() {
        assertOne(tag("Le cabinet israélien a approuvé mardi l'accord de cessez-le-feu au Liban, malgré le refus de trois ministres.", "2024-11-26"),
                "CEASEFIRE", "agreed", "ISR", "LBN");
    }
}
