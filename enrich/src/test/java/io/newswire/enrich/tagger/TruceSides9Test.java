package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertTruce;
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
}
