package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * French summit and truce statuses in the wording the blind round fr-status6 (session s32) found misread, all
 * lexicon lines: pleading for a leaders' meeting proposes it ("plaide pour une rencontre entre X et Y"), while
 * pleading for a truce still asks for it; a negation that denies giving up or hiding a hope tells a wish ("n'a pas
 * renoncé à l'espoir de", "ne désespère pas de", "ne fait pas mystère de son envie de"); a plan that "comprend" a
 * truce proposes it, an agreement signed that "comprend" one has agreed it.
 */
class FrenchStatusParaphrases6Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ROME, 5 mai - Le président italien plaide pour une rencontre entre Emmanuel Macron et Xi Jinping avant la fin de l'année. | FRA | CHN",
            "ANKARA, 2 juin - Recep Tayyip Erdogan a de nouveau plaidé jeudi pour une rencontre entre Ilham Aliev et Nikol Pachinian à Istanbul. | AZE | ARM",
            "BERLIN, 3 mars - Olaf Scholz a plaidé mardi pour un sommet entre Vladimir Poutine et Volodymyr Zelensky. | RUS | UKR"})
    void pleadingForALeadersMeetingProposesIt(String text, String a, String b) {
        assertOne(tag(text, "2024-06-02"), "SUMMIT_PROPOSAL", "proposed", a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "BERLIN, 3 mars - Le chancelier allemand Olaf Scholz a plaidé mardi pour un cessez-le-feu entre la Russie et l'Ukraine."})
    void pleadingForATruceStillAsksForIt(String text) {
        assertOne(tag(text, "2024-03-03"), "CEASEFIRE", "called_for", "RUS", "UKR");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TOKYO, 3 mars - Le Premier ministre japonais Fumio Kishida n'a pas renoncé à l'espoir de rencontrer Kim Jong Un. | JPN | PRK",
            "SEOUL, 3 mars - Le président sud-coréen Yoon Suk Yeol ne renonce pas à l'espoir d'un sommet avec Xi Jinping cette année. | KOR | CHN",
            "KIEV, 3 mars - Volodymyr Zelensky n'a pas perdu l'espoir de rencontrer Emmanuel Macron avant l'été. | UKR | FRA",
            "SEOUL, 3 mars - Le président sud-coréen Yoon Suk Yeol ne désespère pas de rencontrer Xi Jinping cette année. | KOR | CHN",
            "KIEV, 3 mars - Volodymyr Zelensky ne désespérait pas de rencontrer Vladimir Poutine. | UKR | RUS",
            "KIEV, 3 mars - Volodymyr Zelensky ne fait pas mystère de son envie de rencontrer Olaf Scholz. | UKR | DEU",
            "ANKARA, 3 mars - Recep Tayyip Erdogan n'a pas fait mystère de son envie de recevoir Vladimir Poutine. | TUR | RUS"})
    void aDeniedRenunciationOrSecrecyTellsAWish(String text, String a, String b) {
        assertOne(tag(text, "2024-03-03"), "SUMMIT_PROPOSAL", "wished", a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "TOKYO, 3 mars - Le Premier ministre japonais Fumio Kishida a renoncé à rencontrer Kim Jong Un cette année."})
    void givingUpStaysARefusal(String text) {
        assertOne(tag(text, "2024-03-03"), "SUMMIT_PROPOSAL", "rejected", "JPN", "PRK");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ADDIS-ABEBA, 3 mars - Le président kényan William Ruto plaide pour un sommet extraordinaire de l'Union africaine sur la dette.",
            "MADRID, 3 mars - Le ministre espagnol des Affaires étrangères plaide pour une rencontre des ministres européens de l'Intérieur."})
    void pleadingForAnOrganisationsSummitOrMinistersIsNoSummit(String text) {
        assertTrue(events(tag(text, "2024-03-03"), "SUMMIT_PROPOSAL").isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "LE CAIRE, 3 mars - La proposition égyptienne comprend d'abord un cessez-le-feu de deux semaines entre Israël et le Hamas.",
            "LE CAIRE, 3 mars - Le plan du Qatar comprend une trêve de six semaines entre Israël et le Hamas."})
    void aPlanThatComprisesATruceProposesIt(String text) {
        assertTrue(events(tag(text, "2024-03-03"), "CEASEFIRE").stream()
                .anyMatch(e -> "proposed".equals(e.getStatus()) && e.getCountries().contains("ISR")
                        && e.getCountries().contains("PSE")), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "MOSCOU, 3 mars - L'accord signé samedi par l'Arménie et l'Azerbaïdjan comprend un cessez-le-feu complet."})
    void anAgreementSignedThatComprisesATruceAgreedIt(String text) {
        assertOne(tag(text, "2024-03-03"), "CEASEFIRE", "agreed", "ARM", "AZE");
    }
}
