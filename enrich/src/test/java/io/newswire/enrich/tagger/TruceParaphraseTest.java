package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertTruce;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** Truce statuses told in other words (session s28, blind paraphrases): the mechanisms the paratruce sets showed missing. */
class TruceParaphraseTest {

    @Test
    void aRefusalOfATrucesConditionsIsRejectedNotConditional() {
        assertTruce(tag("KYIV, June 14 - Ukraine on Friday rejected Vladimir Putin's conditions for a ceasefire, calling them an ultimatum.",
                "2024-06-14"), "rejected", "RUS", "UKR");
        assertTruce(tag("KIEV, 14 juin - Les conditions posées par Vladimir Poutine pour un cessez-le-feu ont été balayées vendredi par l'Ukraine.",
                "2024-06-14"), "rejected", "RUS", "UKR");
        // the condition still governs what is only offered
        assertTruce(tag("MOSCOW, June 14 - Putin said Russia would order a ceasefire in Ukraine on condition that Kyiv withdrew its troops.",
                "2024-06-14"), "conditional", "RUS", "UKR");
    }

    @Test
    void aDenialOfABreachLeavesTheTruceAccusedOfBeingBroken() {
        assertTruce(tag("GAZA, 29 octobre - Le Hamas a nié mercredi avoir violé le cessez-le-feu à Gaza, après des frappes israéliennes.",
                "2025-10-29"), "violated", "ISR", "PSE");
        assertTruce(tag("NEW DELHI, May 11 - Pakistan denied on Sunday violating the ceasefire with India.", "2025-05-11"),
                "violated", "IND", "PAK");
    }

    @Test
    void aRelativePastATrucesOwnWordsTellsItsStatus() {
        assertTruce(tag("BANGKOK, 26 juillet - C'est une trêve immédiate et sans condition que la Thaïlande a proposée samedi au Cambodge.",
                "2025-07-26"), "proposed", "KHM", "THA");
        assertTruce(tag("MOSCOU, 20 mars - La trêve de trente jours que l'Ukraine a acceptée à Djeddah a été rejetée par Moscou.", "2025-03-20"),
                "rejected", "RUS", "UKR");
    }

    @Test
    void aRefusalOfADemandThatASideAcceptATruceIsRejected() {
        assertTruce(tag("MOSCOW, March 14 - Russia dismissed a U.S. demand that it accept a 30-day ceasefire in Ukraine.", "2025-03-14"),
                "rejected", "RUS", "UKR");
        assertTruce(tag("PARIS, May 10 - European leaders issued a demand that Russia accept a 30-day ceasefire in Ukraine.", "2025-05-10"),
                "called_for", "RUS", "UKR");
    }

    @Test
    void otherMembersOfTheStatusFamilies() {
        assertTruce(tag("JERUSALEM, Nov 5 - Israel waved aside calls for a ceasefire in Gaza on Sunday.", "2023-11-05"), "rejected", "ISR", "PSE");
        assertTruce(tag("BEIRUT, Nov 26 - Lebanon signed up to the truce with Israel on Tuesday.", "2024-11-26"), "agreed", "ISR", "LBN");
        assertTruce(tag("DOHA, Jan 14 - Israel and Hamas were hammering out a truce in Gaza on Tuesday.", "2025-01-14"), "under_discussion", "ISR", "PSE");
        assertTruce(tag("JERUSALEM, 17 janvier - Le cabinet israélien a entériné vendredi le cessez-le-feu à Gaza avec le Hamas.", "2025-01-17"),
                "agreed", "ISR", "PSE");
        assertTruce(tag("MOSCOU, 13 mars - Moscou accepte un cessez-le-feu en Ukraine, sous réserve qu'il mène à la paix.", "2025-03-13"),
                "conditional", "RUS", "UKR");
        assertTruce(tag("KUALA LUMPUR, July 24 - Thailand and Cambodia must agree to a ceasefire at once, Malaysia's prime minister said.", "2025-07-24"),
                "called_for", "KHM", "THA");
    }

    @Test
    void aPartyRightAfterARefusalNounOwnsTheRefusal() {
        assertTruce(tag("BEYROUTH, 26 septembre - L'appel de Paris à une trêve au Liban avec Israël s'est heurté jeudi au refus israélien.",
                "2024-09-26"), "rejected", "ISR", "LBN");
        assertTruce(tag("BEYROUTH, 26 septembre - La proposition française de trêve au Liban a essuyé jeudi un refus d'Israël.", "2024-09-26"),
                "rejected", "ISR", "LBN");
    }

    @Test
    void aTruceNoLongerInForceIsOverAndOneASideShouldAcceptIsAskedFor() {
        assertTruce(tag("BEYROUTH, 2 mars - La trêve entre Israël et le Hezbollah n'a pas tenu, selon l'armée libanaise.", "2024-03-02"),
                "ended", "ISR", "LBN");
        assertTruce(tag("MOSCOW, April 17 - The truce between Russia and Ukraine is no longer in force, the Kremlin said.", "2025-04-17"),
                "ended", "RUS", "UKR");
        assertTruce(tag("KYIV, April 28 - Zelensky said Russia should accept a ceasefire of at least 30 days.", "2025-04-28"),
                "called_for", "RUS", "UKR");
    }

    @Test
    void thePreviousTruceWithADayOfItsOwnToldInALaterSentenceIsAnotherTruce() {
        var e = tag("CAIRO, March 27 - Egypt proposed a new truce between Israel and Hamas in Gaza on Thursday. "
                + "The previous ceasefire, agreed in Doha on Jan. 15, collapsed on March 18.", "2025-03-27");
        var truces = TaggerTest.events(e, "CEASEFIRE");
        org.junit.jupiter.api.Assertions.assertEquals(2, truces.size(), truces.toString());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("proposed", "ended"),
                java.util.Set.of(truces.get(0).getStatus(), truces.get(1).getStatus()), truces.toString());
    }

    @Test
    void aLengthInsideAPartialTrucesNounIsReadThrough() {
        assertTruce(tag("MOSCOU, 18 mars - Le Kremlin a accepté mardi un arrêt de trente jours des frappes sur les infrastructures énergétiques en Ukraine.",
                "2025-03-18"), "agreed", "RUS", "UKR");
        assertTruce(tag("KIEV, 17 avril - Le moratoire de 30 jours sur les frappes contre les infrastructures énergétiques entre la Russie et l'Ukraine "
                + "a expiré jeudi.", "2025-04-17"), "ended", "RUS", "UKR");
    }

    @Test
    void aRefusalOfSomethingElseAfterAHyphenatedAdverbLeavesTheTruceAgreed() {
        assertTruce(tag("DOHA, 15 janvier - Israël et le Hamas ont accepté mercredi une trêve à Gaza, Israël ayant écarté jusque-là toute pause durable.",
                "2025-01-15"), "agreed", "ISR", "PSE");
    }

    @Test
    void theStatesDemonymsInsideAPartialTrucesNounAreReadThrough() {
        assertTruce(tag("KYIV, March 19 - Ukraine accepted a halt to Russian and Ukrainian strikes on energy facilities on Wednesday.", "2025-03-19"),
                "agreed", "RUS", "UKR");
    }

    @Test
    void aProposalKeptIfTheOtherSideDoesTheSameStaysProposed() {
        assertTruce(tag("KYIV, May 3 - Zelensky proposed a 30-day ceasefire with Russia, saying Ukraine would observe it if Moscow did the same.",
                "2025-05-03"), "proposed", "RUS", "UKR");
        assertTruce(tag("KIEV, 3 mai - Volodymyr Zelensky a proposé un cessez-le-feu de trente jours avec la Russie, que l'Ukraine observerait si "
                + "Moscou en faisait autant.", "2025-05-03"), "proposed", "RUS", "UKR");
    }

    @Test
    void aTrucesOwnVerbTellsMoreThanAWordThatFramesItInAnEarlierSegment() {
        assertTruce(tag("DOHA, Feb 29 - Under the accord, a lasting truce between the Afghan government and the Taliban will be on the agenda "
                + "of talks due next month.", "2020-02-29"), "under_discussion", "AFG");
        // a verb joined by "et" after the truce tells what else the subject did
        assertTruce(tag("TRIPOLI, 21 août - Les autorités rivales de Libye ont annoncé vendredi, dans des communiqués distincts, un cessez-le-feu "
                + "et plaidé pour des élections.", "2020-08-21"), "agreed", "LBY");
    }

    @Test
    void anOpeningThenAnAcceptanceJoinedByAndIsAgreed() {
        assertTruce(tag("PHNOM PENH, July 27 - Cambodia has not ruled out a truce with Thailand and accepts one in principle, its government said.",
                "2025-07-27"), "agreed", "KHM", "THA");
        assertTruce(tag("PHNOM PENH, 27 juillet - Le Cambodge n'a pas exclu une trêve avec la Thaïlande et l'accepte sur le principe.",
                "2025-07-27"), "agreed", "KHM", "THA");
    }
}
