package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.heldMeetings;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** French MEETING recall, fifth pass (session s30 wave 2, the fr-meetrec5-dev set). */
class FrenchMeetingsFifthRoundTest {

    @Test
    void aPartOfTheDayBetweenAReceivingVerbAndItsAgentIsATimeNotTheThingReceived() {
        EnrichedDispatch e = tag("MOSCOU, 4 mars - Narendra Modi a été reçu le soir même par Vladimir Poutine.", "2024-03-04");
        assertTrue(heldMeetings(e).contains(List.of("IND", "RUS")), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("ANKARA, 4 mars - Olaf Scholz a été accueilli le matin par Recep Tayyip Erdogan au palais présidentiel.", "2024-03-04");
        assertTrue(heldMeetings(f).contains(List.of("DEU", "TUR")), events(f, "MEETING").toString());
        EnrichedDispatch g = tag("PEKIN, 4 mars - Emmanuel Macron a été reçu l'après-midi par Xi Jinping.", "2024-03-04");
        assertTrue(heldMeetings(g).contains(List.of("CHN", "FRA")), events(g, "MEETING").toString());
        // a thing received after the time is still a thing: no one met
        EnrichedDispatch h = tag("MOSCOU, 4 mars - Xi Jinping a reçu le matin même une lettre de Vladimir Poutine.", "2024-03-04");
        assertTrue(heldMeetings(h).isEmpty(), events(h, "MEETING").toString());
        EnrichedDispatch i = tag("BERLIN, 4 mars - Olaf Scholz a reçu le soir même les chefs de sa coalition.", "2024-03-04");
        assertTrue(heldMeetings(i).isEmpty(), events(i, "MEETING").toString());
    }
}
