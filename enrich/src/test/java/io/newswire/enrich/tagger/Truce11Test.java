package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.assertTruce;
import static io.newswire.enrich.tagger.TaggerTest.tag;

/** Truces on new wording, fifth blind round (session s31, truce11): history, extensions, answers by a carrier noun. */
class Truce11Test {

    @Test
    void aTruceThatClosedAWarOfAPastYearIsHistory() {
        // the war's close before the truce, the year in the clause that names the war
        assertNone(tag("BAKU, May 3 - Armenia and Azerbaijan fought a six-week war in 2020 that stopped with a ceasefire brokered "
                + "by Moscow, analysts recalled on Saturday.", "2025-05-03"), "CEASEFIRE");
        // a relative on the truce that closes a war, the year in it
        assertNone(tag("TBILISI, May 3 - The truce that ended the war in 2008 left Russian troops in Georgia's two breakaway regions, "
                + "analysts said on Saturday.", "2025-05-03"), "CEASEFIRE");
        assertNone(tag("EREVAN, 3 mai - Le cessez-le-feu qui avait mis fin à la guerre de 2020 entre l'Arménie et l'Azerbaïdjan avait "
                + "été négocié par Moscou, rappellent les analystes.", "2025-05-03"), "CEASEFIRE");
    }

    @Test
    void aTruceThatEndsTheFightingTodayStands() {
        assertTruce(tag("GAZA, May 3 - Israel and Hamas agreed a ceasefire on Sunday that ended the fighting in Gaza.", "2025-05-04"),
                "agreed", "ISR", "PSE");
        assertTruce(tag("GAZA, 3 mai - Israël et le Hamas ont conclu dimanche un cessez-le-feu qui a mis fin aux combats à Gaza.",
                "2025-05-04"), "agreed", "ISR", "PSE");
    }

    @Test
    void theEndOfATruceBeingExtendedIsItsTermNotItsState() {
        assertTruce(tag("DJEDDAH, 29 mai - L'armée soudanaise et les FSR ont accepté de prolonger la trêve, qui expirait dimanche, "
                + "de 72 heures.", "2023-05-29"), "agreed", "SDN");
        assertTruce(tag("SANAA, June 2 - The Saudi-led coalition and the Houthis agreed to renew the truce in Yemen, the U.N. said on "
                + "Thursday, hours before it ran out.", "2022-06-02"), "agreed", "YEM", "SAU");
    }

    @Test
    void aRefusalToExtendATruceLeavesItsEnd() {
        assertTruce(tag("SANAA, October 3 - The Houthis refused to extend the truce with the Saudi-led coalition in Yemen, which "
                + "expired on Sunday.", "2022-10-03"), "ended", "YEM", "SAU");
    }

    @Test
    void aRefusalOfTheAnnouncementInTheNextSentenceRejectsTheTruce() {
        assertTruce(tag("KIEV, 19 avril - Moscou a décrété samedi une trêve de Pâques en Ukraine. Kiev a rejeté l'annonce quelques "
                + "heures plus tard.", "2025-04-19"), "rejected", "RUS", "UKR");
        assertTruce(tag("KYIV, April 28 - Russia declared a three-day truce in Ukraine for the May 9 parade. Ukraine dismissed the "
                + "announcement as theatre.", "2025-04-28"), "rejected", "RUS", "UKR");
    }

    @Test
    void aWelcomeOfTheAnnouncementLeavesTheTruceAgreed() {
        assertTruce(tag("KYIV, April 28 - Russia declared a three-day truce in Ukraine for the May 9 parade. Ukraine welcomed the "
                + "announcement.", "2025-04-28"), "agreed", "RUS", "UKR");
    }

    @Test
    void aTruceThatReachedItsTermWithoutRenewalEnded() {
        assertTruce(tag("MOSCOU, 26 décembre - La trêve de Noël décrétée par Moscou en Ukraine s'est terminée jeudi soir sans être "
                + "prolongée.", "2025-12-26"), "ended", "RUS", "UKR");
        assertTruce(tag("KYIV, April 21 - Russia's Easter truce in Ukraine came to a close on Monday without being extended.", "2025-04-21"),
                "ended", "RUS", "UKR");
    }
}
