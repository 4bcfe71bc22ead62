package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "une pause des frappes sur les infrastructures énergétiques": a partial truce told by a noun phrase; a moratorium on mining is none. */
class PartialTruceNounsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "KIEV, 19 mars - La Russie et l'Ukraine ont accepté mercredi une pause des frappes sur les infrastructures énergétiques.",
            "KIEV, 19 mars - Volodymyr Zelensky a appelé la Russie à une pause dans les frappes contre les infrastructures énergétiques ukrainiennes.",
            "MOSCOU, 19 mars - Le Kremlin a annoncé un moratoire sur les attaques contre les installations énergétiques ukrainiennes."})
    void aPauseInStrikesIsAPartialTruce(String text) {
        var truces = events(tag(text, "2025-03-19"), "CEASEFIRE");
        assertEquals(1, truces.size(), text);
        assertEquals(Set.of("RUS", "UKR"), Set.copyOf(truces.get(0).getCountries()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "NICE, 9 juin - Emmanuel Macron a appelé lundi à un moratoire sur l'exploitation minière des grands fonds marins.",
            "PARIS, 9 juin - Les syndicats ont décidé une pause dans les grèves à la SNCF pendant les vacances."})
    void aMoratoriumOnMiningOrAPauseInLabourStrikesIsNoTruce(String text) {
        assertTrue(events(tag(text, "2025-06-09"), "CEASEFIRE").isEmpty(), text);
    }
}
