package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.newswire.enrich.tagger.TaggerTest.dispatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The language a dispatch is read in: what it declares, else what its own words say, before any statistical guess. */
class LanguageDetectionTest {

    private static final Tagger TAGGER = Tagger.loadDefault();

    @ParameterizedTest
    @CsvSource({"sv, sv", "sv-SE, sv", "swe, sv", "pt-BR, pt", "EN, en", "fr_CA, fr"})
    void declaredLanguageIsTrustedWhateverItIs(String declared, String expected) {
        EnrichedDispatch e = TAGGER.tag(dispatch("Putin och Erdogan talade i telefon om Idlib.", "2020-02-21", declared));

        assertEquals(expected, e.getLanguage());
    }

    @Test
    void declaredLanguageWithoutLexiconGetsCountriesButNoEvents() {
        EnrichedDispatch e = TAGGER.tag(dispatch("Putin och Erdogan talade i telefon om Idlib.", "2020-02-21", "sv"));

        assertFalse(e.getEventsSupported());
        assertTrue(e.getEvents().isEmpty());
        assertEquals(2, e.getActors().size());
    }

    @Test
    void declaredCodeThatNamesNoLanguageIsLeftToDetection() {
        assertEquals("en", TAGGER.tag(dispatch("Vladimir Putin and Recep Tayyip Erdogan spoke by phone on Friday about the fighting in Idlib, "
                + "where the Syrian army has been advancing for weeks, and they said that they would meet soon.", "2020-02-21", "english")).getLanguage());
    }

    /** Too few words for the statistical detector, which said Italian or Dutch here: the text's own words decide. */
    @ParameterizedTest
    @ValueSource(strings = {"Erdogan, Putin discuss Idlib by phone", "Putin phoned Erdogan.", "Biden, Putin to meet in Geneva",
            "Trump met Putin in Alaska on Friday.", "Ursula von der Leyen met Zelensky in Kyiv.", "Van Rompuy met Putin in Brussels."})
    void shortEnglishNameHeavyTextIsReadAsEnglish(String body) {
        EnrichedDispatch e = TAGGER.tag(dispatch(body, "2021-06-01", null));

        assertEquals("en", e.getLanguage());
        assertTrue(e.getEventsSupported());
    }

    /** A word that is a function word elsewhere ("met", "en", "von der", "Van") does not outvote the text's own language. */
    @ParameterizedTest
    @ValueSource(strings = {"Macron en visite à Pékin.", "Scholz en visite à Moscou mardi.", "Von der Leyen reçue à Kiev."})
    void shortFrenchTextWithAWordOfAnotherLanguageIsReadAsFrench(String body) {
        assertEquals("fr", TAGGER.tag(dispatch(body, "2023-04-05", null)).getLanguage());
    }

    @Test
    void shortMeetingWithNamesOnlyGetsItsMeeting() {
        EnrichedDispatch e = TAGGER.tag(dispatch("Trump met Putin in Alaska on Friday.", "2025-08-15", null));

        assertEquals(1, e.getEvents().stream().filter(ev -> ev.getType().equals(EventType.MEETING.wireName())).count(), e.getEvents().toString());
    }

    @Test
    void shortFrenchTextIsReadAsFrenchAndGetsItsEvent() {
        EnrichedDispatch e = TAGGER.tag(dispatch("Israël et le Hamas ont conclu une trêve.", "2021-05-21", null));

        assertEquals("fr", e.getLanguage());
        assertEquals(1, e.getEvents().stream().filter(ev -> ev.getType().equals(EventType.CEASEFIRE.wireName())).count());
    }

    @Test
    void shortCallWithNamesOnlyGetsItsCall() {
        EnrichedDispatch e = TAGGER.tag(dispatch("Putin phoned Erdogan.", "2020-02-21", null));

        assertEquals(1, e.getEvents().size());
    }
}
