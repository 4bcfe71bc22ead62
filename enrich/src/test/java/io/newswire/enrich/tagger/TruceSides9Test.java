package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.newswire.enrich.tagger.TaggerTest.assertTruce;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** Who the sides of a truce are and a refusal told later (issue 11, session s27, wave 2). */
class TruceSides9Test {

    @Test
    void aRefusalOfAPronounInTheNextSentenceRejectsTheTruce() {
        assertTruce(tag("KYIV, Jan 5 - Moscow ordered a 36-hour truce for Orthodox Christmas on Thursday. Ukraine rejected it as hypocrisy.",
                "2023-01-05"), "rejected", "RUS", "UKR");
        assertTruce(tag("BEYROUTH, 26 septembre - Washington et Paris ont proposé une trêve de 21 jours entre Israël et le Hezbollah. "
                + "Israël l'a rejetée jeudi.", "2024-09-26"), "rejected", "ISR", "LBN");
    }

    @Test
    void aRefusalOfAPronounForAClaimToldInBetweenLeavesTheTruce() {
        assertTruce(tag("DOHA, Jan 16 - Israel and Hamas agreed to a ceasefire in Gaza on Wednesday. Israel said Hamas had backed away from parts "
                + "of the deal. Hamas dismissed it.", "2025-01-16"), "agreed", "ISR", "PSE");
    }

    @Test
    void whoProposesATruceWithTheOtherSideIsASide() {
        assertTruce(tag("ISLAMABAD, Oct 15 - Afghanistan proposed a 48-hour ceasefire with Pakistan on Wednesday, according to Pakistan's foreign ministry.",
                "2025-10-15"), "proposed", "AFG", "PAK");
        assertTruce(tag("ISLAMABAD, 15 octobre - L'Afghanistan a proposé mercredi un cessez-le-feu de 48 heures avec le Pakistan.", "2025-10-15"),
                "proposed", "AFG", "PAK");
    }

    @Test
    void aThirdStateProposingATruceBetweenTwoOthersStaysTheMediator() {
        EnrichedDispatch d = tag("KUALA LUMPUR, July 25 - Malaysian Prime Minister Anwar Ibrahim on Friday proposed a ceasefire between Thailand "
                + "and Cambodia.", "2025-07-25");
        assertTruce(d, "proposed", "KHM", "THA");
        assertTrue(events(d, "CEASEFIRE").get(0).getParticipants().stream()
                .anyMatch(p -> p.getCountry().equals("MYS") && p.getPart().toString().equalsIgnoreCase("mediator")), d.toString());
    }
}
