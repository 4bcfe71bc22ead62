package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Summit proposals on copy never seen, third pass (issue 11, session s27): a readiness restricted to a moment is
 * conditional, a refusal never made is an offer.
 */
class SummitStatusesUnseen3Test {

    @Test
    void aReadinessRestrictedToAMomentIsConditional() {
        TaggerTest.assertOne(tag("MOSCOW, June 20 - Russian President Vladimir Putin said on Friday he was ready to meet Ukrainian President "
                + "Volodymyr Zelensky, but only in the final phase of negotiations.", "2025-06-20"), "SUMMIT_PROPOSAL", "conditional", "RUS", "UKR");
        TaggerTest.assertOne(tag("KYIV, May 28 - Ukrainian President Volodymyr Zelensky said he would meet Russian President Vladimir Putin "
                + "only after a peace plan was agreed with Washington.", "2025-05-28"), "SUMMIT_PROPOSAL", "conditional", "RUS", "UKR");
        TaggerTest.assertOne(tag("MOSCOU, 20 juin - Vladimir Poutine s'est dit prêt vendredi à rencontrer Volodymyr Zelensky, mais seulement lors "
                + "de la phase finale des négociations.", "2025-06-20"), "SUMMIT_PROPOSAL", "conditional", "RUS", "UKR");
        TaggerTest.assertOne(tag("MOSCOU, 20 mai - Une rencontre entre Vladimir Poutine et Volodymyr Zelensky n'est possible qu'une fois que "
                + "les délégations auront conclu des accords, a affirmé mardi Dmitri Peskov.", "2025-05-20"), "SUMMIT_PROPOSAL", "conditional", "RUS", "UKR");
        // the look-alike: a readiness with no restriction stays an offer
        TaggerTest.assertOne(tag("MOSCOW, June 20 - Russian President Vladimir Putin said on Friday he was ready to meet Ukrainian President "
                + "Volodymyr Zelensky.", "2025-06-20"), "SUMMIT_PROPOSAL", "offered", "RUS", "UKR");
    }

    @Test
    void aRefusalNeverMadeIsAnOffer() {
        TaggerTest.assertOne(tag("BEIJING, Sept 3 - Vladimir Putin said on Wednesday he had never ruled out a meeting with Volodymyr Zelensky.",
                "2025-09-03"), "SUMMIT_PROPOSAL", "offered", "RUS", "UKR");
        TaggerTest.assertOne(tag("PÉKIN, 3 septembre - Vladimir Poutine a assuré mercredi n'avoir jamais exclu une rencontre avec Volodymyr Zelensky.",
                "2025-09-03"), "SUMMIT_PROPOSAL", "offered", "RUS", "UKR");
        TaggerTest.assertOne(tag("PÉKIN, 3 septembre - Vladimir Poutine a assuré qu'il n'avait jamais exclu de rencontrer Volodymyr Zelensky.",
                "2025-09-03"), "SUMMIT_PROPOSAL", "offered", "RUS", "UKR");
        // the look-alike: a refusal made stays one
        TaggerTest.assertOne(tag("KYIV, Sept 6 - Volodymyr Zelensky has ruled out a meeting with Vladimir Putin in Moscow.",
                "2025-09-06"), "SUMMIT_PROPOSAL", "rejected", "RUS", "UKR");
    }

    @Test
    void aLeaderReadyToHostTalksBetweenStatesProposesNoSummit() {
        assertTrue(events(tag("ROME, 20 mai - Le pape Léon XIV est prêt à accueillir au Vatican des négociations entre la Russie et l'Ukraine, "
                + "a indiqué mardi Giorgia Meloni.", "2025-05-20"), "SUMMIT_PROPOSAL").isEmpty());
        assertTrue(events(tag("ROME, 20 mai - Le pape Léon XIV est prêt à accueillir des pourparlers entre la Russie et l'Ukraine au Vatican.",
                "2025-05-20"), "SUMMIT_PROPOSAL").isEmpty());
        // the look-alike: talks between two leaders named are a summit offered
        var summits = events(tag("ROME, 20 mai - Le pape Léon XIV est prêt à accueillir au Vatican des négociations entre Vladimir Poutine et "
                + "Volodymyr Zelensky, a indiqué mardi Giorgia Meloni.", "2025-05-20"), "SUMMIT_PROPOSAL");
        assertTrue(summits.size() == 1 && summits.get(0).getCountries().containsAll(java.util.List.of("RUS", "UKR"))
                && "offered".equals(summits.get(0).getStatus()), summits.toString());
    }

    @Test
    void aLeaderWhoGivesUpTheMeetingRejectsIt() {
        TaggerTest.assertOne(tag("BAKOU, 4 octobre - Le président azerbaïdjanais Ilham Aliev a renoncé à rencontrer jeudi le Premier ministre "
                + "arménien Nikol Pachinian, a rapporté mercredi l'agence officielle.", "2023-10-04"), "SUMMIT_PROPOSAL", "rejected", "ARM", "AZE");
        TaggerTest.assertOne(tag("BAKOU, 4 octobre - Le président azerbaïdjanais Ilham Aliev renonce à se rendre à Erevan pour rencontrer "
                + "le Premier ministre arménien Nikol Pachinian.", "2023-10-04"), "SUMMIT_PROPOSAL", "rejected", "ARM", "AZE");
        // the look-alike: a meeting still to come
        TaggerTest.assertOne(tag("BAKOU, 4 octobre - Le président azerbaïdjanais Ilham Aliev doit rencontrer jeudi le Premier ministre "
                + "arménien Nikol Pachinian.", "2023-10-04"), "SUMMIT_PROPOSAL", "planned", "ARM", "AZE");
    }

    @Test
    void aMeetingProposedToBeHeldIsProposedNotHeld() {
        TaggerTest.assertOne(tag("PARIS, Aug 19 - French President Emmanuel Macron proposed that a meeting between Russian President Vladimir Putin "
                + "and Ukrainian President Volodymyr Zelensky be held in Geneva.", "2025-08-19"), "SUMMIT_PROPOSAL", "proposed", "RUS", "UKR");
        // the look-alike: a meeting that was held
        TaggerTest.assertOne(tag("GENEVA, June 16 - A meeting between U.S. President Joe Biden and Russian President Vladimir Putin was held "
                + "in Geneva on Wednesday.", "2021-06-16"), "MEETING", "occurred", "RUS", "USA");
    }

    @Test
    void aReceptionToldByAGerundIsAMeetingOfItsOwnBesideTheWish() {
        var e = tag("WASHINGTON, 25 août - Donald Trump a dit lundi qu'il aimerait rencontrer Kim Jong Un cette année, sans préciser où ni quand, "
                + "en recevant à la Maison Blanche le président sud-coréen Lee Jae-myung.", "2025-08-25");
        TaggerTest.assertOne(e, "SUMMIT_PROPOSAL", "wished", "PRK", "USA");
        TaggerTest.assertOne(e, "MEETING", "occurred", "KOR", "USA");
    }

    @Test
    void aVisitByADelegationOfAidesIsNoSummit() {
        assertTrue(events(tag("JERUSALEM, 25 mars - Le Premier ministre israélien Benjamin Netanyahou a annulé lundi la visite à Washington "
                + "d'une délégation de ses conseillers.", "2024-03-25"), "SUMMIT_PROPOSAL").isEmpty());
        assertTrue(events(tag("KIEV, 12 juin - Volodymyr Zelensky a reporté la visite à Varsovie d'une délégation de son gouvernement.",
                "2024-06-12"), "SUMMIT_PROPOSAL").isEmpty());
        // the look-alike: the leader's own visit, with a delegation, stays his
        TaggerTest.assertOne(tag("JERUSALEM, 25 mars - Le Premier ministre israélien Benjamin Netanyahou a annulé lundi sa visite à Washington.",
                "2024-03-25"), "SUMMIT_PROPOSAL", "rejected", "ISR", "USA");
    }

    @Test
    void talksNamedAfterPendantAndAPossessiveWereHeld() {
        var e = tag("WASHINGTON, 18 août - Donald Trump a appelé Vladimir Poutine pendant ses entretiens avec Volodymyr Zelensky à la Maison Blanche.",
                "2025-08-18");
        assertTrue(events(e, "SUMMIT_PROPOSAL").isEmpty(), events(e, "SUMMIT_PROPOSAL").toString());
        TaggerTest.assertOne(e, "MEETING", "occurred", "UKR", "USA");
        // the look-alike: "pendant" with a length tells no meeting of its own
        TaggerTest.assertOne(tag("PÉKIN, 18 juin - Antony Blinken s'est entretenu pendant sept heures avec son homologue chinois Qin Gang à Pékin.",
                "2023-06-18"), "MEETING", "occurred", "CHN", "USA");
    }

    @Test
    void aMeetingSuggestedIsProposed() {
        TaggerTest.assertOne(tag("ANKARA, 12 mars - Recep Tayyip Erdogan a suggéré une rencontre entre Vladimir Poutine et Volodymyr Zelensky.",
                "2022-03-12"), "SUMMIT_PROPOSAL", "proposed", "RUS", "UKR");
        TaggerTest.assertOne(tag("ANKARA, March 12 - Tayyip Erdogan suggested a meeting between Vladimir Putin and Volodymyr Zelensky.",
                "2022-03-12"), "SUMMIT_PROPOSAL", "proposed", "RUS", "UKR");
        // the look-alike: a meeting held
        TaggerTest.assertOne(tag("ANKARA, 12 mars - Recep Tayyip Erdogan a eu une rencontre avec Vladimir Poutine à Sotchi.",
                "2022-03-12"), "MEETING", "occurred", "RUS", "TUR");
    }

    @Test
    void aLeaderWelcomeToComeIsInvited() {
        TaggerTest.assertOne(tag("MOSCOW, Sept 3 - Russian President Vladimir Putin said Ukrainian President Volodymyr Zelensky was welcome to come "
                + "to Moscow.", "2025-09-03"), "SUMMIT_PROPOSAL", "offered", "RUS", "UKR");
        TaggerTest.assertOne(tag("MOSCOW, Sept 3 - Russian President Vladimir Putin said Ukrainian President Volodymyr Zelensky is welcome to visit "
                + "Moscow for a meeting.", "2025-09-03"), "SUMMIT_PROPOSAL", "offered", "RUS", "UKR");
        // the look-alike: a visit announced stays planned
        TaggerTest.assertOne(tag("MOSCOW, Sept 3 - Ukrainian President Volodymyr Zelensky will come to Moscow next week, the Kremlin said.",
                "2025-09-03"), "SUMMIT_PROPOSAL", "planned", "RUS", "UKR");
    }

    @Test
    void aWishToldWithANegationOrAConcessionStaysAWish() {
        var wish = events(tag("TOKYO, 5 mai - Le Premier ministre japonais Fumio Kishida n'a pas caché son souhait de rencontrer Kim Jong Un.",
                "2023-05-05"), "SUMMIT_PROPOSAL");
        assertTrue(wish.size() == 1 && "wished".equals(wish.get(0).getStatus()), wish.toString());
        var conceded = events(tag("TOKYO, 5 mai - Le Premier ministre japonais Fumio Kishida espère rencontrer Kim Jong Un, même si aucune date "
                + "n'a été fixée.", "2023-05-05"), "SUMMIT_PROPOSAL");
        assertTrue(conceded.size() == 1 && "wished".equals(conceded.get(0).getStatus()), conceded.toString());
        TaggerTest.assertOne(tag("WASHINGTON, 5 mai - Donald Trump ne refuserait pas une rencontre avec Kim Jong Un.", "2025-05-05"),
                "SUMMIT_PROPOSAL", "offered", "PRK", "USA");
        // the look-alikes: a condition stays one, a refusal stays one
        var conditioned = events(tag("TOKYO, 5 mai - Le Premier ministre japonais Fumio Kishida rencontrera Kim Jong Un si Pyongyang libère les "
                + "personnes enlevées.", "2023-05-05"), "SUMMIT_PROPOSAL");
        assertTrue(conditioned.size() == 1 && "conditional".equals(conditioned.get(0).getStatus()), conditioned.toString());
        TaggerTest.assertOne(tag("WASHINGTON, 5 mai - Donald Trump refuse une rencontre avec Kim Jong Un.", "2025-05-05"),
                "SUMMIT_PROPOSAL", "rejected", "PRK", "USA");
    }
}
