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

    /** "the Pakistani director general of military operations", "le directeur des opérations militaires indien": an army's operations chief speaks for his state. */
    @ParameterizedTest
    @ValueSource(strings = {
            "NEW DELHI, Feb 25 - The Indian and Pakistani directors general of military operations held talks over the hotline on Wednesday, the two armies said.",
            "NEW DELHI, Feb 25 - The Pakistani director general of military operations called his Indian counterpart on Wednesday.",
            "NEW DELHI, 25 février - Le directeur des opérations militaires pakistanais a appelé son homologue indien dans l'après-midi.",
            "NEW DELHI, 25 février - Le directeur général des opérations militaires indien s'est entretenu mercredi avec son homologue pakistanais sur la ligne directe."})
    void twoArmiesOperationsChiefsOnTheirHotlineAreACallOfTheirStates(String text) {
        var calls = events(tag(text, "2021-02-25"), "PHONE_CALL");
        assertEquals(1, calls.size(), text);
        assertEquals(java.util.Set.of("IND", "PAK"), java.util.Set.copyOf(calls.get(0).getCountries()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "NEW DELHI, May 11 - The Indian director general of military operations told reporters in New Delhi on Sunday that the army was ready.",
            "NEW DELHI, 11 mai - Le directeur général des opérations militaires indien a déclaré dimanche devant la presse que l'armée était prête."})
    void oneArmysOperationsChiefBeforeThePressIsNoCall(String text) {
        assertTrue(events(tag(text, "2025-05-11"), "PHONE_CALL").isEmpty(), text);
        assertTrue(events(tag(text, "2025-05-11"), "MEETING").isEmpty(), text);
    }

    /** "a appelé jeudi son homologue russe": a day, or a day and its part ("samedi après-midi"), between the verb and the counterpart named by a demonym. */
    @ParameterizedTest
    @ValueSource(strings = {
            "WASHINGTON, 19 mai - Le chef d'état-major interarmées américain a appelé jeudi son homologue russe.",
            "ISLAMABAD, 10 mai - Le ministre pakistanais de la Défense a appelé samedi après-midi son homologue indien.",
            "ISLAMABAD, 10 mai - Le directeur des opérations militaires pakistanais a appelé samedi son homologue indien."})
    void aDayBeforeTheCounterpartLeavesTheCall(String text) {
        assertEquals(1, events(tag(text, "2025-05-10"), "PHONE_CALL").size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PEKIN, 7 mai - Le ministère chinois des Affaires étrangères a appelé mercredi l'Inde et le Pakistan à la retenue.",
            "ISLAMABAD, 10 mai - Le ministre pakistanais a appelé samedi son homologue indien à la retenue."})
    void aDayBeforeStatesAskedSomethingIsNoCall(String text) {
        assertTrue(events(tag(text, "2025-05-10"), "PHONE_CALL").isEmpty(), text);
    }

    /** "a appelé lundi le Premier ministre de l'Inde, Narendra Modi": a title opens the official's phrase, the state or the name after it (session s28, para-call). */
    @ParameterizedTest
    @ValueSource(strings = {
            "KIEV, 11 août - Le président ukrainien a appelé lundi le Premier ministre de l'Inde, Narendra Modi, pour lui présenter la situation.",
            "KIEV, 11 août - Volodymyr Zelensky a appelé le Premier ministre indien Narendra Modi pour lui présenter la situation.",
            "ROME, 11 août - Giorgia Meloni a téléphoné mardi au chancelier allemand pour préparer le sommet.",
            "KYIV, Aug 11 - The Ukrainian president called the Prime Minister of India, Narendra Modi, on Monday to brief him.",
            "ROME, Aug 11 - Giorgia Meloni phoned the German Chancellor on Tuesday to prepare the summit."})
    void aTitleBeforeTheDialledOfficialKeepsTheCall(String text) {
        var calls = events(tag(text, "2025-08-11"), "PHONE_CALL");
        assertEquals(1, calls.size(), text);
        assertEquals(2, calls.get(0).getCountries().size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "KIEV, 11 août - Le président ukrainien a appelé lundi le Premier ministre de l'Inde à réduire ses achats de pétrole russe.",
            "KYIV, Aug 11 - The Ukrainian president called the Prime Minister of India a friend of Ukraine on Monday."})
    void aTitleAskedOrNamedIsNoCall(String text) {
        assertTrue(events(tag(text, "2025-08-11"), "PHONE_CALL").isEmpty(), text);
    }
}
