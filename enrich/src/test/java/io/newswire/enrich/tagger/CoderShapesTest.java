package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event coders' one-sentence items, second set (the coder2 gold sets): a call by British "rang", talks by "consulted
 * with", "held consultations", "ont tenu des consultations", an offer by "expressed willingness to", a truce by its verb ("agreed to halt hostilities", "halt fighting", "ont
 * accepté de cesser les hostilités", "cesser les combats") and a truce declared in the passive ("a été proclamée"), an
 * adverb of repetition before a meeting's object ("a rencontré de nouveau le Premier ministre grec"); and the same words that tell none.
 */
class CoderShapesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "LONDON, June 2 - British Prime Minister Keir Starmer rang Ukrainian President Volodymyr Zelenskiy on Sunday.",
            "CANBERRA, June 2 - Australian Prime Minister Anthony Albanese rang Indonesian President Prabowo Subianto on Monday to discuss trade."})
    void rangAnOfficialIsACall(String text) {
        var calls = events(tag(text, "2025-06-02"), "PHONE_CALL");
        assertEquals(1, calls.size(), text);
        assertEquals(2, calls.get(0).getCountries().size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "MOSCOW, June 2 - Chinese Foreign Minister Wang Yi consulted with Russian Foreign Minister Sergei Lavrov in Moscow on Tuesday.",
            "TOKYO, June 2 - U.S. Secretary of State Marco Rubio consulted with Japanese Prime Minister Shigeru Ishiba in Tokyo on Thursday.",
            "BERLIN, June 2 - Paris and Berlin held consultations on Friday in Berlin.",
            "BERLIN, 2 juin - Paris et Berlin ont tenu des consultations vendredi à Berlin."})
    void consultedWithAForeignOfficialAtAPlaceIsAMeeting(String text) {
        var meetings = events(tag(text, "2025-06-02"), "MEETING");
        assertEquals(1, meetings.size(), text);
        assertEquals(2, meetings.get(0).getCountries().size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "LONDON, June 2 - Alarm bells rang in Downing Street on Sunday after the vote.",
            "PARIS, June 2 - French President Emmanuel Macron consulted with his own advisers at the Elysee on Friday.",
            "PARIS, 2 juin - Les ministres français ont tenu des consultations avec les chefs de partis à Matignon."})
    void theSameWordsWithNoOfficialOfAnotherStateAreNoEvent(String text) {
        assertTrue(events(tag(text, "2025-06-02"), "PHONE_CALL").isEmpty(), text);
        assertTrue(events(tag(text, "2025-06-02"), "MEETING").isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "KYIV, June 2 - Ukrainian President Volodymyr Zelenskiy expressed willingness on Monday to meet Russian President Vladimir Putin.",
            "SEOUL, June 2 - South Korean President Lee Jae-myung expressed his readiness to meet North Korean leader Kim Jong Un."})
    void willingnessToMeetIsAnOffer(String text) {
        var summits = events(tag(text, "2025-06-02"), "SUMMIT_PROPOSAL");
        assertEquals(1, summits.size(), text);
        assertEquals("offered", summits.get(0).getStatus(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ASMARA, June 2 - Eritrea and Ethiopia agreed on Friday to halt hostilities along their border.|agreed",
            "ADDIS ABEBA, 2 juin - L'Erythrée et l'Ethiopie ont accepté vendredi de cesser les hostilités à leur frontière.|agreed",
            "EREVAN, 2 juin - Une trêve a été proclamée vendredi entre l'Arménie et l'Azerbaïdjan.|agreed",
            "PARIS, 2 juin - La France a appelé vendredi l'Erythrée et l'Ethiopie à cesser les hostilités.|called_for",
            "GAZA, June 2 - Hamas and Israel agreed on Wednesday to halt fighting in Gaza.|agreed",
            "GAZA, 2 juin - Le Hamas et Israël ont accepté mercredi de cesser les combats à Gaza.|agreed",
            "NEW YORK, June 2 - The United Nations urged Russia and Ukraine to stop the fighting.|called_for"})
    void aTruceByItsVerbOrDeclaredInThePassive(String text, String status) {
        var truces = events(tag(text, "2025-06-02"), "CEASEFIRE");
        assertEquals(1, truces.size(), text);
        assertEquals(status, truces.get(0).getStatus(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ANKARA, 2 juin - Le président turc Recep Tayyip Erdogan a rencontré de nouveau le Premier ministre grec Kyriakos Mitsotakis à Ankara.|MEETING|occurred",
            "ANKARA, 2 juin - Le président turc Recep Tayyip Erdogan a refusé de rencontrer à nouveau le Premier ministre grec Kyriakos Mitsotakis.|SUMMIT_PROPOSAL|rejected",
            "ANKARA, June 2 - Turkish President Tayyip Erdogan met again with Greek Prime Minister Kyriakos Mitsotakis in Ankara on Monday.|MEETING|occurred"})
    void anAdverbOfRepetitionBeforeTheObjectIsSkipped(String text, String type, String status) {
        var found = events(tag(text, "2025-06-02"), type);
        assertEquals(1, found.size(), text);
        assertEquals(status, found.get(0).getStatus(), text);
        assertEquals(2, found.get(0).getCountries().size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PRISTINA, June 2 - L'indépendance du Kosovo a été proclamée en 2008, a rappelé vendredi le président serbe.",
            "ERBIL, 2 juin - Les dirigeants kurdes ont proclamé vendredi les résultats du scrutin."})
    void proclaimedWithNoTruceIsNoTruce(String text) {
        assertTrue(events(tag(text, "2025-06-02"), "CEASEFIRE").isEmpty(), text);
    }
}
