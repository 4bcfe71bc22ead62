package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.assertOne;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** Meeting nouns of published articles that name no meeting (issue 11, sixth wave), each beside a look-alike that does. */
class MeetingNounsInArticlesTest {

    @Test
    void aMeetingNounInATitleIsNoMeeting() {
        EnrichedDispatch e = tag("LONDON, June 3 - Mark Lyall Grant, the British envoy for Cyprus talks, retired on Monday after "
                + "thirty years in the diplomatic service.", "2015-06-03");
        assertNone(e, "MEETING");
        EnrichedDispatch fr = tag("PARIS, 3 juin - Le ministre français chargé des négociations commerciales avec la Chine a quitté ses "
                + "fonctions lundi.", "2015-06-03");
        assertNone(fr, "MEETING");
    }

    @Test
    void anEnvoyWithATalksTitleWhoMeetsIsAMeetingWithoutThePortfolioState() {
        assertOne(tag("MOSCOW, June 3 - The U.S. special envoy for Syria negotiations, James Jeffrey, met Russian Foreign Minister "
                + "Sergei Lavrov in Moscow on Monday.", "2019-06-03"), "MEETING", "occurred", "RUS", "USA");
    }

    @Test
    void aSummitAttendedTogetherIsNoMeetingOfTheTwo() {
        EnrichedDispatch e = tag("ROME, June 3 - The Italian prime minister fell ill days after he attended a summit with German "
                + "Chancellor Olaf Scholz in Brussels.", "2023-06-03");
        assertNone(e, "MEETING");
        assertOne(tag("BERLIN, June 3 - German Chancellor Olaf Scholz held a summit with Italian Prime Minister Giorgia Meloni in "
                + "Berlin on Friday.", "2023-06-03"), "MEETING", "occurred", "DEU", "ITA");
    }

    @Test
    void aGroupSummitAsTheSettingOfAnotherActIsNoMeeting() {
        EnrichedDispatch e = tag("LIMA, June 3 - At the summit, Peruvian President Ollanta Humala criticised Chilean President "
                + "Michelle Bachelet over the maritime dispute.", "2014-06-03");
        assertNone(e, "MEETING");
        EnrichedDispatch fr = tag("ANKARA, 3 juin - La Turquie bloquait l'accord depuis le sommet de l'Otan de Vilnius.", "2024-06-03");
        assertNone(fr, "MEETING");
    }

    @Test
    void anInvitationToAGroupSummitProposesNoSummitBetweenStates() {
        EnrichedDispatch e = tag("ALGER, 3 juin - Le président algérien Abdelmadjid Tebboune a invité le président tunisien Kais Saied "
                + "au sommet de la Ligue arabe prévu à Alger en novembre.", "2022-06-03");
        assertNone(e, "SUMMIT_PROPOSAL");
    }

}
