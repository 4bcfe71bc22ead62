package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who invited a visit, told by an invitation phrase ("At the invitation of X, Y will pay a state visit to", "se rendra
 * en Russie à l'invitation de X"), is the circumstance of the visit: the visit scheduled is planned, the one made is held;
 * the invitation noun proposes no summit of its own (session s30, w2-sum-status-en). Texts written for the test.
 */
class InvitationPhraseTest {

    private static Map<Set<String>, String> statuses(String text, String type) {
        Map<Set<String>, String> out = new HashMap<>();
        for (var e : events(tag(text, "2025-05-02"), type)) out.put(Set.copyOf(e.getCountries()), String.valueOf(e.getStatus()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "LONDON, May 2 - At the invitation of King Charles, U.S. President Donald Trump will make a state visit to Britain in September.",
            "LONDON, May 2 - On the invitation of British Prime Minister Keir Starmer, U.S. President Donald Trump will travel to London next month.",
            "LONDON, May 2 - U.S. President Donald Trump will pay a state visit to Britain in September at the invitation of King Charles, Downing Street said.",
            "LONDRES, 2 mai (AFP) - À l'invitation du roi Charles, le président américain Donald Trump effectuera une visite d'Etat au Royaume-Uni en septembre.",
            "LONDRES, 2 mai (AFP) - Le président américain Donald Trump se rendra au Royaume-Uni en septembre à l'invitation du Premier ministre Keir Starmer."})
    void aVisitScheduledAtAnInvitationIsPlanned(String text) {
        assertEquals(Map.of(Set.of("GBR", "USA"), "planned"), statuses(text, "SUMMIT_PROPOSAL"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PARIS, May 2 - At the invitation of French President Emmanuel Macron, Indian Prime Minister Narendra Modi visited Paris on Friday.",
            "PARIS, 2 mai (AFP) - À l'invitation d'Emmanuel Macron, le Premier ministre indien Narendra Modi s'est rendu vendredi à Paris."})
    void aVisitMadeAtAnInvitationIsHeld(String text) {
        assertEquals(Map.of(), statuses(text, "SUMMIT_PROPOSAL"), text);
        assertEquals(Map.of(Set.of("FRA", "IND"), "occurred"), statuses(text, "MEETING"), text);
    }

    /** The look-alike: an invitation held out, no visit beside it, stays an offer. */
    @ParameterizedTest
    @ValueSource(strings = {
            "MOSCOW, May 2 - Russian President Vladimir Putin extended an invitation to Chinese President Xi Jinping to visit Russia.",
            "MOSCOU, 2 mai (AFP) - Le président russe Vladimir Poutine a adressé une invitation au président chinois Xi Jinping."})
    void anInvitationHeldOutIsAnOffer(String text) {
        assertEquals(Map.of(Set.of("CHN", "RUS"), "offered"), statuses(text, "SUMMIT_PROPOSAL"), text);
    }

    /** "an invitation he accepted": the relative without its word, after the offer's noun, tells what became of the summit. */
    @ParameterizedTest
    @ValueSource(strings = {
            "ROME, May 2 - Italian Prime Minister Giorgia Meloni invited U.S. President Donald Trump to visit Rome, an invitation he accepted.",
            "ROME, May 2 - Italian Prime Minister Giorgia Meloni handed Donald Trump a letter inviting him on a state visit to Italy, an invitation Trump accepted on the spot.",
            "ROME, May 2 - Italian Prime Minister Giorgia Meloni invited U.S. President Donald Trump to visit Rome, an invitation that Trump accepted.",
            "ROME, May 2 - Italian Prime Minister Giorgia Meloni invited U.S. President Donald Trump to visit Rome, an invitation accepted by the U.S. president."})
    void anInvitationAcceptedInItsRelativeIsAgreed(String text) {
        assertEquals(Map.of(Set.of("ITA", "USA"), "agreed"), statuses(text, "SUMMIT_PROPOSAL"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "BRASILIA, May 2 - Brazilian President Luiz Inacio Lula da Silva invited Russian President Vladimir Putin to Brasilia, an invitation Putin declined."})
    void anInvitationDeclinedInItsRelativeIsRejected(String text) {
        assertEquals(Map.of(Set.of("BRA", "RUS"), "rejected"), statuses(text, "SUMMIT_PROPOSAL"), text);
    }

    /** "said he looked forward to a constructive meeting with Xi" (cue lines "look forward to" in each form): a meeting hoped for, wished, not held. */
    @ParameterizedTest
    @ValueSource(strings = {
            "CANBERRA, May 2 - Australian Prime Minister Anthony Albanese said he looked forward to a constructive meeting with Chinese President Xi Jinping.",
            "PARIS, May 2 - French President Emmanuel Macron said he looks forward to meeting Chinese President Xi Jinping in Paris.",
            "WASHINGTON, May 2 - U.S. President Joe Biden said he was looking forward to talks with Chinese President Xi Jinping."})
    void aMeetingLookedForwardToIsWished(String text) {
        assertEquals(Map.of(), statuses(text, "MEETING"), text);
        assertEquals(1, statuses(text, "SUMMIT_PROPOSAL").size(), text);
        assertEquals("wished", statuses(text, "SUMMIT_PROPOSAL").values().iterator().next(), text);
    }
}
