package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * French summit proposals on new wording, fifth round (session s31, fr-parasum4-dev): a meeting that "se prépare"
 * (planned), a leader who "se dit disponible" (offered), a condition said by its noun and an adjective ("à la seule
 * condition que": conditional), an invitation answered in the passive in the sentence after it ("L'invitation a été acceptée"), a meeting
 * put off with no date ("reporté sine die": rejected).
 */
class SummitParaphraseRound5FrTest {

    @Test
    void aMeetingBeingPreparedIsPlanned() {
        TaggerTest.assertOne(tag("MOSCOU, 7 août - Un sommet entre Vladimir Poutine et Donald Trump se prépare, a indiqué le Kremlin.", "2025-08-07"),
                "SUMMIT_PROPOSAL", "planned", "RUS", "USA");
        // the look-alike: the ministers' meeting being prepared is no summit, and no meeting held either
        String ministers = "RIYAD, 17 février - Une rencontre entre Marco Rubio et Sergueï Lavrov se prépare pour mardi dans la capitale saoudienne.";
        assertTrue(events(tag(ministers, "2025-02-17"), "SUMMIT_PROPOSAL").isEmpty());
        assertTrue(events(tag(ministers, "2025-02-17"), "MEETING").stream().noneMatch(e -> "occurred".equals(e.getStatus())));
    }

    @Test
    void aLeaderWhoSaysHeIsAvailableOffersTheMeeting() {
        TaggerTest.assertOne(tag("KIEV, 3 mars - Le président Volodymyr Zelensky s'est déclaré disponible pour un sommet avec Vladimir Poutine.",
                "2025-03-03"), "SUMMIT_PROPOSAL", "offered", "RUS", "UKR");
        // the look-alike: available to receive his own country's party leaders, no state on the other side
        assertTrue(events(tag("PARIS, 10 juillet - Le chef de l'Etat se dit disponible pour recevoir les dirigeants des partis.", "2024-07-10"),
                "SUMMIT_PROPOSAL").isEmpty());
    }

    @Test
    void aConditionSaidByItsNounAndAnAdjectiveMakesTheOfferConditional() {
        TaggerTest.assertOne(tag("SAINT-PÉTERSBOURG, 20 juin - Vladimir Poutine a répété vendredi qu'il était prêt à rencontrer Volodymyr Zelensky, "
                + "à la seule condition que ce rendez-vous serve à signer un accord.", "2025-06-20"), "SUMMIT_PROPOSAL", "conditional", "RUS", "UKR");
        // the look-alike: no condition, the offer stays an offer
        TaggerTest.assertOne(tag("SAINT-PÉTERSBOURG, 20 juin - Vladimir Poutine a répété vendredi qu'il était prêt à rencontrer Volodymyr Zelensky.",
                "2025-06-20"), "SUMMIT_PROPOSAL", "offered", "RUS", "UKR");
    }

    @Test
    void anInvitationAnsweredInThePassiveInTheNextSentenceSettlesTheSummit() {
        String lead = "SÉOUL, 14 septembre - Kim Jong Un a invité Vladimir Poutine à se rendre en Corée du Nord. ";
        TaggerTest.assertOne(tag(lead + "L'invitation a été acceptée avec plaisir, ajoute l'agence.", "2023-09-14"), "SUMMIT_PROPOSAL", "agreed", "PRK", "RUS");
        TaggerTest.assertOne(tag("WASHINGTON, March 3 - Donald Trump invited Kim Jong Un to visit the White House. The invitation was accepted, "
                + "a spokesman said.", "2019-03-03"), "SUMMIT_PROPOSAL", "agreed", "PRK", "USA");
        // the look-alike: an invitation that no sentence answers stays an offer
        TaggerTest.assertOne(tag(lead + "Aucune date n'a été avancée.", "2023-09-14"), "SUMMIT_PROPOSAL", "offered", "PRK", "RUS");
    }

    @Test
    void aMeetingPutOffWithNoDateIsRejected() {
        String lead = "WASHINGTON, 21 octobre - Le sommet entre Donald Trump et Vladimir Poutine a été ";
        TaggerTest.assertOne(tag(lead + "reporté sine die.", "2025-10-21"), "SUMMIT_PROPOSAL", "rejected", "RUS", "USA");
        TaggerTest.assertOne(tag(lead + "reporté à une date indéterminée.", "2025-10-21"), "SUMMIT_PROPOSAL", "rejected", "RUS", "USA");
        TaggerTest.assertOne(tag("MOSCOU, 21 octobre - La rencontre prévue entre Vladimir Poutine et Recep Tayyip Erdogan a été ajournée sine die.",
                "2025-10-21"), "SUMMIT_PROPOSAL", "rejected", "RUS", "TUR");
        // the look-alike: put off to a month, the meeting is on hold, not refused
        TaggerTest.assertOne(tag(lead + "reporté à décembre.", "2025-10-21"), "SUMMIT_PROPOSAL", "suspended", "RUS", "USA");
    }

    @Test
    void ministersOfAnotherEventInTheSentenceLeaveTheLeadersSummit() {
        TaggerTest.assertOne(tag("WASHINGTON, 21 octobre - Le sommet entre Donald Trump et Vladimir Poutine a été reporté sine die, au lendemain "
                + "d'un échange téléphonique entre les chefs de la diplomatie des deux pays.", "2025-10-21"), "SUMMIT_PROPOSAL", "rejected", "RUS", "USA");
        TaggerTest.assertOne(tag("MOSCOU, 21 octobre - Au lendemain d'un appel entre les chefs de la diplomatie, la rencontre entre Vladimir Poutine "
                + "et Donald Trump a été reportée sine die.", "2025-10-21"), "SUMMIT_PROPOSAL", "rejected", "RUS", "USA");
        // the look-alikes: the ministers are the meeting's own, no summit
        assertTrue(events(tag("GENÈVE, 21 octobre - Les chefs de la diplomatie américaine et russe se retrouveront jeudi à Genève.", "2025-10-21"),
                "SUMMIT_PROPOSAL").isEmpty());
        assertTrue(events(tag("MOSCOU, 21 octobre - Une rencontre entre les ministres de Vladimir Poutine et de Donald Trump est prévue la semaine "
                + "prochaine.", "2025-10-21"), "SUMMIT_PROPOSAL").isEmpty());
    }

    @Test
    void talksThatDidNotMoveTowardATruceReportNone() {
        assertTrue(events(tag("ISTANBUL, 2 juin - Les négociateurs se sont accordés sur un échange de prisonniers, sans avancer vers un cessez-le-feu "
                + "entre la Russie et l'Ukraine.", "2025-06-02"), "CEASEFIRE").stream().allMatch(e -> "denied".equals(e.getStatus())));
        // the look-alike: a truce concluded without progress toward peace is agreed
        TaggerTest.assertOne(tag("KIEV, 2 juin - La Russie et l'Ukraine ont conclu un cessez-le-feu, sans avancer vers un accord de paix.", "2025-06-02"),
                "CEASEFIRE", "agreed", "RUS", "UKR");
    }
}
