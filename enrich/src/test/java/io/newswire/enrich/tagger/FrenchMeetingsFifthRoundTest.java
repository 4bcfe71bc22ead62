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

    @Test
    void oneSignerAsSubjectAndAPersonAfterWithSignTogetherAtThePlace() {
        EnrichedDispatch e = tag("BERLIN, 16 février - Volodymyr Zelensky a signé le matin à Berlin un accord de sécurité avec Olaf Scholz.", "2024-02-16");
        assertTrue(heldMeetings(e).contains(List.of("DEU", "UKR")), events(e, "MEETING").toString());
        EnrichedDispatch f = tag("KIEV, 16 janvier - Keir Starmer a signé jeudi à Kiev un partenariat de cent ans avec Volodymyr Zelensky.", "2025-01-16");
        assertTrue(heldMeetings(f).contains(List.of("GBR", "UKR")), events(f, "MEETING").toString());
        EnrichedDispatch r = tag("PARIS, 16 février - Volodymyr Zelensky, qui avait signé le matin à Berlin un accord de sécurité avec Olaf "
                + "Scholz, est rentré à Kiev.", "2024-02-16");
        assertTrue(heldMeetings(r).contains(List.of("DEU", "UKR")), events(r, "MEETING").toString());
        EnrichedDispatch q = tag("ROME, 26 novembre - Emmanuel Macron et Mario Draghi, qui ont signé vendredi à Rome le traité du Quirinal, "
                + "ont salué une amitié nouvelle.", "2021-11-26");
        assertTrue(heldMeetings(q).contains(List.of("FRA", "ITA")), events(q, "MEETING").toString());
        // a co-signer of one's own state, or a body that is no person: no meeting
        EnrichedDispatch g = tag("PARIS, 16 janvier - Emmanuel Macron a signé mardi à l'Elysée un décret avec son Premier ministre François Bayrou.", "2025-01-16");
        assertTrue(heldMeetings(g).isEmpty(), events(g, "MEETING").toString());
        EnrichedDispatch h = tag("BRUXELLES, 16 janvier - Volodymyr Zelensky a signé jeudi à Bruxelles un accord avec l'Union européenne.", "2025-01-16");
        assertTrue(heldMeetings(h).isEmpty(), events(h, "MEETING").toString());
    }
}
