package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statuses told in forms no lexicon line names, and the side families of issue 11's fourth wave. */
class StatusFamiliesTest {

    @Test
    void aCueIsReadInItsOtherVerbForms() {
        TaggerTest.assertOne(tag("PARIS, March 2 - France and Britain are proposing a one-month truce between Russia and Ukraine in the air "
                + "and at sea, the French president said on Sunday.", "2025-03-02"), "CEASEFIRE", "proposed", "RUS", "UKR");
        TaggerTest.assertOne(tag("RIYAD, 24 mars - Les délégations discutaient lundi d'un cessez-le-feu en mer Noire entre la Russie "
                + "et l'Ukraine.", "2025-03-24"), "CEASEFIRE", "under_discussion", "RUS", "UKR");
    }

    @Test
    void aDayToldInsideACueDoesNotBreakIt() {
        TaggerTest.assertOne(tag("KIEV, 11 mars - L'Ukraine s'est dite prête mardi à accepter la proposition américaine d'un cessez-le-feu "
                + "de 30 jours avec la Russie.", "2025-03-11"), "CEASEFIRE", "offered", "RUS", "UKR");
    }

    @Test
    void talksOnADayAreNotTalksOnASummit() {
        EnrichedDispatch e = tag("TIANJIN, Sept 1 - Indian Prime Minister Narendra Modi and Russian President Vladimir Putin held talks on "
                + "Monday at the Shanghai Cooperation Organisation summit in the Chinese city of Tianjin.", "2025-09-01");
        assertNone(e, "SUMMIT_PROPOSAL");
        TaggerTest.assertOne(e, "MEETING", "occurred", "IND", "RUS");
    }

    @Test
    void anAgreementHoldsThePlanItOpens() {
        TaggerTest.assertOne(tag("ANKARA, May 2 - Russian President Vladimir Putin and Turkish President Tayyip Erdogan agreed that they "
                + "would meet in Sochi next month.", "2024-05-02"), "SUMMIT_PROPOSAL", "agreed", "RUS", "TUR");
    }

    @Test
    void aTruceAMeetingIsForIsSought() {
        TaggerTest.assertOne(tag("BANGKOK, July 26 - Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham "
                + "Wechayachai agreed to meet quickly and work out a ceasefire.", "2025-07-26"), "CEASEFIRE", "called_for", "KHM", "THA");
    }

    @Test
    void negotiatorsNamedAfterTheSidesAreNoParties() {
        TaggerTest.assertOne(tag("BEYROUTH, 27 novembre - Le cessez-le-feu entre Israël et le Liban, négocié par les États-Unis et la "
                + "France, est entré en vigueur mercredi.", "2024-11-27"), "CEASEFIRE", "in_force", "ISR", "LBN");
    }

    @Test
    void theSummitABilateralIsHeldAtIsAMeetingOfItsOwn() {
        EnrichedDispatch e = tag("CAMP DAVID, Aug 18 - Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a "
                + "bilateral meeting on Friday on the sidelines of their three-way summit with U.S. President Joe Biden.", "2023-08-18");
        assertTrue(events(e, "MEETING").size() == 2, events(e, "MEETING").toString());
    }

    @Test
    void aChristmasTruceOrderedTodayIsACeasefire() {
        TaggerTest.assertOne(tag("KYIV, Jan 6 - Ukraine rejected the 36-hour Christmas truce ordered by Russian President Vladimir Putin.",
                "2023-01-06"), "CEASEFIRE", "rejected", "RUS", "UKR");
    }

    @Test
    void aCommitmentToASummitIsAnAgreement() {
        TaggerTest.assertOne(tag("LONDON, June 5 - The leaders of Britain and Ireland have committed to an annual summit, Downing Street said "
                + "on Thursday.", "2025-06-05"), "SUMMIT_PROPOSAL", "agreed", "GBR", "IRL");
    }

    @Test
    void aRefusalDeniedAfterItsVerbIsAnOpening() {
        TaggerTest.assertOne(tag("ANKARA, 3 mars - Le président turc n'exclut pas de recevoir le président russe Vladimir Poutine en Turquie.",
                "2025-03-03"), "SUMMIT_PROPOSAL", "offered", "RUS", "TUR");
        TaggerTest.assertOne(tag("ANKARA, 3 mars - Le président turc n'a pas exclu de recevoir le président russe Vladimir Poutine en Turquie.",
                "2025-03-03"), "SUMMIT_PROPOSAL", "offered", "RUS", "TUR");
    }

    @Test
    void aDemandHoldsTheStateItAsksFor() {
        TaggerTest.assertOne(tag("PARIS, 5 mai - Emmanuel Macron a exigé mardi qu'une trêve entre l'Arménie et l'Azerbaïdjan entre en vigueur "
                + "sans délai.", "2025-05-05"), "CEASEFIRE", "called_for", "ARM", "AZE");
    }

    @Test
    void aTruceDueToTakeEffectIsAgreedNotInForce() {
        TaggerTest.assertOne(tag("CAIRO, Jan 10 - A truce between Sudan and South Sudan is due to take effect on Friday, the two governments said.",
                "2025-01-10"), "CEASEFIRE", "agreed", "SDN", "SSD");
        TaggerTest.assertOne(tag("PARIS, 5 mai - La trêve entre l'Arménie et l'Azerbaïdjan devrait entrer en vigueur samedi, selon Moscou.",
                "2025-05-05"), "CEASEFIRE", "agreed", "ARM", "AZE");
    }

    @Test
    void aQuestionIsNoPlanTheAnswerTellsTheStatus() {
        TaggerTest.assertOne(tag("SEOUL, May 3 - Will Yoon and Kishida meet in Tokyo? Yoon said on Wednesday he hoped to meet the Japanese "
                + "prime minister soon.", "2023-05-03"), "SUMMIT_PROPOSAL", "wished", "JPN", "KOR");
    }

    @Test
    void aPlanThatWillNotTakePlaceIsCalledOff() {
        TaggerTest.assertOne(tag("PARIS, 5 mai - Le sommet entre la France et l'Italie prévu en juin n'aura finalement pas lieu, a indiqué "
                + "l'Elysée.", "2025-05-05"), "SUMMIT_PROPOSAL", "rejected", "FRA", "ITA");
    }

    @Test
    void whatALaterSentenceSaysBecameOfThePlanIsItsStatus() {
        TaggerTest.assertOne(tag("WASHINGTON, May 2 - Biden and Xi will hold a summit in Bali on Friday. The White House said on Tuesday that "
                + "the summit between Biden and Xi had been called off.", "2025-05-02"), "SUMMIT_PROPOSAL", "rejected", "CHN", "USA");
    }

    @Test
    void aHeadlineInThePresentTellsAMeetingHeld() {
        TaggerTest.assertOne(tag("Erdogan and Putin meet in Sochi\n\nSOCHI, Sept 17 - The Turkish and Russian presidents spoke to reporters "
                + "after their talks.", "2018-09-17"), "MEETING", "occurred", "RUS", "TUR");
    }
}
