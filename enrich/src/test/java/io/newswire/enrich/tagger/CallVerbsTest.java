package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Biden called Xi", "Poutine a appelé Erdogan": a verb that phones the official it takes at once; the same verb that
 * names him, asks something of him or of a state, or calls something off is no call.
 */
class CallVerbsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, 3 mars - Emmanuel Macron et Olaf Scholz ont appelé samedi Vladimir Poutine à un cessez-le-feu lors d'un entretien téléphonique à trois.",
            "WASHINGTON, March 3 - U.S. President Joe Biden called Chinese President Xi Jinping on Tuesday.",
            "ANKARA, March 3 - Turkish President Recep Tayyip Erdogan called Vladimir Putin on Sunday to discuss the grain deal.",
            "MOSCOU, 3 mars - Vladimir Poutine a appelé mardi Recep Tayyip Erdogan, a indiqué le Kremlin.",
            "PARIS, 3 mars - Emmanuel Macron a appelé Volodymyr Zelensky pour lui assurer le soutien de la France.",
            "NEW DELHI, March 3 - Indian Prime Minister Narendra Modi dialled Russian President Vladimir Putin on Monday.",
            "WASHINGTON, March 3 - U.S. President Joe Biden and Chinese President Xi Jinping met virtually on Monday."})
    void aLeaderCalledByNameIsACall(String text) {
        assertEquals(1, events(tag(text, "2025-03-03"), "PHONE_CALL").size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WASHINGTON, March 3 - Joe Biden called Vladimir Putin a war criminal on Wednesday.",
            "WASHINGTON, March 3 - Joe Biden called for a ceasefire between Russia and Ukraine.",
            "PARIS, March 3 - Emmanuel Macron called on Russia to withdraw its troops from Ukraine.",
            "WASHINGTON, March 3 - Donald Trump called off his summit with Kim Jong Un.",
            "KYIV, March 3 - Volodymyr Zelensky called the talks with Russia in Istanbul a failure.",
            "LONDON, March 3 - The Foreign Office called in the Russian ambassador on Monday.",
            "PARIS, 3 mars - Emmanuel Macron a appelé la Russie à retirer ses troupes d'Ukraine.",
            "PARIS, 3 mars - Emmanuel Macron a appelé Vladimir Poutine à cesser le feu.",
            "PARIS, 3 mars - Emmanuel Macron a appelé à un cessez-le-feu entre la Russie et l'Ukraine.",
            "BRUXELLES, 3 mars - La Belgique, critiquée par Pierre Nkurunziza, a renouvelé ses appels à Bujumbura à libérer les opposants.",
            "WASHINGTON, March 3 - The new corridor through Armenia is to be called the Trump Route, the White House said."})
    void theVerbThatNamesAsksOrCallsOffIsNoCall(String text) {
        assertTrue(events(tag(text, "2025-03-03"), "PHONE_CALL").isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WASHINGTON, March 3 - U.S. President Joe Biden and Chinese President Xi Jinping met virtually on Monday.",
            "NEW DELHI, March 3 - Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese held a virtual summit on Monday."})
    void aMeetingHeldVirtuallyIsACallNotAMeeting(String text) {
        assertTrue(events(tag(text, "2025-03-03"), "MEETING").isEmpty(), text);
        assertEquals(1, events(tag(text, "2025-03-03"), "PHONE_CALL").size(), text);
    }
}
