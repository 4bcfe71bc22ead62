package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertTruce;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/**
 * A stance told in the future or the conditional (session s29, w2-modal-future): the modality cue's own verb in those
 * tenses keeps its status (profile modal_future, future_auxiliary, future_status), a future of a verb that is no cue does not.
 */
class ModalFutureTest {

    @Test
    void aRefusalToldAheadIsARefusal() {
        assertTruce(tag("MOSCOW, March 12 - Moscow would turn down any ceasefire that let Ukraine rearm, the Kremlin said.", "2025-03-12"),
                "rejected", "RUS", "UKR");
        assertTruce(tag("GAZA, April 17 - Hamas will refuse an Israeli proposal for a 45-day truce, a senior official said.", "2025-04-17"),
                "rejected", "ISR", "PSE");
        assertTruce(tag("MOSCOW, March 14 - Russia would rule out a truce with Ukraine, the Kremlin said on Friday.", "2025-03-14"),
                "rejected", "RUS", "UKR");
        assertTruce(tag("GAZA, 17 avril - Le Hamas rejetterait un cessez-le-feu avec Israël, selon un de ses dirigeants.", "2025-04-17"),
                "rejected", "ISR", "PSE");
        assertTruce(tag("JERUSALEM, 21 janv - Israël refusera un cessez-le-feu permanent à Gaza, a dit dimanche Benjamin Netanyahu.", "2024-01-21"),
                "rejected", "ISR", "PSE");
        assertTruce(tag("KIEV, 3 déc - L'Ukraine n'acceptera jamais un cessez-le-feu qui gèle le front avec la Russie, a dit mardi Volodymyr Zelensky.",
                "2024-12-03"), "rejected", "RUS", "UKR");
    }

    @Test
    void anAcceptanceToldAheadIsOneAndConditionalWithACondition() {
        assertTruce(tag("KYIV, Nov 29 - Ukraine would accept a ceasefire with Russia, President Volodymyr Zelensky said on Friday.", "2024-11-29"),
                "agreed", "RUS", "UKR");
        assertTruce(tag("MOSCOW, June 14 - Putin said Russia would accept a ceasefire in Ukraine if Kyiv withdrew its troops.", "2024-06-14"),
                "conditional", "RUS", "UKR");
        assertTruce(tag("MOSCOW, June 14 - Putin said Russia would order a ceasefire in Ukraine if Kyiv withdrew its troops.", "2024-06-14"),
                "conditional", "RUS", "UKR");
        assertTruce(tag("MOSCOU, 19 avril - Le Kremlin a indiqué que Vladimir Poutine décréterait une trêve en Ukraine pour Pâques.", "2025-04-19"),
                "agreed", "RUS", "UKR");
        assertTruce(tag("KIEV, 2 mars - Kiev accueillerait favorablement une trêve dans les airs et en mer avec la Russie, a dit mercredi le ministre ukrainien.",
                "2025-03-02"), "agreed", "RUS", "UKR");
    }

    @Test
    void aProposalToldInTheConditionalIsAProposal() {
        assertTruce(tag("PARIS, 2 mars - La France et le Royaume-Uni proposeraient une trêve d'un mois en Ukraine avec la Russie.", "2025-03-02"),
                "proposed", "RUS", "UKR");
    }

    @Test
    void theFutureOfAVerbThatIsNoCueLeavesTheStatus() {
        assertTruce(tag("KIEV, 19 avril - La trêve de Pâques décrétée par Vladimir Poutine est entrée en vigueur samedi. L'armée ukrainienne répondra à toute attaque.",
                "2025-04-19"), "in_force", "RUS", "UKR");
        // a denial of breaking a truce: the truce is said to be broken, the refusal is the claim's
        assertTruce(tag("JERUSALEM, Dec 1 - Israel would reject any claim that its troops broke the ceasefire in Lebanon, the army said.", "2024-12-01"),
                "violated", "ISR", "LBN");
    }

    @Test
    void aPartialTruceIsReadAcrossTwoModifiersJoinedByAConjunction() {
        assertTruce(tag("KYIV, March 18 - Russia and Ukraine agreed to a halt to missile and drone strikes on energy facilities.", "2025-03-18"),
                "agreed", "RUS", "UKR");
        assertTruce(tag("KYIV, March 18 - Moscow proposed a moratorium on drone and missile strikes on energy infrastructure in Ukraine.", "2025-03-18"),
                "proposed", "RUS", "UKR");
        TaggerTest.assertNone(tag("KYIV, March 18 - Russia stepped up drone and missile strikes on energy facilities in Ukraine on Tuesday.", "2025-03-18"),
                "CEASEFIRE");
    }
}
