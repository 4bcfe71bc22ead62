package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.SummitStatusTest.assertSummit;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Summit proposals on new wording, batch C of the blind paraphrases (session s28 wave 2, en/fr-parasum-dev). */
class SummitParaphraseBatchCTest {

    @Test
    void aDemandWordedWithShouldIsWhatItsSpeakerSuggests() {
        assertSummit(tag("KYIV, May 11 - Istanbul should be the place of a meeting between Vladimir Putin and Volodymyr Zelensky, the "
                + "Ukrainian president suggested on Sunday.", "2025-05-11"), "proposed", "RUS", "UKR");
    }

    @Test
    void aReadinessAsLongAsAConditionHoldsIsConditional() {
        assertSummit(tag("SEOUL, Sept 20 - Kim Jong Un is willing to sit down with Donald Trump again so long as Washington drops its demand for "
                + "denuclearisation, state media said.", "2025-09-22"), "conditional", "PRK", "USA");
    }

    @Test
    void turningOnesBackOnASummitIsARefusal() {
        assertSummit(tag("SEOUL, July 29 - North Korea has turned its back on a summit with South Korea, Kim Yo Jong said on Tuesday.",
                "2025-07-29"), "rejected", "KOR", "PRK");
        assertSummit(tag("SEOUL, 29 juillet - La Corée du Nord a tourné le dos à un sommet avec la Corée du Sud, a déclaré mardi Kim Yo Jong.",
                "2025-07-29"), "rejected", "KOR", "PRK");
    }

    @Test
    void aMeetingOnTheAgendaOfADayIsPlanned() {
        assertSummit(tag("SAN FRANCISCO, Nov 14 - A meeting between Joe Biden and Xi Jinping is on the agenda for Wednesday, the White House said.",
                "2023-11-14"), "planned", "CHN", "USA");
        assertSummit(tag("SAN FRANCISCO, 14 novembre - Une rencontre entre Joe Biden et Xi Jinping est inscrite au programme de mercredi, a "
                + "indiqué la Maison Blanche.", "2023-11-14"), "planned", "CHN", "USA");
    }

    @Test
    void aThingReceivedInThePassiveMeetsNoOne() {
        io.newswire.schemas.EnrichedDispatch e = tag("BERLIN, 27 février - Le refus d'Emmanuel Macron d'exclure l'envoi de troupes en Ukraine a été "
                + "reçu mardi à Berlin avec consternation, Olaf Scholz rappelant qu'aucun soldat allemand n'y serait déployé.", "2024-02-27");
        assertTrue(events(e, "SUMMIT_PROPOSAL").isEmpty(), events(e, "SUMMIT_PROPOSAL").toString());
        assertTrue(events(e, "MEETING").isEmpty(), events(e, "MEETING").toString());
    }

    @Test
    void aPlanTakenUpFromAnInvitationIsAgreed() {
        assertSummit(tag("BEIJING, March 17 - Xi Jinping will visit Moscow from Monday after taking up an invitation from Vladimir Putin, the "
                + "Chinese foreign ministry said on Friday.", "2023-03-17"), "agreed", "CHN", "RUS");
    }
}
