package io.newswire.enrich.tagger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A modality cue's other forms ("négocie" from "négocient") match the present, never the past participle they fold onto
 * ("ont négocié": talks held).
 */
class ParticipleIsNoPresentFormTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "LE CAIRE, 9 février - Israël et le Hamas négociaient vendredi au Caire un cessez-le-feu à Gaza, selon des sources égyptiennes.",
            "LE CAIRE, 9 février - Israël et le Hamas négocient au Caire un cessez-le-feu à Gaza, selon des sources égyptiennes.",
            "LE CAIRE, 9 février - Le Hamas négociait vendredi avec Israël un cessez-le-feu à Gaza, selon des sources égyptiennes."})
    void thePresentOrImperfectIsATruceUnderDiscussion(String text) {
        var truces = events(tag(text, "2024-02-09"), "CEASEFIRE");
        assertEquals(1, truces.size(), text);
        assertEquals("under_discussion", String.valueOf(truces.get(0).getStatus()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "MINSK, 12 février - Les dirigeants russe, ukrainien, allemand et français ont négocié seize heures à Minsk et se sont entendus jeudi sur un cessez-le-feu dans l'est de l'Ukraine.",
            "GENÈVE, 10 janvier - Les délégations américaine et russe ont négocié lundi à Genève pendant huit heures sur la sécurité en Europe."})
    void theParticipleIsTalksHeldNotUnderDiscussion(String text) {
        var tagged = tag(text, "2015-02-12");
        assertTrue(tagged.getEvents().stream().noneMatch(e -> "under_discussion".equals(String.valueOf(e.getStatus()))), tagged.getEvents().toString());
        assertEquals(1, events(tagged, "MEETING").size(), tagged.getEvents().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GENÈVE, 16 juin - La Suisse a prêté à la Russie et aux Etats-Unis une villa au bord du lac, où Joe Biden et Vladimir Poutine se sont rencontrés mercredi.",
            "GENÈVE, 16 juin - Joe Biden et Vladimir Poutine se sont rencontrés mercredi à Genève, qui a prêté à leur sommet la villa La Grange."})
    void aVenueLentIsNoOffer(String text) {
        var tagged = tag(text, "2021-06-16");
        var meetings = events(tagged, "MEETING");
        assertEquals(1, meetings.size(), tagged.getEvents().toString());
        assertEquals("occurred", String.valueOf(meetings.get(0).getStatus()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "BUCAREST, 3 mars - La Roumanie se dit prête à accueillir un sommet entre Vladimir Poutine et Volodymyr Zelensky."})
    void readyIsStillAnOffer(String text) {
        var summits = events(tag(text, "2025-03-03"), "SUMMIT_PROPOSAL");
        assertEquals(1, summits.size(), text);
        assertEquals("offered", String.valueOf(summits.get(0).getStatus()), text);
    }
}
