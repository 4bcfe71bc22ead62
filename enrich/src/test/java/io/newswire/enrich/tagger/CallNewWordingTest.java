package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls told in wording the blind paraphrases of session s28 (para-call) found unread: "spoke by video", "During their
 * call on Saturday, X told Y", "congratulated X in a call on Wednesday" (read as the verb it qualifies, its sides the
 * verb's subject and object, a state named after it with no "with" a topic).
 */
class CallNewWordingTest {

    private static void oneCall(String text, Set<String> sides) {
        var calls = events(tag(text, "2024-11-06"), "PHONE_CALL");
        assertEquals(1, calls.size(), text);
        assertEquals("occurred", calls.get(0).getStatus(), text);
        assertEquals(sides, Set.copyOf(calls.get(0).getCountries()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WASHINGTON, Nov 6 - Joe Biden and Narendra Modi spoke by video on Wednesday as Washington pressed New Delhi on Russian oil.",
            "WASHINGTON, Nov 6 - Joe Biden talked with Narendra Modi via video on Wednesday.",
            "NEW DELHI, 6 novembre - Joe Biden et Narendra Modi se sont parlé par vidéo mercredi."})
    void byVideoIsACall(String text) {
        oneCall(text, Set.of("USA", "IND"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "JERUSALEM, Nov 6 - During their call on Wednesday, U.S. President Joe Biden told Israeli Prime Minister Benjamin Netanyahu that Washington stood with Israel.",
            "JERUSALEM, Nov 6 - In their call on Wednesday, Joe Biden told Benjamin Netanyahu that Washington stood with Israel.",
            "JERUSALEM, Nov 6 - Joe Biden told Benjamin Netanyahu in their call on Wednesday that Washington stood with Israel."})
    void theirCallFrontedIsTheCallOfTheMainClause(String text) {
        oneCall(text, Set.of("USA", "ISR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "LONDON, Nov 6 - Britain's prime minister congratulated Donald Trump in a call on Wednesday evening and told him the two countries would keep standing together on Ukraine.",
            "LONDON, Nov 6 - The British prime minister congratulated Donald Trump in a call on Wednesday evening and pledged to keep working together on Ukraine.",
            "LONDON, Nov 6 - Keir Starmer congratulated Donald Trump by phone on Wednesday evening and pledged to keep working together on Ukraine."})
    void inACallIsReadAsTheVerbItQualifies(String text) {
        oneCall(text, Set.of("GBR", "USA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "LONDON, Nov 6 - Keir Starmer repeated in a call for calm that Britain stood with Ukraine.",
            "LONDON, Nov 6 - Keir Starmer will speak by video with Donald Trump on Thursday."})
    void anAppealOrACallToComeIsNoCallHeld(String text) {
        assertTrue(events(tag(text, "2024-11-06"), "PHONE_CALL").stream().noneMatch(e -> "occurred".equals(e.getStatus())), text);
    }

    /** A cleft: "C'est au cours d'un entretien téléphonique avec X que Y a...", "It was during a phone call with X that Y...". */
    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, 19 août - C'est au cours d'un entretien téléphonique vendredi avec Emmanuel Macron que Vladimir Poutine a donné son accord à une mission de l'AIEA.",
            "PARIS, 19 août - C'est lors d'un appel avec Emmanuel Macron que Vladimir Poutine a accepté la mission.",
            "PARIS, Aug 19 - It was during a phone call with Emmanuel Macron on Friday that Vladimir Putin agreed to the mission."})
    void aCleftCallIsTheCallOfTheClauseItPointsTo(String text) {
        var calls = events(tag(text, "2022-08-19"), "PHONE_CALL");
        assertEquals(1, calls.size(), text);
        assertEquals(Set.of("FRA", "RUS"), Set.copyOf(calls.get(0).getCountries()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, 19 août - C'est au cours d'un entretien téléphonique avec la presse que Vladimir Poutine a donné son accord.",
            "PARIS, Aug 19 - It was during a call with reporters that Vladimir Putin agreed to the mission."})
    void aCleftCallWithThePressIsNoCall(String text) {
        assertTrue(events(tag(text, "2022-08-19"), "PHONE_CALL").isEmpty(), text);
    }
}
