package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.heldByDate;
import static io.newswire.enrich.tagger.TaggerTest.heldMeetings;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** French MEETING on new wording (session s28, the fr-parameet-dev set, blind paraphrase method). */
class FrenchMeetingsNewWordingTest {

    @Test
    void thePasseSimpleOfAMeetingVerbIsAMeetingHeld() {
        EnrichedDispatch e = tag("PARIS, 12 mai - En juillet 1962, le président Charles de Gaulle reçut à l'Elysée le chancelier allemand "
                + "Konrad Adenauer.", "2023-05-12");
        assertEquals(Set.of(List.of("DEU", "FRA")), heldMeetings(e));
        EnrichedDispatch f = tag("WASHINGTON, 3 mars - Les deux présidents s'entretinrent longuement à la Maison Blanche, selon les mémoires "
                + "de Barack Obama, qui y accueillit Dmitri Medvedev.", "2023-03-03");
        assertEquals(Set.of(List.of("RUS", "USA")), heldMeetings(f));
    }

    @Test
    void aReciprocalSeeVerbIsAMeetingAndItsFutureAPlan() {
        EnrichedDispatch e = tag("ANKARA, 9 mars - Les présidents turc et azerbaïdjanais se sont vus jeudi à Ankara.", "2023-03-09");
        assertEquals(Set.of(List.of("AZE", "TUR")), heldMeetings(e));
        EnrichedDispatch f = tag("ANKARA, 9 mars - Les présidents turc et azerbaïdjanais se verront la semaine prochaine à Bakou.", "2023-03-09");
        assertTrue(heldMeetings(f).isEmpty(), events(f, "MEETING").toString());
    }

    @Test
    void aPastMeetingDatedByItsMonthAndYearStaysItsOwn() {
        EnrichedDispatch e = tag("MOSCOU, 5 juin - Le Premier ministre japonais a été reçu lundi au Kremlin par Vladimir Poutine. "
                + "En novembre 2018, le président russe rencontra déjà Shinzo Abe à Singapour.", "2023-06-05");
        Map<LocalDate, List<String>> held = heldByDate(e);
        assertEquals(2, events(e, "MEETING").size(), events(e, "MEETING").toString());
        assertEquals(List.of("JPN", "RUS"), held.get(LocalDate.of(2018, 11, 1)));
    }

    @Test
    void aPlanUndoneInTheClauseAfterItIsCalledOff() {
        EnrichedDispatch e = tag("MADRID, 4 avril - Le président colombien Gustavo Petro devait se rendre lundi à Paris pour y rencontrer "
                + "Emmanuel Macron, mais il a dû annuler ce déplacement.", "2023-04-04");
        assertOne(e, "SUMMIT_PROPOSAL", "rejected", "COL", "FRA");
        EnrichedDispatch f = tag("MADRID, 4 avril - Le président colombien Gustavo Petro doit rencontrer lundi à Paris Emmanuel Macron, "
                + "six mois après le report de sa visite.", "2023-04-04");
        assertOne(f, "SUMMIT_PROPOSAL", "planned", "COL", "FRA");
    }

    @Test
    void aTitleWhoseLastWordOpensTheDemonymsInstitutionNamesOfficials() {
        EnrichedDispatch e = tag("PARIS, 2 décembre - Les chefs de la diplomatie chinoise et américaine se sont entretenus jeudi à Bali.",
                "2022-12-02");
        assertEquals(Set.of(List.of("CHN", "USA")), heldMeetings(e));
    }

    @Test
    void whoAwaitsAVisitorInThePassiveHostsHim() {
        EnrichedDispatch e = tag("ROME, 1er mars - La présidente du Conseil italien Giorgia Meloni part mercredi pour l'Inde, où elle est "
                + "attendue jeudi à New Delhi par Narendra Modi.", "2023-03-01");
        assertOne(e, "SUMMIT_PROPOSAL", "planned", "IND", "ITA");
    }
}
