package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ceasefire statuses in the wording the blind paraphrases of session s32 (truce13) found unread: a truce asked for,
 * proposed or declared by one side, refused by the other side's act in one of the two sentences after it ("pressed on
 * with its offensive", "answered with air strikes", "would not lay down their weapons": cue kind {@code defiance}),
 * against a truce two states agreed, which such an act does not refuse; a pause in offensive operations is a truce, a
 * pause in military aid is none; the UN Truce Supervision Organization is a body; a demonym after "ethnic" names a people, not its state. Each wording is written here, not
 * taken from the gold.
 */
class Truce13Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ANKARA, March 4 - The Kurdish-led forces called for an immediate ceasefire on Monday. Turkey pressed ahead with its offensive, saying it would stop only when the fighters withdrew. | TUR",
            "GAZA, March 4 - Hamas offered a truce in Gaza on Friday. Israel answered with air strikes on Rafah. | ISR,PSE",
            "KYIV, March 4 - Ukraine proposed a ceasefire on Sunday. The weather was cold in Kyiv. Russia pressed on with its offensive near Pokrovsk. | RUS,UKR",
            "BOGOTA, March 4 - Colombia's president ordered a week-long ceasefire with the rebels on Friday. The rebels said they would not lay down their arms. | COL"})
    void aTruceRefusedByAnActIsRejected(String text, String countries) {
        assertOne(tag(text, "2025-03-04"), "CEASEFIRE", "rejected", countries.split(","));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "BEIRUT, March 4 - Israel and Hezbollah agreed to a ceasefire on Tuesday. Israel pressed on with its offensive in Gaza, where no truce applies."})
    void anActAfterATruceTwoStatesAgreedRefusesNothing(String text) {
        assertTrue(events(tag(text, "2025-03-04"), "CEASEFIRE").stream().noneMatch(e -> "rejected".equals(String.valueOf(e.getStatus()))), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "NAYPYITAW, March 4 - Myanmar's ruling junta announced a pause in military operations on Wednesday to help quake relief.",
            "NAYPYITAW, March 4 - Myanmar's junta declared a halt to offensive operations on Wednesday."})
    void aPauseInOperationsIsATruce(String text) {
        assertOne(tag(text, "2025-03-04"), "CEASEFIRE", "agreed", "MMR");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WASHINGTON, March 4 - The United States announced a pause in military aid to Ukraine on Monday.",
            "BEIRUT, March 4 - Observers of the UN Truce Supervision Organisation visited the Golan Heights on Monday, Israel said.",
            "BEIRUT, March 4 - Two officers of the United Nations Truce Supervision Organization were wounded in Lebanon on Saturday."})
    void aPauseInAidOrATruceBodyIsNoTruce(String text) {
        assertTrue(events(tag(text, "2025-03-04"), "CEASEFIRE").isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PRISTINA, March 4 - Ethnic Serbs in northern Kosovo called on Monday for talks with Pristina.",
            "STEPANAKERT, March 4 - The ethnic Armenian leaders of Karabakh held talks with Baku on Monday."})
    void aDemonymAfterEthnicNamesAPeopleNotItsState(String text) {
        assertTrue(events(tag(text, "2025-03-04"), "MEETING").isEmpty(), text);
    }
}
