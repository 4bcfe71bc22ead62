package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.sides;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Calls and meetings of a group: every member the count stands for is a side (issue 11, session s25, group-sides). */
class GroupSidesTest {

    @Test
    void aCountOfLeadersAndAPersonBesideThemCallTogether() {
        EnrichedDispatch en = tag("WASHINGTON, Jan 24 - French President Emmanuel Macron, German Chancellor Olaf Scholz and Polish President "
                + "Andrzej Duda urged Moscow on Monday to pull back its troops from Ukraine's border.\n\nThe three leaders and Italian "
                + "Prime Minister Mario Draghi then spoke by phone with U.S. President Joe Biden for about 80 minutes.", "2022-01-24");
        assertEquals(List.of(List.of("DEU", "FRA", "ITA", "POL", "USA")), sides(en, "PHONE_CALL", "occurred"));
        EnrichedDispatch fr = tag("WASHINGTON, 6 décembre - Emmanuel Macron, Angela Merkel, Mario Draghi et Boris Johnson ont dit lundi leur "
                + "inquiétude face aux troupes russes massées près de l'Ukraine.\n\nLes quatre dirigeants ont ensuite appelé Joe Biden, "
                + "à la veille de son entretien avec Vladimir Poutine.", "2021-12-06");
        assertEquals(List.of("DEU", "FRA", "GBR", "ITA", "USA"), sides(fr, "PHONE_CALL", "occurred").get(0));
    }

    @Test
    void leadersWhoSpeakAfterACallBetweenTwoOthersAreNoSides() {
        EnrichedDispatch en = tag("WASHINGTON, Feb 12 - U.S. President Joe Biden and Russian President Vladimir Putin spoke by phone for an "
                + "hour on Saturday.\n\nGerman Chancellor Olaf Scholz, French President Emmanuel Macron and British Prime Minister Boris "
                + "Johnson stand by Kyiv. The three leaders said they would keep a common front after Biden spoke with Putin.", "2022-02-12");
        assertEquals(List.of(List.of("RUS", "USA")), sides(en, "PHONE_CALL", "occurred"));
    }

    @Test
    void aCountOfLeadersWhoAgreeToMeetAgainIsTheWholeFormat() {
        EnrichedDispatch en = tag("TEHRAN, Sept 7 - The leaders of Iran, Russia and Turkey met in Tehran on Friday for a summit on Syria's "
                + "Idlib province.\n\nRussian President Vladimir Putin and Turkish President Tayyip Erdogan disagreed openly over a truce "
                + "in the province. The three leaders agreed to meet again in the same format.", "2018-09-07");
        assertEquals(List.of(List.of("IRN", "RUS", "TUR")), sides(en, "SUMMIT_PROPOSAL", "agreed"));
        EnrichedDispatch two = tag("MOSCOW, Sept 14 - Russian President Vladimir Putin and Turkish President Tayyip Erdogan have agreed to "
                + "meet in Sochi on Monday.\n\nThe two leaders disagreed over Idlib at a summit with Iran's president a week ago.", "2018-09-14");
        assertEquals(List.of(List.of("RUS", "TUR")), sides(two, "SUMMIT_PROPOSAL", "agreed"));
    }
}
