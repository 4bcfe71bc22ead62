package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertTruce;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Truce statuses told in other words (session s29, blind paraphrases, third round): the mechanisms the paratruce2 sets showed missing. */
class TruceParaphrase2Test {

    @Test
    void aPhrasalRefusalWithItsPronounBeforeTheParticleTurnsTheTruceDown() {
        assertTruce(tag("MOSCOW, May 11 - Russia proposed a three-day truce in Ukraine on Sunday. Kyiv turned it down hours later.", "2025-05-11"),
                "rejected", "RUS", "UKR");
        assertTruce(tag("BEIRUT, Sept 26 - Lebanon welcomed a proposal for a 21-day ceasefire with Israel, but Israel ruled it out on Thursday.",
                "2024-09-26"), "rejected", "ISR", "LBN");
        assertTruce(tag("CAIRO, July 15 - Hamas accepted an Egyptian plan for a truce in Gaza, but Israel shrugged it off within hours.", "2014-07-15"),
                "rejected", "ISR", "PSE");
    }

    @Test
    void aRefusalOfTheProposalNamedAgainTurnsTheTruceDown() {
        assertTruce(tag("CAIRO, July 15 - Israel accepted an Egyptian plan for a truce in Gaza, but Hamas turned down the proposal.", "2014-07-15"),
                "rejected", "ISR", "PSE");
        assertTruce(tag("JERUSALEM, 15 juil - Israël a accepté la proposition égyptienne de cessez-le-feu à Gaza, mais le Hamas a rejeté le plan.",
                "2014-07-15"), "rejected", "ISR", "PSE");
        // a refusal of another plan leaves the truce agreed
        assertTruce(tag("CAIRO, July 15 - Israel accepted a truce in Gaza, but Hamas rejected the plan to disarm.", "2014-07-15"), "agreed", "ISR", "PSE");
    }

    @Test
    void aProposalPutOffIsTurnedDownButATrucePutOffIsNot() {
        assertTruce(tag("MOSCOU, 15 juillet - Moscou repousse l'offre de trêve de Kiev.", "2025-07-15"), "rejected", "RUS", "UKR");
        assertTruce(tag("JERUSALEM, 15 juil - Israël a repoussé le plan américain de cessez-le-feu à Gaza.", "2024-07-15"), "rejected", "ISR", "PSE");
        assertTruce(tag("JERUSALEM, 15 juil - L'entrée en vigueur de la trêve à Gaza a été repoussée à lundi.", "2024-07-15"), "ended", "ISR", "PSE");
    }

    @Test
    void aCallNounWithItsOwnerBeforeTheTruceAsksForIt() {
        var e = tag("PARIS, 1er avril - L'appel de la France à un cessez-le-feu à Gaza est resté sans réponse.", "2024-04-01");
        assertTruce(e, "called_for", "ISR", "PSE");
        assertFalse(TaggerTest.events(e, "CEASEFIRE").get(0).getCountries().contains("FRA"), "the caller is no side");
        assertTruce(tag("PARIS, 1er avril - L'appel de Paris à une trêve humanitaire au Liban a été entendu.", "2024-10-01"), "called_for", "ISR", "LBN");
    }

    @Test
    void aScopeWordPastAVerbQualifiesAnotherNoun() {
        assertTruce(tag("MOSCOW, March 13 - Moscow agreed to a 30-day ceasefire in Ukraine, but said the truce should pave the way to a lasting settlement.",
                "2025-03-13"), "agreed", "RUS", "UKR");
    }

    @Test
    void anAcceptanceInPrincipleWithADemandAfterItsContrastIsConditional() {
        assertTruce(tag("MOSCOW, March 13 - Putin said Russia supported a U.S. proposal for a 30-day truce in Ukraine in principle, but said Kyiv must first stop mobilising.",
                "2025-03-13"), "conditional", "RUS", "UKR");
        assertTruce(tag("BANGKOK, July 26 - Thailand agreed in principle to a ceasefire with Cambodia but wanted to see a sincere intention from Phnom Penh.",
                "2025-07-26"), "conditional", "KHM", "THA");
        assertTruce(tag("MOSCOU, 13 mars - Le Kremlin a accepté en principe la trêve de 30 jours en Ukraine, mais exige des garanties.", "2025-03-13"),
                "conditional", "RUS", "UKR");
        assertTruce(tag("MOSCOU, 13 mars - Moscou a accepté la trêve de 30 jours en Ukraine mais a posé ses conditions.", "2025-03-13"),
                "conditional", "RUS", "UKR");
        // alone, an acceptance in principle is an acceptance
        assertTruce(tag("BANGKOK, July 26 - Thailand agreed in principle to a ceasefire with Cambodia on Saturday.", "2025-07-26"), "agreed", "KHM", "THA");
        assertTruce(tag("KIEV, 13 mars - Kiev a donné son accord de principe à un cessez-le-feu de 30 jours avec la Russie.", "2025-03-13"),
                "agreed", "RUS", "UKR");
    }

    @Test
    void aTruceBrokenInThePassiveHasEndedAndOneASideBrokeIsViolated() {
        assertTruce(tag("JERUSALEM, 1er déc - Le cessez-le-feu à Gaza est rompu depuis vendredi, Israël ayant repris ses frappes.", "2023-12-01"),
                "ended", "ISR", "PSE");
        assertTruce(tag("JERUSALEM, 1er déc - La trêve entre Israël et le Hamas a été rompue vendredi matin.", "2023-12-01"), "ended", "ISR", "PSE");
        assertTruce(tag("JERUSALEM, 1er déc - Israël accuse le Hamas d'avoir rompu la trêve à Gaza.", "2023-12-01"), "violated", "ISR", "PSE");
    }

    @Test
    void aPlanForATruceReceivedIsAThingNoMeeting() {
        var e = tag("MOSCOW, March 12 - Putin received Trump's proposal for a truce in Ukraine on Wednesday, the Kremlin said.", "2025-03-12");
        TaggerTest.assertNone(e, "MEETING");
        assertTruce(e, "proposed", "RUS", "UKR");
        // a person received is met
        assertFalse(TaggerTest.events(tag("MOSCOW, March 13 - Putin received Trump's envoy Steve Witkoff in the Kremlin on Thursday to discuss a ceasefire in Ukraine.",
                "2025-03-13"), "MEETING").isEmpty());
    }

    @Test
    void anOfferOfATruceByItsNounIsOffered() {
        assertTruce(tag("KYIV, March 12 - Trump's offer of a ceasefire was welcomed in Kyiv on Wednesday.", "2025-03-12"), "offered", "RUS", "UKR");
        assertTruce(tag("GAZA, March 12 - Hamas made an offer of a five-year truce with Israel on Wednesday.", "2025-03-12"), "offered", "ISR", "PSE");
    }

    @Test
    void anAcceptanceDeniedOfThePronounAndAnOppositionAreRefusals() {
        assertTruce(tag("GAZA, May 6 - Hamas accepted a truce proposal for Gaza on Monday, but Israel did not accept it.", "2024-05-06"), "rejected", "ISR", "PSE");
        assertTruce(tag("GAZA, May 6 - Hamas accepted a truce proposal for Gaza on Monday and Israel said it would accept it too.", "2024-05-06"),
                "agreed", "ISR", "PSE");
        assertTruce(tag("KYIV, 13 mars - L'Ukraine s'est dite opposée à la trêve proposée par Moscou.", "2025-03-13"), "rejected", "RUS", "UKR");
        assertTruce(tag("GAZA, May 6 - Israel opposes any ceasefire in Gaza that leaves Hamas in power, Netanyahu said.", "2024-05-06"), "rejected", "ISR", "PSE");
    }

    @Test
    void aModalBeforeAVerbOfTheTruceIsItsAuxiliary() {
        assertTruce(tag("MOSCOW, March 13 - The Kremlin said on Thursday that Russia would not accept a 30-day ceasefire in Ukraine.", "2025-03-13"),
                "rejected", "RUS", "UKR");
        assertTruce(tag("MOSCOW, March 13 - Russia would not agree to a 30-day ceasefire in Ukraine, the Kremlin said.", "2025-03-13"), "rejected", "RUS", "UKR");
        assertTruce(tag("MOSCOW, March 13 - Russia will propose a 30-day ceasefire in Ukraine.", "2025-03-13"), "proposed", "RUS", "UKR");
        assertTruce(tag("MOSCOW, March 13 - Russia would accept a 30-day ceasefire in Ukraine.", "2025-03-13"), "agreed", "RUS", "UKR");
    }
}
