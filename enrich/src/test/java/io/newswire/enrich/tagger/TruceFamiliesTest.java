package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Truces on unseen copy (issue 11, session s23): what failed talks did not reach, gang truces, sponsors in the passive. */
class TruceFamiliesTest {

    @Test
    void aTruceThatTalksDidNotReachIsNone() {
        EnrichedDispatch en = tag("GENEVA, Oct 12 - Armenian and Azerbaijani negotiators ended two days of talks in Geneva on Monday "
                + "without reaching a ceasefire.", "2020-10-12");
        assertTrue(notReached(en), events(en, "CEASEFIRE").toString());
        TaggerTest.assertOne(en, "MEETING", "occurred", "ARM", "AZE");          // the talks took place
        EnrichedDispatch fr = tag("GENEVE, 12 octobre - Les négociateurs arméniens et azerbaïdjanais se sont quittés lundi à Genève "
                + "sans s'entendre sur une trêve.", "2020-10-12");
        assertTrue(notReached(fr), events(fr, "CEASEFIRE").toString());
    }

    /** Every truce of the dispatch is denied (kept, never counted): none was reached. */
    private static boolean notReached(EnrichedDispatch e) {
        return events(e, "CEASEFIRE").stream().allMatch(ev -> ev.getStatus().equals("denied"));
    }

    @Test
    void talksThatEndedInATruceAgreedIt() {
        TaggerTest.assertOne(tag("MOSCOW, Oct 10 - Armenia and Azerbaijan agreed to a ceasefire after ten hours of talks in Moscow.",
                "2020-10-10"), "CEASEFIRE", "agreed", "ARM", "AZE");
    }

    @Test
    void aTruceBetweenGangsIsNoCeasefire() {
        EnrichedDispatch en = tag("PORT-AU-PRINCE, July 5 - Rival gangs in Haiti's capital announced a truce on Friday, police said.", "2024-07-05");
        assertNone(en, "CEASEFIRE");
        EnrichedDispatch fr = tag("PORT-AU-PRINCE, 5 juillet - La police a fait état vendredi d'une trêve entre bandes rivales dans la capitale haïtienne.",
                "2024-07-05");
        assertNone(fr, "CEASEFIRE");
    }

    @Test
    void aGovernmentsTruceWithRebelsIsOne() {
        TaggerTest.assertOne(tag("BOGOTA, Aug 3 - A ceasefire between Colombia's government and ELN rebels took effect on Thursday.", "2023-08-03"),
                "CEASEFIRE", "in_force", "COL");
    }

    @Test
    void whoProposesATruceMediatesAndWhoProposesASummitMeets() {
        EnrichedDispatch en = tag("KYIV, March 12 - Ukraine said it was ready to accept a 30-day ceasefire with Russia proposed by Washington.", "2025-03-12");
        TaggerTest.assertOne(en, "CEASEFIRE", "offered", "RUS", "UKR");
        assertTrue(events(en, "CEASEFIRE").get(0).getParticipants().stream()
                .anyMatch(p -> p.getCountry().equals("USA") && p.getPart().toString().equalsIgnoreCase("mediator")), en.toString());
        TaggerTest.assertOne(tag("MOSCOU, 18 mars - Le Kremlin a écarté mardi la trêve complète proposée par Washington en Ukraine.", "2025-03-18"),
                "CEASEFIRE", "rejected", "RUS", "UKR");
        TaggerTest.assertOne(tag("WASHINGTON, 13 avril - Un sommet a été proposé mardi par Joe Biden à Vladimir Poutine, a indiqué la Maison Blanche.",
                "2021-04-13"), "SUMMIT_PROPOSAL", "proposed", "RUS", "USA");
    }

    @Test
    void aSideOfTheWarThatProposesATruceStaysASide() {
        TaggerTest.assertOne(tag("KYIV, April 28 - Kyiv dismissed a 72-hour truce proposed by Moscow.", "2025-04-28"),
                "CEASEFIRE", "rejected", "RUS", "UKR");
    }

    @Test
    void thePlaceOfTalksAfterATruceIsNoSide() {
        TaggerTest.assertOne(tag("DJEDDAH, 11 mars - Kiev a accepté mardi un cessez-le-feu de trente jours avec la Russie, au terme de pourparlers "
                + "avec des émissaires américains à Djeddah, en Arabie saoudite.", "2025-03-11"), "CEASEFIRE", "agreed", "RUS", "UKR");
        TaggerTest.assertOne(tag("DOHA, Jan 15 - Israel and Hamas agreed to a ceasefire in Gaza after weeks of talks in Doha.", "2025-01-15"),
                "CEASEFIRE", "agreed", "ISR", "PSE");
    }

    @Test
    void militaryChiefsTalkingOnTheHotlineMakeACall() {
        TaggerTest.assertOne(tag("ISLAMABAD, Feb 25 - The Pakistani and Indian army chiefs spoke by telephone on Thursday.", "2021-02-25"),
                "PHONE_CALL", "occurred", "IND", "PAK");
        TaggerTest.assertOne(tag("ISLAMABAD, Feb 25 - Pakistan and India renewed their ceasefire pledge after their military operations chiefs "
                + "talked over the hotline.", "2021-02-25"), "PHONE_CALL", "occurred", "IND", "PAK");
        TaggerTest.assertOne(tag("ISLAMABAD, 25 février - Les chefs militaires pakistanais et indien ont échangé jeudi par la ligne directe.", "2021-02-25"),
                "PHONE_CALL", "occurred", "IND", "PAK");
    }

    @Test
    void aHostsPleasureIsAnOfferAndAReportedWouldAPlan() {
        TaggerTest.assertOne(tag("DOHA, June 2 - Qatar's emir said his country would be glad to host a meeting between the U.S. and Iranian presidents.",
                "2025-06-02"), "SUMMIT_PROPOSAL", "offered", "IRN", "QAT", "USA");
        TaggerTest.assertOne(tag("ANKARA, 2 juin - Le président turc a déclaré que la Turquie serait ravie d'accueillir une rencontre entre les présidents américain "
                + "et iranien.", "2025-06-02"), "SUMMIT_PROPOSAL", "offered", "IRN", "TUR", "USA");
        TaggerTest.assertOne(tag("WASHINGTON, June 2 - Trump said he would meet the Iranian president in Oman.", "2025-06-02"),
                "SUMMIT_PROPOSAL", "planned", "IRN", "OMN", "USA");
    }

    @Test
    void aTruceWeighedUnderAConditionalDoesNotUndoItsRefusal() {
        TaggerTest.assertOne(tag("MOSCOU, 5 juin - Le Kremlin a rejeté jeudi toute trêve en Ukraine, jugeant qu'accepter un cessez-le-feu permettrait "
                + "à Kiev de se réarmer.", "2025-06-05"), "CEASEFIRE", "rejected", "RUS", "UKR");
        TaggerTest.assertOne(tag("CAIRO, Jan 16 - Israel and Hamas agreed to a ceasefire in Gaza, and mediators said the truce would begin on Sunday.",
                "2025-01-16"), "CEASEFIRE", "agreed", "ISR", "PSE");
    }

    @Test
    void aProposersPassiveQualifiesItsOwnTruceOnly() {
        EnrichedDispatch e = tag("KYIV, May 1 - Kyiv said a 72-hour truce proposed by Moscow was too short and called for a 30-day ceasefire.", "2025-05-01");
        assertTrue(events(e, "CEASEFIRE").size() == 2, events(e, "CEASEFIRE").toString());
        assertTrue(events(e, "CEASEFIRE").stream().anyMatch(ev -> ev.getStatus().equals("proposed")), events(e, "CEASEFIRE").toString());
        assertTrue(events(e, "CEASEFIRE").stream().anyMatch(ev -> ev.getStatus().equals("called_for")), events(e, "CEASEFIRE").toString());
    }

    @Test
    void aPersonInACallsDatePhraseIsNoSide() {
        TaggerTest.assertOne(tag("NEW DELHI, 20 juin - Narendra Modi et Vladimir Poutine se sont parlé jeudi au téléphone, au lendemain de l'investiture "
                + "de Cyril Ramaphosa.", "2024-06-20"), "PHONE_CALL", "occurred", "IND", "RUS");
    }

    @Test
    void aSecretarysCallAndWhatItTouchedOn() {
        TaggerTest.assertOne(tag("WASHINGTON, March 3 - Secretary Rubio's call with Saudi Foreign Minister Faisal bin Farhan on Monday touched on Syria "
                + "and Lebanon, the State Department said.", "2025-03-03"), "PHONE_CALL", "occurred", "SAU", "USA");
    }

    @Test
    void anInvitationHeldOutIsAnOffer() {
        TaggerTest.assertOne(tag("CAIRO, May 3 - Egypt's president said he could invite the Israeli prime minister to Cairo.", "2025-05-03"),
                "SUMMIT_PROPOSAL", "offered", "EGY", "ISR");
        TaggerTest.assertOne(tag("LE CAIRE, 3 mai - Le président égyptien a déclaré qu'il pourrait inviter le Premier ministre israélien au Caire.", "2025-05-03"),
                "SUMMIT_PROPOSAL", "offered", "EGY", "ISR");
    }
}
