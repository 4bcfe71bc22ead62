package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.countries;
import static io.newswire.enrich.tagger.TaggerTest.set;
import static io.newswire.enrich.tagger.TaggerTest.sides;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Readouts of many governments (session s27): ownerless headings, titles of the issuing office, Japanese summit calls. */
class ReadoutShapesTest {

    @Test
    void anOwnerlessHeadingIsTheIssuingOfficesCall() {
        assertOne(tag("MOSCOW, Dec 19 - Telephone conversation with Prime Minister of India Narendra Modi. The leaders discussed trade "
                + "and energy, the Kremlin said.", "2024-12-19"), "PHONE_CALL", "occurred", "IND", "RUS");
        // a heading of a meeting at home, with no "with" and no foreign side, is none
        EnrichedDispatch home = tag("MOSCOW, Dec 19 - Meeting with members of the Security Council. The President discussed the budget "
                + "with the ministers.", "2024-12-19");
        assertNone(home, "PHONE_CALL");
        assertNone(home, "MEETING");
    }

    @Test
    void aTitleAfterAHeadingNamingTheOtherSideIsTheIssuers() {
        // the heading names the other side's office; the bare title after it is still the issuing state's principal
        assertOne(tag("PARIS, 3 mars - Entretien téléphonique avec le président de la République de Turquie. Le Président de la "
                + "République s'est entretenu ce jour avec M. Recep Tayyip Erdogan.", "2024-03-03"), "PHONE_CALL", "occurred", "FRA", "TUR");
    }

    @Test
    void aBareMinisterAfterAHeadingThatNamesHimIsHim() {
        assertOne(tag("KIEV, 17 février - Visite de M. Stéphane Séjourné en Ukraine. Le ministre s'est entretenu samedi avec son "
                + "homologue ukrainien Dmytro Kouleba.", "2024-02-17"), "MEETING", "occurred", "FRA", "UKR");
    }

    @Test
    void aDatelineInTheVisitedStateLeavesTheTitleToTheSeatThatSpeaks() {
        assertOne(tag("JERUSALEM, 24 octobre - Le chef de l'Etat a rencontré mardi en Israël le président Isaac Herzog. Sa visite "
                + "doit durer deux jours, a précisé l'Elysée.", "2023-10-24"), "MEETING", "occurred", "FRA", "ISR");
    }

    @Test
    void aSummitTelephoneTalkIsACallNotAMeeting() {
        EnrichedDispatch e = tag("TOKYO, Jan 5 - Prime Minister Fumio Kishida held a summit telephone talk with President Yoon Suk Yeol "
                + "of the Republic of Korea.", "2024-01-05");
        assertOne(e, "PHONE_CALL", "occurred", "JPN", "KOR");
        assertNone(e, "MEETING");
    }

    @Test
    void aVideoConferenceTheOfficeAnnouncesIsPlanned() {
        EnrichedDispatch e = tag("PARIS, 3 mars - Le Président de la République participera jeudi à une visioconférence avec le "
                + "chancelier allemand Olaf Scholz.", "2024-03-03");
        assertEquals(List.of(), sides(e, "PHONE_CALL", "occurred"));
        assertEquals(List.of(List.of("DEU", "FRA")), sides(e, "PHONE_CALL", "planned"));
    }

    @Test
    void theIndoPacificNamesNoState() {
        assertEquals(set("JPN", "USA"), countries(tag("WASHINGTON, Feb 7 - The President met with Prime Minister Shigeru Ishiba of Japan "
                + "today to discuss security in the Indo-Pacific.", "2025-02-07")));
        assertEquals(set("FRA", "IND"), countries(tag("Emmanuel Macron et Narendra Modi ont parlé de l'Indo-Pacifique et d'un accord "
                + "indo-français sur les sous-marins.", "2025-02-12")));
    }
}
