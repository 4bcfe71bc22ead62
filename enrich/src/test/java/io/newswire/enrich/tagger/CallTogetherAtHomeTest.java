package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls of batch C of the blind paraphrases (session s28, wave 2): two sides who talk together, named in the sentence
 * ("Modi and Putin spoke", "... when the two leaders spoke"), datelined in one side's state with no trip told, each in
 * its own capital (a call); "was on the line with" (a call); the antecedent of an object relative ("X, whom Y
 * congratulated by telephone") is the call's other side. Look-alikes: the pair resolved from an earlier sentence
 * ("The two leaders last spoke in June") and a trip told in another sentence keep the talk unread as a call.
 */
class CallTogetherAtHomeTest {

    private static void oneCall(String text, Set<String> sides) {
        var calls = events(tag(text, "2025-08-08"), "PHONE_CALL");
        assertEquals(1, calls.size(), text);
        assertEquals("occurred", calls.get(0).getStatus(), text);
        assertEquals(sides, Set.copyOf(calls.get(0).getCountries()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "NEW DELHI, Aug 8 - Narendra Modi and Vladimir Putin spoke on Friday about trade and energy, the Indian government said.",
            "NEW DELHI, Aug 8 - Narendra Modi briefed Vladimir Putin on the trade negotiations when the two leaders spoke on Friday, his office said.",
            "MOSCOW, Aug 8 - Vladimir Putin congratulated Narendra Modi on India's space programme after the two leaders talked on Friday, the Kremlin said."})
    void twoSidesTalkingTogetherAtHomeIsACall(String text) {
        oneCall(text, Set.of("IND", "RUS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "MOSCOW, Aug 8 - Sergei Lavrov was on the line with Marco Rubio on Friday to discuss a prisoner swap, the ministry said.",
            "WASHINGTON, Aug 8 - Marco Rubio and Sergei Lavrov were on the line with each other on Friday, the State Department said."})
    void onTheLineWithIsACall(String text) {
        oneCall(text, Set.of("RUS", "USA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SEOUL, Aug 8 - Lee Jae-myung, whom Shigeru Ishiba congratulated by phone on Friday, said Seoul and Tokyo would work together.",
            "SEOUL, Aug 8 - Lee Jae-myung, whom Shigeru Ishiba telephoned on Friday, said Seoul and Tokyo would work together."})
    void anObjectRelativesAntecedentIsTheCalledSide(String text) {
        oneCall(text, Set.of("KOR", "JPN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WASHINGTON, Aug 8 - Donald Trump will speak with Xi Jinping next week, the White House said.\n\nThe two leaders last spoke in June.",
            "NEW DELHI, Aug 8 - Narendra Modi and Vladimir Putin spoke on Friday about trade and energy.\n\nPutin arrived in New Delhi on Thursday for a two-day visit."})
    void aPairFromBeforeOrATripToldIsNoCall(String text) {
        assertTrue(events(tag(text, "2025-08-08"), "PHONE_CALL").stream().noneMatch(e -> "occurred".equals(e.getStatus())), text);
    }
}
