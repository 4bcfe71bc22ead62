package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls told in the wording the blind paraphrases of session s31 (paracall4) found unread: a group call told by a
 * conference noun ("held a video conference with the leaders of A, B and C", "une visioconférence avec A, B et C"),
 * one event with all its states, and what a response answers is no side; a call noun that is the object of a demand
 * ("a demandé un entretien téléphonique avec", "asked for a phone call with") is asked for, not held; a pronoun callee
 * ("called him", "lui avait téléphoné") is the other side; a call claimed after the dispatch denied it is no call.
 */
class CallParaphrases4Test {

    @ParameterizedTest
    @ValueSource(strings = {
            "LONDON, Nov 6 - Boris Johnson held a videoconference on Tuesday with the leaders of Canada, Japan and Australia to coordinate their response to Russia's troop build-up, Downing Street said.",
            "BERLIN, Nov 6 - Olaf Scholz took part on Monday in a video conference with Joe Biden, Emmanuel Macron and Fumio Kishida to discuss sanctions on Russia.",
            "PARIS, 6 novembre - Emmanuel Macron a participé jeudi à une visioconférence avec Joe Biden, Olaf Scholz et Boris Johnson, a indiqué l'Elysée."})
    void aConferenceWithSeveralIsOneCall(String text) {
        var calls = events(tag(text, "2024-11-06"), "PHONE_CALL");
        assertEquals(1, calls.size(), text);
        assertEquals(4, calls.get(0).getCountries().size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, 6 novembre - Emmanuel Macron s'est entretenu jeudi par téléphone avec Joe Biden et Olaf Scholz, a indiqué l'Elysée."})
    void aPhoneCallWithTwoIsTwoCalls(String text) {
        assertEquals(2, events(tag(text, "2024-11-06"), "PHONE_CALL").size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "KYIV, Nov 6 - Volodymyr Zelenskiy has asked for a phone call with Xi Jinping, his office said on Wednesday.",
            "KIEV, 6 novembre - Volodymyr Zelensky a demandé un entretien téléphonique avec Xi Jinping mais n'a reçu aucune réponse de Pékin.",
            "PARIS, 6 novembre - Emmanuel Macron a sollicité un entretien téléphonique avec Vladimir Poutine, a indiqué l'Elysée."})
    void aCallAskedForIsNoCallHeld(String text) {
        var tagged = tag(text, "2024-11-06");
        assertTrue(events(tagged, "PHONE_CALL").stream().noneMatch(e -> "occurred".equals(e.getStatus())), text);
        assertTrue(events(tagged, "MEETING").isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WASHINGTON, Nov 6 - Joe Biden asked for more weapons deliveries to Kyiv in a phone call with Olaf Scholz on Wednesday, the White House said."})
    void aDemandMadeInACallLeavesTheCallHeld(String text) {
        assertOne(tag(text, "2024-11-06"), "PHONE_CALL", "occurred", "USA", "DEU");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KYIV, Nov 6 - Volodymyr Zelenskiy said Donald Trump called him on Wednesday. | UKR",
            "WASHINGTON, Nov 6 - Benjamin Netanyahu was given a blunt message on Wednesday when Joe Biden called him, U.S. officials said. | ISR",
            "KIEV, 6 novembre - Volodymyr Zelensky a annoncé mercredi que Donald Trump lui avait téléphoné. | UKR"})
    void aPronounCalleeIsTheOtherSide(String text, String callee) {
        assertOne(tag(text, "2024-11-06"), "PHONE_CALL", "occurred", "USA", callee);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "KYIV, Nov 6 - Donald Trump called him a dictator on Wednesday, Volodymyr Zelenskiy said.",
            "NEW DELHI, 6 novembre - Narendra Modi a annoncé mercredi que Vladimir Poutine lui avait dit sa volonté de paix."})
    void aPronounAfterAnotherVerbIsNoCall(String text) {
        assertTrue(events(tag(text, "2024-11-06"), "PHONE_CALL").isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "BEIJING, Nov 6 - China said on Wednesday that Xi Jinping and Donald Trump had not spoken by phone recently. Trump had told Time magazine that Xi had phoned him.",
            "PEKIN, 6 novembre - La Chine a démenti mercredi tout appel récent entre Xi Jinping et Donald Trump. Donald Trump avait assuré que Xi Jinping lui avait téléphoné."})
    void aCallClaimedAfterItsDenialIsNoCall(String text) {
        assertTrue(events(tag(text, "2024-11-06"), "PHONE_CALL").stream().noneMatch(e -> "occurred".equals(e.getStatus())), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "BEIJING, Nov 6 - China said Xi Jinping and Donald Trump had not spoken by phone recently. Xi spoke by phone with Vladimir Putin on Wednesday."})
    void anotherCallAfterADenialIsHeld(String text) {
        assertEquals(1, events(tag(text, "2024-11-06"), "PHONE_CALL").stream().filter(e -> "occurred".equals(e.getStatus())).count(), text);
    }
}
