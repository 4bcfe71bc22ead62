package io.newswire.enrich.tagger;

import org.junit.jupiter.api.Test;

import static io.newswire.enrich.tagger.TaggerTest.assertTruce;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Truce statuses told in other words, blind batch C of session s28 (wave 2): the mechanisms it showed missing. */
class TruceParaphraseBatchCTest {

    @Test
    void theOtherSideAfterWithCountsByItsStateWhenASourceNamedItFirst() {
        assertTruce(tag("ISLAMABAD, 16 octobre - Selon Islamabad, Kaboul a proposé jeudi une trêve de deux jours avec le Pakistan.", "2025-10-16"),
                "proposed", "AFG", "PAK");
        assertTruce(tag("ISLAMABAD, Oct 16 - According to Islamabad, Kabul proposed on Thursday a two-day truce with Pakistan.", "2025-10-16"),
                "proposed", "AFG", "PAK");
    }

    @Test
    void aGeneralTruceAndAPartialOneInOneSentenceAreTwoTruces() {
        var e = tag("MOSCOU, 19 mars - Le Kremlin a écarté mercredi le cessez-le-feu général en Ukraine et a seulement accepté "
                + "un arrêt des frappes sur les installations énergétiques.", "2025-03-19");
        var truces = TaggerTest.events(e, "CEASEFIRE");
        assertEquals(2, truces.size(), truces.toString());
        assertEquals(java.util.Set.of("rejected", "agreed"), java.util.Set.of(truces.get(0).getStatus(), truces.get(1).getStatus()), truces.toString());
    }

    @Test
    void otherMembersOfTheStatusFamilies() {
        assertTruce(tag("JERUSALEM, Jan 23 - Israel floated a truce with Hamas in Gaza on Tuesday.", "2024-01-23"), "proposed", "ISR", "PSE");
        assertTruce(tag("ISLAMABAD, 16 octobre - Le Pakistan a mis sur la table jeudi un cessez-le-feu avec l'Afghanistan.", "2025-10-16"),
                "proposed", "AFG", "PAK");
        assertTruce(tag("MOSCOU, 19 mars - Moscou n'a pas donné suite mercredi à la trêve proposée par l'Ukraine.", "2025-03-19"),
                "rejected", "RUS", "UKR");
        assertTruce(tag("PARIS, 4 décembre - La France a exhorté mercredi Israël à s'en tenir au cessez-le-feu avec le Liban.", "2024-12-04"),
                "in_force", "ISR", "LBN");
        assertTruce(tag("PARIS, Dec 4 - France urged Israel on Wednesday to stick to the ceasefire with Lebanon.", "2024-12-04"),
                "in_force", "ISR", "LBN");
    }

    @Test
    void aPronounSubjectOfAReportedClauseIsTheOtherSideOfATruceWith() {
        assertTruce(tag("ISLAMABAD, May 12 - Pakistan denied that it had broken the truce with India overnight.", "2025-05-12"),
                "violated", "IND", "PAK");
        assertTruce(tag("ISLAMABAD, 12 mai - Le Pakistan a assuré qu'il respecterait le cessez-le-feu avec l'Inde.", "2025-05-12"),
                "in_force", "IND", "PAK");
    }

    @Test
    void aClauseThatAPointerOpensTellsOfTheTrucePutFirst() {
        assertTruce(tag("PARIS, 3 mars - Un cessez-le-feu d'un mois dans le ciel et en mer, voilà ce que suggère la France à la Russie et à l'Ukraine.",
                "2025-03-03"), "proposed", "RUS", "UKR");
        assertTruce(tag("PARIS, March 3 - A one-month ceasefire in the air and at sea: that is what France suggested to Russia and Ukraine on Monday.",
                "2025-03-03"), "proposed", "RUS", "UKR");
    }

    @Test
    void moreMembersOfTheRefusalAcceptanceAndEndFamilies() {
        assertTruce(tag("KYIV, Jan 6 - Kyiv gave short shrift to the truce declared by Moscow for Christmas.", "2023-01-06"), "rejected", "RUS", "UKR");
        assertTruce(tag("KIEV, 6 janvier - L'Ukraine a fait la sourde oreille à la trêve proclamée par Moscou pour Noël.", "2023-01-06"),
                "rejected", "RUS", "UKR");
        assertTruce(tag("BEIRUT, Nov 27 - Lebanon's government endorsed the truce with Israel on Wednesday.", "2024-11-27"), "agreed", "ISR", "LBN");
        assertTruce(tag("BEYROUTH, 27 novembre - Le Liban a donné son aval mercredi à la trêve avec Israël.", "2024-11-27"), "agreed", "ISR", "LBN");
        assertTruce(tag("BEYROUTH, 27 novembre - Le Liban a souscrit mercredi à la trêve avec Israël.", "2024-11-27"), "agreed", "ISR", "LBN");
        assertTruce(tag("BEIRUT, Jan 26 - The truce between Israel and Lebanon came to an end on Sunday.", "2025-01-26"), "ended", "ISR", "LBN");
    }
}
