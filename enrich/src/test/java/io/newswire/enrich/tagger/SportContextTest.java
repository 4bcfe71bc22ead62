package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A sport word cancels the events of its own clause and of the phrases it holds, not a meeting told in another clause
 * of the sentence (issue 11, session s24, meet-recall).
 */
class SportContextTest {

    private static List<List<String>> meetings(EnrichedDispatch e) {
        return events(e, "MEETING").stream().map(m -> m.getCountries().stream().sorted().toList()).toList();
    }

    @Test
    void aSportNamedInAClauseOfItsOwnLeavesTheMeeting() {
        EnrichedDispatch en = tag("SEOUL, Feb 9 - South Korean President Moon Jae-in met North Korea's ceremonial head of state Kim Yong Nam "
                + "in Pyeongchang on Friday, and the two watched the opening ceremony of the Winter Olympics together.", "2018-02-09");
        assertEquals(List.of(List.of("KOR", "PRK")), meetings(en));
        EnrichedDispatch fr = tag("PANMUNJOM, 9 janvier - La Corée du Nord et la Corée du Sud ont tenu mardi des pourparlers à Panmunjom, et "
                + "Pyongyang enverra des athlètes aux Jeux olympiques.", "2018-01-09");
        assertEquals(List.of(List.of("KOR", "PRK")), meetings(fr));
    }

    @Test
    void aSportInTheMeetingsClauseOrHoldingItsPhraseIsAMatch() {
        EnrichedDispatch match = tag("DOHA, Dec 18 - Argentina met France in the World Cup final on Sunday, and Messi lifted the trophy.", "2022-12-18");
        assertEquals(List.of(), events(match, "MEETING"));
        EnrichedDispatch phrase = tag("LUSAIL, 18 décembre - Après leur rencontre dimanche au stade, les joueurs de l'Argentine et de la France "
                + "se sont salués sur la pelouse.", "2022-12-18");
        assertEquals(List.of(), events(phrase, "MEETING"));
    }
}
