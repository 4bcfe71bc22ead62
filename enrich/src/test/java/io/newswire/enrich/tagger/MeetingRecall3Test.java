package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.meetings;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** MEETING recall, third pass (session s25, meet-recall3): the speaker as a side, presence told by acts. */
class MeetingRecall3Test {

    @Test
    void aPossessiveMeetingBetweenTheCommasOfASpeakingVerbIsTheSpeakers() {
        EnrichedDispatch en = tag("WASHINGTON, Feb 24 - French President Emmanuel Macron said on Monday, after his meeting with U.S. President "
                + "Donald Trump at the White House, that Europe would help Ukraine.", "2025-02-24");
        assertEquals(List.of(List.of("FRA", "USA")), meetings(en, "occurred"));
        EnrichedDispatch fr = tag("WASHINGTON, 24 février - Emmanuel Macron a déclaré lundi, après son entretien avec Donald Trump à la Maison "
                + "Blanche, que l'Europe aiderait l'Ukraine.", "2025-02-24");
        assertEquals(List.of(List.of("FRA", "USA")), meetings(fr, "occurred"));
        EnrichedDispatch coalition = tag("BERLIN, Nov 6 - German Chancellor Olaf Scholz said on Wednesday, after his talks with the leaders of "
                + "his coalition partners, that he would seek a vote of confidence.", "2024-11-06");
        assertEquals(List.of(), meetings(coalition, "occurred"));
        EnrichedDispatch bare = tag("WASHINGTON, Feb 24 - French President Emmanuel Macron said on Monday, after talks with U.S. President "
                + "Donald Trump at the White House, that Europe would help Ukraine.", "2025-02-24");
        assertEquals(List.of(List.of("FRA", "USA")), meetings(bare, "occurred"));
        EnrichedDispatch article = tag("PARIS, 6 novembre - Emmanuel Macron a déclaré mercredi, après des entretiens avec Olaf Scholz à Berlin, "
                + "que l'Europe devait s'unir.", "2024-11-06");
        assertEquals(List.of(List.of("DEU", "FRA")), meetings(article, "occurred"));
        EnrichedDispatch own = tag("BERLIN, Nov 6 - German Chancellor Olaf Scholz said on Wednesday, after talks with the leaders of his "
                + "coalition partners, that he would seek a vote of confidence.", "2024-11-06");
        assertEquals(List.of(), meetings(own, "occurred"));
    }

    @Test
    void leadersSideBySideOrSigningOneDocumentTogetherMet() {
        EnrichedDispatch side = tag("BEIJING, Sept 3 - Chinese President Xi Jinping, Russian President Vladimir Putin and North Korean leader "
                + "Kim Jong Un walked side by side into Tiananmen Square on Wednesday for a military parade.", "2025-09-03");
        assertEquals(List.of(List.of("CHN", "PRK", "RUS")), meetings(side, "occurred"));
        EnrichedDispatch cote = tag("PÉKIN, 3 septembre - Xi Jinping, Vladimir Poutine et Kim Jong Un ont marché côte à côte mercredi sur la "
                + "place Tiananmen avant le défilé militaire.", "2025-09-03");
        assertEquals(List.of(List.of("CHN", "PRK", "RUS")), meetings(cote, "occurred"));
        EnrichedDispatch signed = tag("MOSCOW, March 21 - Chinese President Xi Jinping and Russian President Vladimir Putin signed a joint "
                + "statement on deepening their partnership in the Kremlin on Tuesday.", "2023-03-21");
        assertEquals(List.of(List.of("CHN", "RUS")), meetings(signed, "occurred"));
        EnrichedDispatch released = tag("WASHINGTON, Jan 22 - The United States and Britain said in a joint statement released by the Pentagon "
                + "and the British Ministry of Defence on Monday that their forces had struck eight Houthi targets in Yemen.", "2024-01-22");
        assertEquals(List.of(), meetings(released, "occurred"));
    }
}
