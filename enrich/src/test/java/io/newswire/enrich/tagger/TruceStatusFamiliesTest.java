package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;


import static io.newswire.enrich.tagger.TaggerTest.assertTruce;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** Truce statuses on unseen copy (issue 11, session s24): what governs the truce, and what speaks of something else. */
class TruceStatusFamiliesTest {

    @Test
    void aRefusalWithAnObjectOfItsOwnLeavesTheTruceAgreed() {
        assertTruce(tag("DOHA, Jan 15 - Hamas said it had accepted the ceasefire in Gaza, rejecting reports that it had added new demands.",
                "2025-01-15"), "agreed", "ISR", "PSE");
        assertTruce(tag("BEIRUT, Nov 27 - Lebanon's government approved the ceasefire with Israel on Wednesday, an official said, declining to "
                + "be named.", "2024-11-27"), "agreed", "ISR", "LBN");
        assertTruce(tag("BEYROUTH, 27 novembre - Le gouvernement libanais a approuvé mercredi le cessez-le-feu avec Israël, a indiqué un ministre "
                + "qui a refusé de donner son nom.", "2024-11-27"), "agreed", "ISR", "LBN");
    }

    @Test
    void aRefusalOfTheTruceItselfStands() {
        assertTruce(tag("MOSCOW, Jan 6 - The Christmas truce ordered by Moscow was rejected by Kyiv on Friday.", "2023-01-06"),
                "rejected", "RUS", "UKR");
        assertTruce(tag("KIEV, 6 janvier - La trêve de Noël décrétée par Moscou a été rejetée vendredi par Kiev.", "2023-01-06"),
                "rejected", "RUS", "UKR");
    }

    @Test
    void aCallForATruceRebuffedIsARefusalOfTheTruce() {
        assertTruce(tag("MOSCOU, 12 mai - Le Kremlin a rejeté lundi l'appel de la France et de l'Allemagne à un cessez-le-feu de trente jours "
                + "en Ukraine.", "2025-05-12"), "rejected", "RUS", "UKR");
    }

    @Test
    void aReturnToATruceThatCollapsedIsAskedFor() {
        assertTruce(tag("DOHA, March 19 - Qatar urged a return to the ceasefire in Gaza that broke down on Tuesday.", "2025-03-19"),
                "called_for", "ISR", "PSE");
        assertTruce(tag("DOHA, 19 mars - Le Qatar a appelé à rétablir le cessez-le-feu à Gaza, qui s'est effondré mardi.", "2025-03-19"),
                "called_for", "ISR", "PSE");
        assertTruce(tag("GAZA, 19 mars - Le cessez-le-feu à Gaza s'est effondré mardi.", "2025-03-19"),        // the collapse of the truce itself
                "ended", "ISR", "PSE");
    }

    @Test
    void aTruceTalksAreHeldToDiscussIsUnderDiscussion() {
        assertTruce(tag("ISTANBUL, May 15 - Russian and Ukrainian negotiators met on Thursday to discuss a ceasefire.", "2025-05-15"),
                "under_discussion", "RUS", "UKR");
        assertTruce(tag("ISTANBUL, 15 mai - Les délégations se sont retrouvées jeudi pour discuter d'un cessez-le-feu entre la Russie et l'Ukraine.",
                "2025-05-15"), "under_discussion", "RUS", "UKR");
    }

    @Test
    void aProposalAwaitingItsAcceptanceStaysAProposal() {
        assertTruce(tag("WASHINGTON, May 30 - The U.S. plan provides for a 60-day ceasefire in Gaza if both sides accept it.", "2025-05-30"),
                "proposed", "ISR", "PSE");
        assertTruce(tag("MOSCOW, March 13 - Russia backed a 30-day ceasefire in Ukraine on condition that Kyiv stopped mobilising troops.",
                "2025-03-13"), "conditional", "RUS", "UKR");
    }

    @Test
    void aThreatUnlessATruceIsAgreedAsksForIt() {
        assertTruce(tag("WASHINGTON, July 14 - The White House threatened Moscow with sanctions unless it accepted a ceasefire in Ukraine.",
                "2025-07-14"), "called_for", "RUS", "UKR");
        assertTruce(tag("KIEV, 10 mai - Les Européens ont menacé la Russie de sanctions à moins qu'elle accepte un cessez-le-feu en Ukraine.",
                "2025-05-10"), "called_for", "RUS", "UKR");
        assertTruce(tag("MOSCOU, 13 mars - La Russie accepterait un cessez-le-feu en Ukraine à condition que Kiev cesse de mobiliser.",
                "2025-03-13"), "conditional", "RUS", "UKR");          // a condition on the truce itself
    }

    @Test
    void agreeingToSeekATruceSeeksIt() {
        assertTruce(tag("ANKARA, Jan 8 - Turkey and Russia agreed on Wednesday to work to secure a ceasefire in Syria.", "2020-01-08"),
                "called_for", "SYR");
        assertTruce(tag("MOSCOU, 10 octobre - L'Arménie et l'Azerbaïdjan sont convenus samedi d'un cessez-le-feu.", "2020-10-10"),
                "agreed", "ARM", "AZE");
    }
}
