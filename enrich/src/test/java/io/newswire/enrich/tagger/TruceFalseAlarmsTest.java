package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.assertTruce;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Truce false alarms, misses and statuses (issue 11, session s25): what a truce word is part of, and what governs it. */
class TruceFalseAlarmsTest {

    @Test
    void aTruceThatClosedAWarOfAPastYearIsHistory() {
        assertNoTruce(tag("TBILISI, Aug 7 - Georgia marked the anniversary of its war with Russia on Thursday. The 2008 conflict ended with a "
                + "ceasefire brokered by France.", "2018-08-07"));
        assertNoTruce(tag("TBILISSI, 7 août - La Géorgie a commémoré jeudi la guerre avec la Russie. La guerre de 2008 s'est terminée par un "
                + "cessez-le-feu négocié par la France.", "2018-08-07"));
        // talks that ended in a truce name no past year: the truce stands
        assertEquals(1, events(tag("TBILISI, Aug 12 - The talks between Russia and Georgia ended with a ceasefire on Tuesday.", "2008-08-12"),
                "CEASEFIRE").size());
    }

    @Test
    void aPlanToEndTheWarThatCarriesATruceIsAProposal() {
        assertTruce(tag("CAIRO, Nov 20 - Egypt laid out a plan to end the war in Sudan, beginning with a humanitarian truce of three months.",
                "2025-11-20"), "proposed", "SDN");
    }

    @Test
    void talksOverAProposalForATruceDiscussIt() {
        assertTruce(tag("ISTANBUL, May 16 - Russian and Ukrainian negotiators held talks in Istanbul on Friday on a Turkish proposal for a "
                + "ceasefire.", "2025-05-16"), "under_discussion", "RUS", "UKR");
        assertTruce(tag("LE CAIRE, 3 février - Des négociations entre Israël et le Hamas sur une proposition de trêve ont repris lundi au Caire.",
                "2024-02-03"), "under_discussion", "ISR", "PSE");
        // a proposal accepted, no talks over it: agreed
        assertTruce(tag("GAZA, May 6 - Hamas said on Monday it had accepted an Egyptian proposal for a ceasefire in Gaza.", "2024-05-06"),
                "agreed", "ISR", "PSE");
    }

    @Test
    void aHaltToStrikesOnEnergyIsAPartialTruce() {
        assertTruce(tag("MOSCOW, March 18 - Vladimir Putin agreed on Tuesday to a 30-day halt to strikes on energy infrastructure in Ukraine.",
                "2025-03-18"), "agreed", "RUS", "UKR");
        assertTruce(tag("MOSCOU, 18 mars - La Russie et l'Ukraine sont convenues mardi d'un arrêt des frappes contre les infrastructures "
                + "énergétiques.", "2025-03-18"), "agreed", "RUS", "UKR");
    }

    @Test
    void anEndInAPhraseOfTimeOnATruceNotInForceIsNotItsEnd() {
        assertTruce(tag("DOHA, Feb 2 - Qatar proposed on Friday a new humanitarian pause in Gaza, weeks after the last one ended.", "2024-02-02"),
                "proposed", "ISR", "PSE");
        assertTruce(tag("CAIRO, Feb 2 - Israel and Hamas agreed to a new truce in Gaza on Friday, days after the previous one collapsed.",
                "2024-02-02"), "agreed", "ISR", "PSE");
        // the truce in force is the one that collapses in the phrase of time
        assertTruce(tag("GAZA, Feb 2 - The ceasefire in Gaza held for three days before it broke down on Friday.", "2024-02-02"),
                "ended", "ISR", "PSE");
        assertTruce(tag("GAZA, 2 février - Le cessez-le-feu à Gaza a tenu trois jours avant de voler en éclats vendredi.", "2024-02-02"),
                "ended", "ISR", "PSE");
    }

    @Test
    void aCallToKeepATruceSpeaksOfOneInForce() {
        assertTruce(tag("WASHINGTON, May 13 - The State Department urged India and Pakistan on Tuesday to abide by the ceasefire reached at the "
                + "weekend.", "2025-05-13"), "in_force", "IND", "PAK");
        assertTruce(tag("BRUXELLES, 13 mai - L'Union européenne a appelé mardi l'Inde et le Pakistan au respect du cessez-le-feu conclu samedi.",
                "2025-05-13"), "in_force", "IND", "PAK");
        // a truce asked for where none holds
        assertTruce(tag("WASHINGTON, May 9 - The State Department urged India and Pakistan on Friday to agree to a ceasefire.", "2025-05-09"),
                "called_for", "IND", "PAK");
    }

    @Test
    void aTruceBeingNegotiatedOrSpurned() {
        assertTruce(tag("CAIRO, Jan 10 - Egyptian and Qatari mediators were negotiating a truce in Gaza with both sides on Friday.", "2025-01-10"),
                "under_discussion", "ISR", "PSE");
        assertTruce(tag("MOSCOW, May 12 - Russia spurned a demand for a 30-day ceasefire in Ukraine on Monday.", "2025-05-12"),
                "rejected", "RUS", "UKR");
    }

    @Test
    void aTruceSaidNoToIsRejected() {
        assertTruce(tag("KYIV, Dec 20 - Ukraine said no on Friday to a Christmas truce offered by Hungary.", "2024-12-20"),
                "rejected", "RUS", "UKR");
        assertTruce(tag("KIEV, 20 décembre - L'Ukraine a dit non vendredi à une trêve de Noël.", "2024-12-20"), "rejected", "RUS", "UKR");
        // who speaks: "a dit" reports, the truce stands as it is told
        assertTruce(tag("KIEV, 20 décembre - Le ministre ukrainien a dit vendredi que la trêve de Noël tenait.", "2024-12-20"),
                "in_force", "RUS", "UKR");
    }

    private static void assertNoTruce(EnrichedDispatch e) {
        assertEquals(List.of(), events(e, "CEASEFIRE"));
    }
}
