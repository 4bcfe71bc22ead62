package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A meeting or a call named by a plural possessive ("their summit", "leur entretien") whose clause's subject names one
 * state alone: its sides are the people the clause names, who speaks and whom he tells (session s23, meet-occur).
 */
class PairOwnedEventsTest {

    /** The held events of the type, each as its sorted countries with its date. */
    private static List<String> held(EnrichedDispatch e, String type) {
        return events(e, type).stream().filter(m -> m.getStatus().equals("occurred"))
                .map(m -> m.getCountries().stream().sorted().toList() + "@" + m.getDate()).toList();
    }

    @Test
    void theirMeetingBelongsToWhoSpeaksAndWhomHeTells() {
        EnrichedDispatch fr = tag("ANKARA, 30 septembre - Recep Tayyip Erdogan a remercié jeudi Vladimir Poutine pour son accueil, au lendemain "
                + "de leur rencontre à Sotchi.", "2021-09-30");
        assertEquals(List.of("[RUS, TUR]@" + LocalDate.of(2021, 9, 29)), held(fr, "MEETING"));
        EnrichedDispatch en = tag("WASHINGTON, June 13 - Donald Trump thanked Kim Jong Un on Wednesday, a day after their summit on the island "
                + "of Sentosa.", "2018-06-13");
        assertEquals(List.of("[PRK, USA]@" + LocalDate.of(2018, 6, 12)), held(en, "MEETING"));
    }

    @Test
    void theirCallBelongsToThePairToo() {
        EnrichedDispatch e = tag("WASHINGTON, March 18 - Joe Biden warned Xi Jinping on Friday of the consequences of any material support "
                + "for Russia's war, during their video call of nearly two hours.", "2022-03-18");
        assertEquals(List.of("[CHN, USA]@" + LocalDate.of(2022, 3, 18)), held(e, "PHONE_CALL"));
        assertTrue(held(e, "MEETING").isEmpty(), held(e, "MEETING").toString());
    }

    @Test
    void theirMeetingWithinOneStateOrStillToComeIsNoMeetingHeld() {
        EnrichedDispatch home = tag("PARIS, 5 septembre - Emmanuel Macron a nommé jeudi Michel Barnier Premier ministre, à l'issue de leur "
                + "entretien à l'Elysée.", "2024-09-05");
        assertTrue(held(home, "MEETING").isEmpty(), held(home, "MEETING").toString());
        EnrichedDispatch ahead = tag("BRUSSELS, June 14 - Joe Biden said on Monday he would tell Vladimir Putin where his red lines were, two days "
                + "before their summit in Geneva.", "2021-06-14");
        assertTrue(held(ahead, "MEETING").isEmpty(), held(ahead, "MEETING").toString());
    }
}
