package io.newswire.enrich.tagger;

import io.newswire.schemas.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * French summit proposals on new wording, fourth round (session s30, fr-parasum3-dev): the partner named after "avec"
 * before the trigger of a reported infinitive, a meeting noun that opens its sentence with its partner, the pronoun
 * joined to a subject named by title and name, and the agreement said "s'être mis d'accord" or "tombé d'accord".
 */
class SummitParaphraseRound4FrTest {

    @Test
    void aPartnerAfterAvecBeforeTheTriggerLeavesTheSubjectToTheSpeaker() {
        TaggerTest.assertOne(tag("PARIS, 10 mars - Emmanuel Macron a affirmé lundi être convenu avec Olaf Scholz d'un sommet à Berlin le mois prochain.",
                "2023-03-10"), "SUMMIT_PROPOSAL", "agreed", "DEU", "FRA");
        TaggerTest.assertOne(tag("ROME, 4 juin - Giorgia Meloni a dit mardi s'être mise d'accord avec Pedro Sanchez sur une rencontre à Madrid.",
                "2024-06-04"), "SUMMIT_PROPOSAL", "agreed", "ESP", "ITA");
        TaggerTest.assertOne(tag("PARIS, 10 mars - Emmanuel Macron a indiqué être tombé d'accord avec Olaf Scholz pour une rencontre à Berlin.",
                "2023-03-10"), "SUMMIT_PROPOSAL", "agreed", "DEU", "FRA");
    }

    @Test
    void aMeetingNounThatOpensItsSentenceWithItsPartnerIsTheLastSubjects() {
        String lead = "NEW DELHI, 29 août - Le Premier ministre indien Narendra Modi se rendra dimanche à Tianjin pour le sommet de l'OCS.\n\n";
        TaggerTest.assertOne(tag(lead + "Une rencontre avec le président chinois est également programmée en marge de la réunion.", "2025-08-29"),
                "SUMMIT_PROPOSAL", "planned", "CHN", "IND");
        TaggerTest.assertOne(tag("NEW DELHI, Aug 29 - Indian Prime Minister Narendra Modi will travel to Tianjin on Sunday for the SCO summit.\n\n"
                + "A meeting with President Xi Jinping is planned on the sidelines of the gathering.", "2025-08-29"), "SUMMIT_PROPOSAL", "planned", "CHN", "IND");
        // the look-alike: a trip to a group's summit alone is no summit between states
        assertTrue(events(tag(lead + "Une vingtaine de dirigeants sont attendus à Tianjin.", "2025-08-29"), "SUMMIT_PROPOSAL").isEmpty());
    }

    @Test
    void sittingDownWithALeaderIsAMeetingWhoseGoverningWordsGiveItsStatus() {
        TaggerTest.assertOne(tag("KIEV, 22 septembre - Volodymyr Zelensky a affirmé être prêt à s'asseoir à la table avec Vladimir Poutine, "
                + "sans conditions préalables.", "2025-09-22"), "SUMMIT_PROPOSAL", "offered", "RUS", "UKR");
        TaggerTest.assertOne(tag("SEOUL, 22 septembre - Le dirigeant nord-coréen s'est dit disposé à s'asseoir avec Donald Trump si les Etats-Unis "
                + "changeaient de politique.", "2025-09-22"), "SUMMIT_PROPOSAL", "conditional", "PRK", "USA");
        // the look-alike: negotiators who sat with their counterparts name no state, no summit
        assertTrue(events(tag("PARIS, 22 septembre - Les négociateurs se sont assis avec leurs homologues pour préparer le texte.", "2025-09-22"),
                "SUMMIT_PROPOSAL").isEmpty());
    }

    @Test
    void anInvitationAnsweredInItsObjectRelativeStandsWhereTheRelativeSays() {
        String lead = "PARIS, 27 avril - Emmanuel Macron a adressé à Joe Biden une invitation à une visite d'Etat en France";
        TaggerTest.assertOne(tag(lead + ", invitation que le président américain a acceptée.", "2023-04-27"), "SUMMIT_PROPOSAL", "agreed", "FRA", "USA");
        TaggerTest.assertOne(tag(lead + ", une invitation que le président américain a déclinée.", "2023-04-27"), "SUMMIT_PROPOSAL", "rejected", "FRA", "USA");
        // the look-alike: an invitation no one answered stays an offer
        TaggerTest.assertOne(tag(lead + ".", "2023-04-27"), "SUMMIT_PROPOSAL", "offered", "FRA", "USA");
    }

    @Test
    void grenadeInSpainIsTheAndalusianCityNotTheCaribbeanState() {
        String called = "BAKOU, 4 octobre - Ilham Aliev a renoncé à se rendre à Grenade, en Espagne, où il devait rencontrer Nikol Pachinian.";
        assertTrue(!TaggerTest.countries(tag(called, "2023-10-04")).contains("GRD"));
        List<Event> summit = events(tag(called, "2023-10-04"), "SUMMIT_PROPOSAL");   // Spain, the venue, may host
        assertTrue(summit.size() == 1 && summit.get(0).getCountries().containsAll(List.of("ARM", "AZE")) && !summit.get(0).getCountries().contains("GRD")
                && "rejected".equals(summit.get(0).getStatus()), summit.toString());
        assertTrue(!TaggerTest.countries(tag("MADRID, 5 octobre - Les dirigeants se sont retrouvés dans la ville andalouse de Grenade.", "2023-10-05"))
                .contains("GRD"));
        // the look-alike: the Caribbean state's prime minister
        assertTrue(TaggerTest.countries(tag("PARIS, 5 octobre - Le Premier ministre de Grenade a été reçu par Emmanuel Macron à l'Elysée.", "2023-10-05"))
                .contains("GRD"));
    }

    @Test
    void aPronounJoinedToASubjectNamedByTitleAndNameIsThePerson() {
        List<Event> found = events(tag("WASHINGTON, 19 septembre - Le président américain Donald Trump a écrit que le dirigeant chinois et lui "
                + "étaient convenus de se retrouver en Corée du Sud.", "2025-09-19"), "SUMMIT_PROPOSAL");
        assertTrue(found.size() == 1 && found.get(0).getCountries().containsAll(List.of("CHN", "USA")) && "agreed".equals(found.get(0).getStatus()),
                found.toString());
    }
}
