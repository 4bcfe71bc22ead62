package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Observers who monitored or reported on a truce for years tell its history, no event; the truce of the day still is one. */
class TruceMonitorsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "VIENNA, March 31 - The observers had monitored the ceasefire in eastern Ukraine since 2015 before Russia invaded.",
            "VIENNA, March 31 - The observers had reported on the ceasefire in eastern Ukraine since 2015 before Russia invaded.",
            "VIENNE, 31 mars - Les observateurs surveillaient le cessez-le-feu dans l'est de l'Ukraine depuis 2015, avant l'invasion russe."})
    void monitorsOfATruceForYearsAreNoEvent(String text) {
        assertTrue(events(tag(text, "2022-03-31"), "CEASEFIRE").isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ISLAMABAD, May 10 - India and Pakistan agreed on Saturday to a ceasefire. U.N. observers have watched the ceasefire line in Kashmir since 1949.",
            "ISLAMABAD, 10 mai - L'Inde et le Pakistan ont accepté samedi un cessez-le-feu. Des observateurs de l'ONU surveillent le cessez-le-feu au Cachemire depuis 1949."})
    void theTruceOfTheDayBesideItsMonitorsIsOneEvent(String text) {
        assertEquals(1, events(tag(text, "2025-05-10"), "CEASEFIRE").size(), text);
    }
}
