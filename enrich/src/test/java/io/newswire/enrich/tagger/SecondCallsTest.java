package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second call told in the same sentence by a call noun in a clause of its own ("a day after his call with Putin",
 * "au lendemain de son entretien téléphonique avec Poutine") is a call of its own; the same noun for an appeal is none.
 * A call told by the past infinitive ("a dit avoir appelé Poutine") is a call made; "avoir appelé à" is an appeal.
 */
class SecondCallsTest {

    private static Set<Set<String>> callSides(String text, String date) {
        Set<Set<String>> sides = new HashSet<>();
        for (var call : events(tag(text, date), "PHONE_CALL")) sides.add(Set.copyOf(call.getCountries()));
        return sides;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WASHINGTON, April 2 - U.S. President Joe Biden spoke by phone with Ukrainian President Volodymyr Zelensky on Wednesday, a day after his call with Russian President Vladimir Putin.",
            "WASHINGTON, April 2 - U.S. President Joe Biden talked by telephone with Ukrainian President Volodymyr Zelensky on Wednesday, hours after his phone call with Russian President Vladimir Putin.",
            "WASHINGTON, 2 avril - Joe Biden s'est entretenu mercredi au téléphone avec Volodymyr Zelensky, au lendemain de son appel avec Vladimir Poutine.",
            "WASHINGTON, 2 avril - Joe Biden a parlé mercredi au téléphone avec Volodymyr Zelensky, quelques heures après son entretien téléphonique avec Vladimir Poutine."})
    void aSecondCallNounInItsOwnClauseIsItsOwnCall(String text) {
        assertEquals(Set.of(Set.of("USA", "UKR"), Set.of("USA", "RUS")), callSides(text, "2025-04-02"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WASHINGTON, April 2 - U.S. President Joe Biden spoke by phone with Ukrainian President Volodymyr Zelensky on Wednesday and repeated his call for a ceasefire with Russia.",
            "WASHINGTON, 2 avril - Joe Biden s'est entretenu mercredi au téléphone avec Volodymyr Zelensky et a renouvelé son appel à protéger les civils russes."})
    void theSameNounForAnAppealIsNoSecondCall(String text) {
        assertEquals(Set.of(Set.of("USA", "UKR")), callSides(text, "2025-04-02"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WASHINGTON, 2 avril - Donald Trump a dit mercredi avoir appelé Vladimir Poutine.",
            "PARIS, 2 avril - Emmanuel Macron a indiqué mercredi avoir téléphoné à Vladimir Poutine."})
    void aCallInThePastInfinitiveIsACallMade(String text) {
        assertEquals(1, events(tag(text, "2025-04-02"), "PHONE_CALL").size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, 2 avril - Emmanuel Macron a dit mercredi avoir appelé à un cessez-le-feu entre la Russie et l'Ukraine.",
            "PARIS, 2 avril - Emmanuel Macron a dit mercredi avoir appelé la Russie à retirer ses troupes d'Ukraine."})
    void anAppealInThePastInfinitiveIsNoCall(String text) {
        assertTrue(events(tag(text, "2025-04-02"), "PHONE_CALL").isEmpty(), text);
    }
}
