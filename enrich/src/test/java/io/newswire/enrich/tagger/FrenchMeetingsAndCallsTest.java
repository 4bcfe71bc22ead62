package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** French meetings, calls and false summits of issue 11's fourth wave, in phrasings the fr-events-dev set does not use. */
class FrenchMeetingsAndCallsTest {

    @Test
    void aConversationTheDispatchCallsACallIsThatCall() {
        EnrichedDispatch e = tag("ROME, 8 mars - Giorgia Meloni a échangé vendredi avec Joe Biden. L'appel a porté sur l'Ukraine et le "
                + "Proche-Orient.", "2024-03-08");
        assertOne(e, "PHONE_CALL", "occurred", "ITA", "USA");
        assertNone(e, "MEETING");
    }

    @Test
    void aBriefExchangeBackstageIsAMeetingNotACall() {
        EnrichedDispatch e = tag("NEW YORK, 24 septembre - Emmanuel Macron a eu un bref échange avec Joe Biden dans les coulisses de "
                + "l'Assemblée générale des Nations unies.", "2024-09-24");
        assertOne(e, "MEETING", "occurred", "FRA", "USA");
        assertNone(e, "PHONE_CALL");
    }

    @Test
    void aParticipleAgreeingWithItsSubjectIsTheTriggerTheFileWrites() {
        // the file writes "réunis", "reçu", "entretenu": their feminine and plural forms are read without a line of their own
        assertOne(tag("BERLIN, 9 mai - Les ministres des Affaires étrangères française et allemande se sont entretenues jeudi à Berlin.",
                "2024-05-09"), "MEETING", "occurred", "DEU", "FRA");
        assertOne(tag("ANKARA, 6 juin - Les délégations syrienne et turque se sont réunies mardi à Ankara.", "2024-06-06"),
                "MEETING", "occurred", "SYR", "TUR");
        assertOne(tag("KIEV, 4 mars - Les ministres allemande et française des Affaires étrangères ont été reçues lundi à Kiev par Volodymyr Zelensky.",
                "2024-03-04"), "MEETING", "occurred", "DEU", "FRA", "UKR");
    }

    @Test
    void theVerbAIsNoPlaceButACapitalAMayBeOne() {
        // "a" (avoir) folds to the "à" of a place: only where the text writes "à" is it read so; "A l'issue de" lost its accent
        assertOne(tag("BAKOU, 12 septembre - L'Azerbaïdjan a accusé l'Arménie d'avoir violé le cessez-le-feu dans la nuit.", "2022-09-12"),
                "CEASEFIRE", "violated", "ARM", "AZE");
        assertOne(tag("HANOÏ, 1er mars - A l'issue de leurs pourparlers jeudi à Hanoï, Donald Trump et Kim Jong-un se sont séparés sans accord.",
                "2019-03-01"), "MEETING", "occurred", "PRK", "USA");
    }

    @Test
    void anAppealIsNoCall() {
        EnrichedDispatch e = tag("PARIS, 8 mars - Le Kremlin a rejeté l'appel à une trêve lancé par Emmanuel Macron. L'appel lancé "
                + "samedi à Vladimir Poutine par les dirigeants européens est resté sans réponse.", "2024-03-08");
        assertNone(e, "PHONE_CALL");
    }

    @Test
    void aGroupsSummitProposesNoSummitBetweenTheStatesNamedAroundIt() {
        EnrichedDispatch fr = tag("ASTANA, 3 juillet - Xi Jinping et Vladimir Poutine se sont rencontrés mercredi à Astana, à la veille "
                + "du sommet de l'OCS.", "2024-07-03");
        assertOne(fr, "MEETING", "occurred", "CHN", "RUS");
        assertNone(fr, "SUMMIT_PROPOSAL");
        EnrichedDispatch en = tag("BALI, Nov 14 - Joe Biden and Xi Jinping met in Bali on Monday, on the eve of the G20 summit.", "2022-11-14");
        assertNone(en, "SUMMIT_PROPOSAL");
    }

    @Test
    void aMeetingNamedTheDayBeforeIsHeldBesideThePlannedOne() {
        EnrichedDispatch e = tag("PARIS, 12 avril - Emmanuel Macron doit recevoir jeudi Olaf Scholz à l'Élysée, au lendemain de son "
                + "sommet avec Xi Jinping à Pékin.", "2024-04-12");
        assertOne(e, "SUMMIT_PROPOSAL", "planned", "DEU", "FRA");
        assertOne(e, "MEETING", "occurred", "CHN", "FRA");
    }

    @Test
    void aVisitNounsDestinationMayFollowItsVisitor() {
        assertOne(tag("PARIS, 3 février - La visite d'Etat du président Xi Jinping en France, prévue au printemps, a été reportée.",
                "2024-02-03"), "SUMMIT_PROPOSAL", "suspended", "CHN", "FRA");
    }

    @Test
    void sayingOneselfReadyIsAnOfferWhateverWordFollows() {
        assertOne(tag("KIEV, 4 mars - Volodymyr Zelensky s'est dit prêt lundi à rencontrer Vladimir Poutine.", "2024-03-04"),
                "SUMMIT_PROPOSAL", "offered", "RUS", "UKR");
    }

    @Test
    void whoProposedASummitDuringACallTookPartInTheCall() {
        assertOne(tag("WASHINGTON, 13 avril - Un sommet a été proposé par Joe Biden à Vladimir Poutine lors d'un appel mardi.", "2021-04-13"),
                "PHONE_CALL", "occurred", "RUS", "USA");
    }

    @Test
    void aVisitsLengthAnItalianTitleAndAMeetingUpAreMeetings() {
        assertOne(tag("PEKIN, 8 novembre - Le président indonésien Prabowo Subianto a entamé vendredi une visite de trois jours en Chine.", "2024-11-08"),
                "MEETING", "occurred", "CHN", "IDN");
        assertOne(tag("ALGER, 11 avril - Le président du Conseil italien a été reçu lundi à Alger par le président algérien.", "2022-04-11"),
                "MEETING", "occurred", "DZA", "ITA");
        assertOne(tag("PARIS, 7 mai - Le nouveau chancelier allemand a retrouvé mercredi Emmanuel Macron à l'Elysée.", "2025-05-07"),
                "MEETING", "occurred", "DEU", "FRA");
    }

    @Test
    void aCouncilsPresidentOfNoStatedStateIsNoHeadOfGovernment() {
        assertNone(tag("PARIS, 5 juin - Le président du Conseil constitutionnel a reçu jeudi le président de l'Assemblée nationale.", "2025-06-05"),
                "MEETING");
    }

}
