package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A phrase set before its clause's subject ("A day after his call with Putin, Trump received Zelenskiy", "Au lendemain
 * de son entretien au téléphone avec Poutine, Trump a accueilli Zelensky") ends at its comma even between two names: who
 * it names is a side of its own event, not of the main clause's (session s28, para-call).
 */
class FrontedPhraseTest {

    private static Set<Set<String>> sides(String text, String type) {
        Set<Set<String>> out = new HashSet<>();
        for (var e : events(tag(text, "2025-10-17"), type)) out.add(Set.copyOf(e.getCountries()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WASHINGTON, Oct 17 - A day after a phone call with Vladimir Putin, Donald Trump received Volodymyr Zelenskiy at the White House on Friday.",
            "WASHINGTON, Oct 17 - After his phone call with Vladimir Putin, Donald Trump met Volodymyr Zelenskiy at the White House on Friday.",
            "WASHINGTON, 17 octobre - Au lendemain de son long entretien au téléphone avec Vladimir Poutine, Donald Trump a accueilli vendredi Volodymyr Zelensky à la Maison Blanche.",
            "WASHINGTON, 17 octobre - Après son entretien téléphonique avec Vladimir Poutine, Donald Trump a reçu vendredi Volodymyr Zelensky à la Maison Blanche."})
    void aFrontedCallPhraseLendsNoSideToTheMeeting(String text) {
        assertEquals(Set.of(Set.of("USA", "UKR")), sides(text, "MEETING"), text);
        assertEquals(Set.of(Set.of("USA", "RUS")), sides(text, "PHONE_CALL"), text);
    }

    /** "telephoned Zelenskiy to brief him": a pronoun after a partner named in the object slot is that partner, no one named before. */
    @ParameterizedTest
    @ValueSource(strings = {
            "WASHINGTON, Oct 17 - The Kremlin said Putin had invited Trump to Moscow. Shortly after hanging up with Putin, Trump telephoned Ukrainian President Volodymyr Zelenskiy to brief him.",
            "WASHINGTON, 17 octobre - Le Kremlin a dit que Poutine avait invité Trump à Moscou. Peu après avoir raccroché avec Poutine, Trump a téléphoné au président ukrainien Volodymyr Zelensky pour l'informer."})
    void aPronounAfterTheCalleeIsTheCallee(String text) {
        assertEquals(true, sides(text, "PHONE_CALL").contains(Set.of("USA", "UKR")), text);
        assertEquals(false, sides(text, "PHONE_CALL").contains(Set.of("RUS", "UKR")), text);
    }

    /** "received Zelenskiy ..., a day after a long phone call with Putin": whom the meeting verb takes met the subject; the call is the subject's. */
    @ParameterizedTest
    @ValueSource(strings = {
            "WASHINGTON, Oct 17 - U.S. President Donald Trump received Ukrainian President Volodymyr Zelenskiy at the White House on Friday, a day after a long phone call with Russian President Vladimir Putin.",
            "WASHINGTON, Oct 17 - Donald Trump met Volodymyr Zelenskiy at the White House on Friday, hours after a phone call with Vladimir Putin.",
            "WASHINGTON, 17 octobre - Le président américain Donald Trump a reçu vendredi à la Maison Blanche le président ukrainien Volodymyr Zelensky, au lendemain d'un long entretien téléphonique avec le président russe Vladimir Poutine."})
    void aTrailingCallPhraseIsTheSubjectsCall(String text) {
        assertEquals(Set.of(Set.of("USA", "UKR")), sides(text, "MEETING"), text);
        assertEquals(Set.of(Set.of("USA", "RUS")), sides(text, "PHONE_CALL"), text);
    }

    /** "invited Trump to visit China during a phone call": the visit is only proposed, the invited one is on the call. */
    @ParameterizedTest
    @ValueSource(strings = {
            "BEIJING, Oct 17 - Chinese President Xi Jinping invited U.S. President Donald Trump to visit China during a phone call on Thursday."})
    void aVisitProposedKeepsItsObjectOnTheCall(String text) {
        assertEquals(Set.of(Set.of("USA", "CHN")), sides(text, "PHONE_CALL"), text);
    }

    /** "a proposé à Poutine un sommet avec Biden, au cours d'un entretien téléphonique": who follows the summit's "avec" is no side of the call. */
    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, 17 octobre - Emmanuel Macron a proposé dimanche à Vladimir Poutine la tenue d'un sommet avec Joe Biden sur la sécurité en Europe, au cours d'un entretien téléphonique, a annoncé l'Elysée.",
            "PARIS, 17 octobre - Emmanuel Macron a proposé dimanche à Vladimir Poutine un sommet avec Joe Biden, lors d'un entretien téléphonique."})
    void theOtherMeetingsPartnerIsNoSideOfTheCall(String text) {
        assertEquals(Set.of(Set.of("FRA", "RUS")), sides(text, "PHONE_CALL"), text);
    }
}
