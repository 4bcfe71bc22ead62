package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ceasefire statuses in the wording the blind paraphrases of session s32 (truce12) found unread: a refusal in the
 * sentence after a truce proposed, by a phrasal verb that holds the proposal's noun ("turned the plan down", "brushed
 * the offer aside"), by "said no to" and "n'a pas donné suite à", or of the text that carries it ("rejected the text");
 * a truce put forward ("put forward", "set out"), its proposer no side; "war broke out" is no breach; truces of no war
 * (a quarrel, an election campaign); "a appelé X au respect du cessez-le-feu" asks, it phones no one; a truce "in
 * northern Syria" applies to Syria. Each wording is
 * written here, not taken from the gold.
 */
class Truce12Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CAIRO, March 4 - Egypt proposed a ceasefire in Gaza on Monday. Israel brushed the offer aside within hours. | ISR | PSE",
            "WASHINGTON, March 4 - Washington put forward a 30-day truce between Russia and Ukraine. Moscow turned the proposal down on Tuesday. | RUS | UKR",
            "DOHA, March 4 - Qatar floated a truce between Israel and Hamas. Hamas turned this offer down on Friday. | ISR | PSE"})
    void aPhrasalRefusalHoldingTheProposalRejectsIt(String text, String a, String b) {
        assertOne(tag(text, "2025-03-04"), "CEASEFIRE", "rejected", a, b);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CAIRO, March 4 - Egypt proposed a truce between Israel and Hamas. Israel's cabinet said no to it on Friday. | ISR | PSE",
            "WASHINGTON, March 4 - Washington proposed a truce between Russia and Ukraine. Moscow says no to the plan. | RUS | UKR",
            "LE CAIRE, 4 mars - L'Egypte a proposé une trêve entre Israël et le Hamas. Le cabinet israélien n'a pas donné suite à la proposition. | ISR | PSE",
            "DOHA, 4 mars - Le Qatar a proposé une trêve entre la Russie et l'Ukraine. Moscou n'a pas donné suite à cette offre. | RUS | UKR",
            "MOSCOU, 4 mars - Le gouvernement libyen a signé lundi à Moscou un accord de cessez-le-feu avec la Russie. Khalifa Haftar a rejeté le texte mardi. | LBY | RUS"})
    void aRefusalOfThePlanOrTheTextTheSentenceAfterRejectsIt(String text, String a, String b) {
        assertOne(tag(text, "2025-03-04"), "CEASEFIRE", "rejected", a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CAIRO, March 4 - Egypt proposed a ceasefire in Gaza on Monday. Hamas said no to the plan for talks in Cairo.",
            "CAIRO, March 4 - Egypt proposed a ceasefire in Gaza on Monday. Hamas turned the plan for talks in Cairo down."})
    void aRefusalOfAnotherPlanLeavesTheTruceProposed(String text) {
        assertOne(tag(text, "2025-03-04"), "CEASEFIRE", "proposed", "ISR", "PSE");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CAIRO, March 4 - Egypt put forward a truce in Gaza on Friday. | ISR | PSE",
            "ANKARA, March 4 - Turkey is putting forward a ceasefire between Armenia and Azerbaijan. | ARM | AZE",
            "DOHA, March 4 - Hamas's reply sets out a ceasefire in Gaza in three stages. | ISR | PSE"})
    void aTrucePutForwardIsProposedByNoSide(String text, String a, String b) {
        assertOne(tag(text, "2025-03-04"), "CEASEFIRE", "proposed", a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, March 4 - France put forward a demand for an immediate ceasefire in Gaza.",
            "MOSCOW, March 4 - The delegation set out for Moscow to seek a ceasefire in Gaza."})
    void aDemandOrADepartureIsNoProposal(String text) {
        assertOne(tag(text, "2025-03-04"), "CEASEFIRE", "called_for", "ISR", "PSE");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ADDIS ABABA, Nov 2 - Two years after war broke out in Tigray, Ethiopia's government and the rebels agreed to a ceasefire on Wednesday. | agreed | ETH",
            "KYIV, Nov 2 - Months after the war broke out, Russia and Ukraine agreed to a truce in the Black Sea. | agreed | RUS,UKR",
            "BAKU, Nov 2 - Fighting broke out on Sunday despite the ceasefire between Armenia and Azerbaijan. | violated | ARM,AZE"})
    void aWarThatBrokeOutIsNoBreach(String text, String status, String countries) {
        assertOne(tag(text, "2022-11-02"), "CEASEFIRE", status, countries.split(","));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GAZA, July 23 - Hamas and Fatah have declared a truce in their quarrel several times since 2007.",
            "LONDON, Nov 29 - Britain's main parties suspended campaigning on Friday, a brief truce in a bitter election campaign.",
            "PARIS, 29 novembre - Les partis ont observé vendredi une brève trêve dans la campagne électorale."})
    void aTruceOfNoWarIsNoCeasefire(String text) {
        assertTrue(events(tag(text, "2024-07-23"), "CEASEFIRE").isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PARIS, 24 juin - Emmanuel Macron a appelé mardi Israël et l'Iran au respect du cessez-le-feu. | ISR | IRN",
            "PARIS, 24 juin - Emmanuel Macron a appelé Vladimir Poutine et Volodymyr Zelensky au respect de la trêve. | RUS | UKR"})
    void anAppealToRespectATruceIsNoCall(String text, String a, String b) {
        var tagged = tag(text, "2025-06-24");
        assertTrue(events(tagged, "PHONE_CALL").isEmpty(), text);
        assertOne(tagged, "CEASEFIRE", "in_force", a, b);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ANKARA, Oct 17 - Turkey agreed on Thursday to a ceasefire in northern Syria. | TUR | SYR",
            "JERUSALEM, Oct 17 - Israel agreed on Thursday to a ceasefire in southern Lebanon. | ISR | LBN",
            "MOSCOW, Oct 17 - Russia agreed on Thursday to a ceasefire in eastern Ukraine. | RUS | UKR"})
    void aRegionOfAStateIsWhereTheTruceApplies(String text, String a, String b) {
        assertOne(tag(text, "2019-10-17"), "CEASEFIRE", "agreed", a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, 24 juin - Emmanuel Macron a appelé mardi Recep Tayyip Erdogan au téléphone."})
    void aCallerOnThePhoneStillCalls(String text) {
        assertOne(tag(text, "2025-06-24"), "PHONE_CALL", "occurred", "FRA", "TUR");
    }
}
