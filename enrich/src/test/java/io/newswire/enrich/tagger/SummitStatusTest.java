package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Summit proposals and the status their sentence gives them: the phrasing families of issue 11's second wave. */
class SummitStatusTest {

    /** The one summit proposal of the dispatch, between exactly these countries, with this status. */
    static void assertSummit(EnrichedDispatch e, String status, String... countries) {
        TaggerTest.assertOne(e, "SUMMIT_PROPOSAL", status, countries);
    }

    @Test
    void anIntentionNegatedIsARefusal() {
        assertSummit(tag("WASHINGTON, Oct 11 - U.S. President Joe Biden said on Tuesday he had no intention of meeting Russian President "
                + "Vladimir Putin, the White House said.", "2022-10-11"), "rejected", "RUS", "USA");
        assertSummit(tag("KIEV, 2 mai - Le président ukrainien Volodymyr Zelensky a déclaré qu'il ne souhaitait pas rencontrer le président "
                + "russe Vladimir Poutine tant que les troupes russes resteraient en Ukraine.", "2024-05-02"), "rejected", "RUS", "UKR");
    }

    @Test
    void aDenialHoldsTheMeetingItDenies() {
        EnrichedDispatch e = tag("MOSCOW, May 2 - The Kremlin denied that Russian President Vladimir Putin and U.S. President Donald Trump "
                + "had met in secret, spokesman Dmitry Peskov said on Tuesday.", "2024-05-02");
        assertTrue(events(e, "SUMMIT_PROPOSAL").isEmpty());
        assertTrue(events(e, "MEETING").stream().noneMatch(m -> m.getStatus().equals("occurred")), events(e, "MEETING").toString());
    }

    @Test
    void aSummitCalledOffIsRejectedAndOnePutOffIsSuspended() {
        assertSummit(tag("SÉOUL, 2 mai - Le sommet entre le président sud-coréen Yoon Suk Yeol et le Premier ministre japonais Fumio Kishida, "
                + "prévu la semaine prochaine, a été annulé, a indiqué la présidence.", "2024-05-02"), "rejected", "JPN", "KOR");
        assertSummit(tag("WASHINGTON, May 2 - A planned meeting between U.S. President Joe Biden and Chinese President Xi Jinping was "
                + "postponed after the incident, officials said on Tuesday.", "2024-05-02"), "suspended", "CHN", "USA");
    }

    @Test
    void sayingOneselfHappyOrPreparedToMeetIsAnOfferNotAPlan() {
        assertSummit(tag("WASHINGTON, March 3 - Donald Trump said on Monday he would be happy to meet Kim Jong Un again.", "2025-03-03"),
                "offered", "PRK", "USA");
        assertSummit(tag("KYIV, March 3 - Volodymyr Zelenskiy said on Sunday he was prepared to meet Vladimir Putin.", "2025-03-03"),
                "offered", "RUS", "UKR");
    }

    @Test
    void aPlanWithoutPreconditionsIsAnOffer() {
        assertSummit(tag("WASHINGTON, July 30 - U.S. President Donald Trump said on Monday he would meet Iranian President Hassan Rouhani "
                + "without preconditions whenever the Iranians wanted.", "2018-07-30"), "offered", "IRN", "USA");
    }

    @Test
    void theConditionalMoodTellsOfAPlanNotOfAVisitHeld() {
        EnrichedDispatch e = tag("PÉKIN, 17 mars - Le président chinois Xi Jinping se rendra en Russie du 20 au 22 mars, a annoncé vendredi "
                + "la diplomatie chinoise. Le Kremlin a précisé que les deux dirigeants signeraient des accords lors de cette visite d'Etat.", "2023-03-17");
        assertSummit(e, "planned", "CHN", "RUS");
        assertTrue(events(e, "MEETING").stream().noneMatch(m -> m.getStatus().equals("occurred")), events(e, "MEETING").toString());
    }

    @Test
    void attendingAGroupsSummitWhereItIsHeldIsNoProposal() {
        EnrichedDispatch e = tag("BEIJING, Sept 4 - Chinese Premier Li Qiang will attend the Group of 20 summit in New Delhi this weekend in "
                + "place of President Xi Jinping, the Chinese foreign ministry said on Monday.", "2023-09-04");
        assertNone(e, "SUMMIT_PROPOSAL");
    }

    @Test
    void anInvitationIsAnOfferAndOneDeclinedIsRejected() {
        assertSummit(tag("PARIS, 2 mai - Le président Emmanuel Macron a invité le président chinois Xi Jinping à se rendre en France au "
                + "printemps, a indiqué l'Élysée mardi.", "2024-05-02"), "offered", "CHN", "FRA");
        assertSummit(tag("MOSCOW, May 2 - Russian President Vladimir Putin declined an invitation from Ukrainian President Volodymyr Zelensky "
                + "to visit Kyiv, the Kremlin said on Tuesday.", "2024-05-02"), "rejected", "RUS", "UKR");
    }

    @Test
    void talksWithALeaderAreASummitButTalksOfTeamsAreNot() {
        assertSummit(tag("MOSCOW, May 2 - Chinese President Xi Jinping heads to Moscow next week for talks with Russian President Vladimir "
                + "Putin, the Kremlin said on Tuesday.", "2024-05-02"), "planned", "CHN", "RUS");
        EnrichedDispatch teams = tag("WASHINGTON, Feb 13 - U.S. President Donald Trump and Russian President Vladimir Putin spoke by telephone "
                + "on Wednesday and agreed that their teams would open talks on ending the war in Ukraine.", "2025-02-13");
        assertNone(teams, "SUMMIT_PROPOSAL");
    }

    @Test
    void wherePressWasToldIsNotWhereToMeet() {
        assertSummit(tag("MOSCOW, March 16 - Syrian President Bashar al-Assad said he would meet Turkish President Tayyip Erdogan only if "
                + "Turkey was ready to withdraw its troops from northern Syria, in an interview given in Moscow.", "2023-03-16"), "conditional", "SYR", "TUR");
    }
}
