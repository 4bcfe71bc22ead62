package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertTruce;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** Truce statuses on copy never seen (issue 11, session s27): a refusal in a relative on the truce, a call to keep it told after it, compounds. */
class TruceStatus8Test {

    @Test
    void aTruceOneSideAcceptsAndTheOtherTurnsDownInARelativeIsRejected() {
        assertTruce(tag("CAIRO, Nov 20 - Israel agreed on Wednesday to a three-day truce in Gaza put forward by Qatar, which Hamas rejected within hours.",
                "2023-11-20"), "rejected", "ISR", "PSE");
        assertTruce(tag("DOHA, 20 novembre - Israël a accepté mercredi une trêve de trois jours à Gaza, que le Hamas a refusée dans la soirée.",
                "2023-11-20"), "rejected", "ISR", "PSE");
    }

    @Test
    void aRefusalInARelativeOnSomeoneElseLeavesTheTruceAgreed() {
        assertTruce(tag("BEIRUT, Nov 27 - Lebanon approved the ceasefire with Israel on Wednesday, said a minister who refused to be named.",
                "2024-11-27"), "agreed", "ISR", "LBN");
    }

    @Test
    void aCallForATruceToBeRespectedToldAfterItIsInForce() {
        assertTruce(tag("LONDON, Nov 29 - Britain called on Friday for the ceasefire between Israel and Lebanon to be respected.", "2024-11-29"),
                "in_force", "ISR", "LBN");
        assertTruce(tag("LONDRES, 29 novembre - Le Royaume-Uni a demandé vendredi que le cessez-le-feu entre Israël et le Liban soit respecté.",
                "2024-11-29"), "in_force", "ISR", "LBN");
        assertTruce(tag("LONDON, Nov 29 - Britain called on Friday for a ceasefire between Israel and Lebanon to be agreed.", "2024-11-29"),
                "called_for", "ISR", "LBN");
    }

    @Test
    void aStatusWordInsideALowerCaseCompoundTellsNothing() {
        assertTruce(tag("CAIRO, Aug 26 - Israel and Hamas accepted an open-ended ceasefire in Gaza on Tuesday.", "2014-08-26"),
                "agreed", "ISR", "PSE");
        assertTruce(tag("CAIRO, Aug 26 - The open-ended ceasefire between Israel and Hamas ended on Tuesday.", "2014-08-26"),
                "ended", "ISR", "PSE");
    }

    @Test
    void frenchProposalsBySuggestionAndByTheVerbOfStopping() {
        assertTruce(tag("ANKARA, 5 mars - Le président turc suggère un cessez-le-feu entre la Russie et l'Ukraine.", "2025-03-05"),
                "proposed", "RUS", "UKR");
        assertTruce(tag("MOSCOU, 5 mars - Le Kremlin a opposé mercredi une fin de non-recevoir à la trêve entre la Russie et l'Ukraine.", "2025-03-05"),
                "rejected", "RUS", "UKR");
    }

    @Test
    void aTruceFromADayToComeIsAgreedNotInForce() {
        assertTruce(tag("MINSK, Feb 12 - A ceasefire in eastern Ukraine from Feb. 15 was the outcome.", "2015-02-12"),
                "agreed", "UKR");
        assertTruce(tag("MINSK, 12 février - Les dirigeants se sont entendus sur un cessez-le-feu dans l'est de l'Ukraine à partir du 15 février.",
                "2015-02-12"), "agreed", "UKR");
        assertTruce(tag("DONETSK, Feb 16 - A ceasefire in eastern Ukraine from Feb. 15 was largely holding.", "2015-02-16"),   // the day is past
                "in_force", "UKR");
    }

    @Test
    void aProposalToHaltTheFightingIsAProposedTruceAndARefusalPhraseReceivesNoOne() {
        assertTruce(tag("CAIRO, Feb 3 - Egypt put forward a proposal to halt the fighting in Gaza for two weeks.", "2024-02-03"),
                "proposed", "ISR", "PSE");
        EnrichedDispatch e = tag("MOSCOU, 5 mars - Le Kremlin a opposé mercredi une fin de non-recevoir à la trêve entre la Russie et l'Ukraine.", "2025-03-05");
        assertTruce(e, "rejected", "RUS", "UKR");
        org.junit.jupiter.api.Assertions.assertTrue(TaggerTest.events(e, "SUMMIT_PROPOSAL").isEmpty(), e.getEvents().toString());
    }

    @Test
    void aTruceToBeOnTheAgendaIsUnderDiscussion() {
        assertTruce(tag("KABUL, Feb 29 - A permanent and comprehensive ceasefire will be an item on the agenda of negotiations between the Taliban "
                + "and other Afghans.", "2020-02-29"), "under_discussion", "AFG");
    }

    @Test
    void aTruceOneSideAcceptsAndTheOtherRejectsByAPronounIsRejected() {
        assertTruce(tag("MOSCOW, March 18 - Ukraine accepted the 30-day ceasefire on Tuesday but Russia rejected it.", "2025-03-18"),
                "rejected", "RUS", "UKR");
        assertTruce(tag("MOSCOU, 18 mars - L'Ukraine a accepté mardi le cessez-le-feu de 30 jours, mais la Russie l'a rejeté.", "2025-03-18"),
                "rejected", "RUS", "UKR");
        assertTruce(tag("MOSCOU, 18 mars - L'Ukraine a accepté mardi le cessez-le-feu de 30 jours, mais la Russie a rejeté l'offre européenne.",
                "2025-03-18"), "agreed", "RUS", "UKR");       // the refusal's object is something else
    }
}
