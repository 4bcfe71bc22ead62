package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** Headlines and short wire sentences, the way event coders test them (issue 11's seventh wave). */
class WireFamiliesTest {

    @Test
    void anExpectedPresenceIsAPlannedVisit() {
        TaggerTest.assertOne(tag("Macron is due in Algiers on Thursday, his first visit since 2022.", "2025-03-18"),
                "SUMMIT_PROPOSAL", "planned", "DZA", "FRA");
        TaggerTest.assertOne(tag("Modi heads to Moscow for talks with Putin", "2024-07-08"), "SUMMIT_PROPOSAL", "planned", "IND", "RUS");
    }

    @Test
    void aHaltOrAPauseInTheFightingIsACeasefire() {
        TaggerTest.assertOne(tag("Blinken urged Israel and Hamas to agree to a pause in the fighting in Gaza.", "2024-07-09"),
                "CEASEFIRE", "called_for", "ISR", "PSE");
        TaggerTest.assertOne(tag("Les belligérants soudanais ont accepté samedi un arrêt des combats au Soudan.", "2023-05-20"),
                "CEASEFIRE", "agreed", "SDN");
    }

    @Test
    void askingTwoSidesToHaltIsNoCall() {
        EnrichedDispatch e = tag("DJEDDAH, 6 mai - Les Etats-Unis ont appelé samedi l'armée soudanaise et les Forces de soutien rapide "
                + "à un arrêt des combats.", "2023-05-06");
        assertNone(e, "PHONE_CALL");
        TaggerTest.assertOne(e, "CEASEFIRE", "called_for", "SDN");
    }

    @Test
    void aTruceThatBrokeDownIsOverAndOneExtendedIsAgreed() {
        TaggerTest.assertOne(tag("BAKU, Oct 10 - A truce between Armenia and Azerbaijan broke down within hours of taking effect on Saturday.",
                "2020-10-10"), "CEASEFIRE", "ended", "ARM", "AZE");
        TaggerTest.assertOne(tag("DOHA, 30 novembre - La trêve à Gaza entre Israël et le Hamas a été prolongée d'une journée.", "2023-11-30"),
                "CEASEFIRE", "agreed", "ISR", "PSE");
    }

    @Test
    void aHypotheticalTruceDoesNotUndoItsRejection() {
        TaggerTest.assertOne(tag("TEL AVIV, Oct 30 - Netanyahu on Monday rejected calls for a ceasefire in Gaza, saying a halt to the "
                + "fighting would amount to surrender.", "2023-10-30"), "CEASEFIRE", "rejected", "ISR", "PSE");
    }

    @Test
    void anArmisticesAnniversaryIsNoTruce() {
        EnrichedDispatch e = tag("SEOUL, July 27 - South Korea marked on Thursday the 70th anniversary of the armistice that halted the "
                + "Korean War.", "2023-07-27");
        assertNone(e, "CEASEFIRE");
    }

    @Test
    void aHeadlinesPresentTellsAPastMeetingAndItsDatedNounOneToCome() {
        TaggerTest.assertOne(tag("Sanchez et Xi se rencontrent à Pékin\n\nPEKIN, 31 mars - Pedro Sanchez a plaidé vendredi pour la paix.",
                "2023-03-31"), "MEETING", "occurred", "CHN", "ESP");
        EnrichedDispatch planned = tag("Le roi Charles III en visite d'Etat en France du 20 au 22 septembre\n\nPARIS, 13 septembre - "
                + "L'Elysée a publié le programme.", "2023-09-13");
        assertNone(planned, "MEETING");
        TaggerTest.assertOne(planned, "SUMMIT_PROPOSAL", "planned", "FRA", "GBR");
    }
}
