package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * French summit proposals on new wording (session s28, blind paraphrases): a future trigger told in the conditional, the
 * conditions "pour peu que", "sous réserve que", "pour autant que".
 */
class SummitParaphrasesFrTest {

    @Test
    void aFutureTriggerIsReadInTheConditionalToo() {
        TaggerTest.assertOne(tag("ANKARA, 25 octobre - Le président turc Recep Tayyip Erdogan a fait savoir mercredi qu'il ne se rendrait pas "
                + "en Israël.", "2023-10-25"), "SUMMIT_PROPOSAL", "rejected", "ISR", "TUR");
        TaggerTest.assertOne(tag("KIEV, 16 août - Le président ukrainien Volodymyr Zelensky a annoncé samedi qu'il se rendrait lundi à Washington.",
                "2025-08-16"), "SUMMIT_PROPOSAL", "planned", "UKR", "USA");
        // the look-alike: a trip in the conditional of reported speech made to one's own country is no summit
        assertTrue(events(tag("PARIS, 17 décembre - Emmanuel Macron se rendrait jeudi à Mayotte, selon son entourage.", "2024-12-17"),
                "SUMMIT_PROPOSAL").isEmpty());
    }

    @Test
    void otherWordsOfConditionMakeAConditionalSummit() {
        TaggerTest.assertOne(tag("SÉOUL, 22 septembre - Kim Jong Un n'exclut pas une nouvelle rencontre avec Donald Trump, pour peu que les "
                + "Etats-Unis cessent d'exiger la dénucléarisation de la Corée du Nord.", "2025-09-22"), "SUMMIT_PROPOSAL", "conditional", "PRK", "USA");
        TaggerTest.assertOne(tag("MOSCOU, 3 septembre - Vladimir Poutine s'est dit prêt mercredi à rencontrer Volodymyr Zelensky, sous réserve "
                + "que la rencontre soit bien préparée.", "2025-09-03"), "SUMMIT_PROPOSAL", "conditional", "RUS", "UKR");
        // the look-alike: with no condition the opening stays an offer
        TaggerTest.assertOne(tag("SÉOUL, 22 septembre - Kim Jong Un n'exclut pas une nouvelle rencontre avec Donald Trump.", "2025-09-22"),
                "SUMMIT_PROPOSAL", "offered", "PRK", "USA");
    }

    @Test
    void aLeaderWhoWasToMeetAnotherAndCalledOffHisTripRejectsTheSummit() {
        TaggerTest.assertOne(tag("BAKOU, 4 octobre - Le président azerbaïdjanais Ilham Aliev, qui devait retrouver jeudi le Premier "
                + "ministre arménien Nikol Pachinian, a annulé sa venue, selon l'agence officielle.", "2023-10-04"), "SUMMIT_PROPOSAL", "rejected", "ARM", "AZE");
        TaggerTest.assertOne(tag("BAKOU, 4 octobre - Le président azerbaïdjanais Ilham Aliev, qui devait rencontrer jeudi le Premier "
                + "ministre arménien Nikol Pachinian, a reporté son voyage.", "2023-10-04"), "SUMMIT_PROPOSAL", "suspended", "ARM", "AZE");
        // the look-alike: the plan told in the relative stands when nothing became of it
        TaggerTest.assertOne(tag("BAKOU, 4 octobre - Le président azerbaïdjanais Ilham Aliev, qui doit retrouver jeudi le Premier "
                + "ministre arménien Nikol Pachinian, a appelé à la paix.", "2023-10-04"), "SUMMIT_PROPOSAL", "planned", "ARM", "AZE");
    }

    @Test
    void leadersWhoAreToMeetTheirCounterpartsDoNotMeetEachOther() {
        assertTrue(events(tag("BUENOS AIRES, 17 novembre - Emmanuel Macron et Javier Milei doivent retrouver leurs homologues des grandes économies "
                + "à Rio.", "2024-11-17"), "SUMMIT_PROPOSAL").isEmpty());
        assertTrue(events(tag("BUENOS AIRES, 17 novembre - Emmanuel Macron et Javier Milei doivent rencontrer leurs homologues à Rio.", "2024-11-17"),
                "SUMMIT_PROPOSAL").isEmpty());
        // the look-alike: one leader to meet the other
        TaggerTest.assertOne(tag("BUENOS AIRES, 17 novembre - Emmanuel Macron doit retrouver Javier Milei lundi à Rio.", "2024-11-17"),
                "SUMMIT_PROPOSAL", "planned", "ARG", "FRA");
    }

    @Test
    void aParticipleThatOpensTheLeadDoesNotGovernTheMainVerb() {
        var e = tag("VLADIVOSTOK, 13 septembre - Longtemps annoncé, le sommet entre Kim Jong Un et Vladimir Poutine a eu lieu mercredi "
                + "au cosmodrome de Vostotchny.", "2023-09-13");
        TaggerTest.assertOne(e, "MEETING", "occurred", "PRK", "RUS");
        assertTrue(events(e, "SUMMIT_PROPOSAL").isEmpty());
        // the look-alike: the participle with its auxiliary is the main verb and governs
        TaggerTest.assertOne(tag("MOSCOU, 13 septembre - Le Kremlin a annoncé mercredi un sommet entre Kim Jong Un et Vladimir Poutine.",
                "2023-09-13"), "SUMMIT_PROPOSAL", "agreed", "PRK", "RUS");
    }

    @Test
    void aGuestWelcomeAtTheHostsIsAnOffer() {
        TaggerTest.assertOne(tag("PÉKIN, 3 septembre - Volodymyr Zelensky est le bienvenu à Moscou s'il souhaite rencontrer Vladimir Poutine, "
                + "a déclaré mercredi le président russe.", "2025-09-03"), "SUMMIT_PROPOSAL", "offered", "RUS", "UKR");
        // the look-alike: the guest's wish alone is wished
        TaggerTest.assertOne(tag("KIEV, 3 septembre - Volodymyr Zelensky souhaite rencontrer Vladimir Poutine.", "2025-09-03"),
                "SUMMIT_PROPOSAL", "wished", "RUS", "UKR");
    }

    @Test
    void aQueOfComparisonOpensNoClause() {
        TaggerTest.assertOne(tag("TOKYO, 11 novembre - Le Premier ministre japonais Shigeru Ishiba a dit espérer une rencontre aussi rapide que "
                + "possible avec le président élu américain Donald Trump.", "2024-11-11"), "SUMMIT_PROPOSAL", "wished", "JPN", "USA");
        // the look-alike: a "que" of report still opens the words it reports
        TaggerTest.assertOne(tag("TOKYO, 11 novembre - Shigeru Ishiba a indiqué lundi qu'il souhaitait rencontrer le président élu américain Donald Trump.",
                "2024-11-11"), "SUMMIT_PROPOSAL", "wished", "JPN", "USA");
    }

    @Test
    void aVerbInTheFutureTellsTalksToCome() {
        assertTrue(events(tag("KIEV, 1er juin - Le ministre de la Défense Roustem Oumerov conduira lundi à Istanbul la délégation ukrainienne "
                + "au deuxième cycle de pourparlers directs avec la Russie, a annoncé dimanche Volodymyr Zelensky.", "2025-06-01"), "MEETING").stream()
                .noneMatch(e -> "occurred".equals(e.getStatus())));
        // the look-alike: a name that ends like the future ("Narendra") tells nothing of the meeting held
        TaggerTest.assertOne(tag("NEW DELHI, 8 septembre - Le Premier ministre indien Narendra Modi a accueilli vendredi le président américain "
                + "Joe Biden dans sa résidence de New Delhi.", "2023-09-08"), "MEETING", "occurred", "IND", "USA");
    }
}
