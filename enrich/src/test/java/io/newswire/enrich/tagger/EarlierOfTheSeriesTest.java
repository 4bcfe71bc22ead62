package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.newswire.enrich.tagger.TaggerTest.assertNone;
import static io.newswire.enrich.tagger.TaggerTest.heldByDate;
import static io.newswire.enrich.tagger.TaggerTest.occurredByDate;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The event before the one a dispatch tells, named as its predecessor (issue 11, session s25): another event, of the same sides, on its own date. */
class EarlierOfTheSeriesTest {


    @Test
    void theLastCallWithItsOwnDateIsAnotherCall() {
        EnrichedDispatch e = tag("PARIS, July 1 - French President Emmanuel Macron and Russian President Vladimir Putin spoke by telephone on "
                + "Tuesday for two hours, the Elysee said. Their last call was in September 2022.", "2025-07-01");
        assertEquals(Map.of(LocalDate.of(2025, 7, 1), List.of("FRA", "RUS"), LocalDate.of(2022, 9, 1), List.of("FRA", "RUS")), occurredByDate(e, "PHONE_CALL"));
        EnrichedDispatch f = tag("PARIS, 1er juillet - Emmanuel Macron s'est entretenu mardi au téléphone avec Vladimir Poutine pendant deux "
                + "heures. Leur précédent appel remontait à septembre 2022.", "2025-07-01");
        assertEquals(Map.of(LocalDate.of(2025, 7, 1), List.of("FRA", "RUS"), LocalDate.of(2022, 9, 1), List.of("FRA", "RUS")), occurredByDate(f, "PHONE_CALL"));
    }

    @Test
    void thePreviousOneIsTheMeetingToldBeforeHeldAtItsPlace() {
        EnrichedDispatch e = tag("GENEVA, June 16 - U.S. President Joe Biden met Russian President Vladimir Putin in Geneva on Wednesday "
                + "for a summit. The previous one was held in Helsinki in July 2018.", "2021-06-16");
        assertEquals(List.of("RUS", "USA"), heldByDate(e).get(LocalDate.of(2018, 7, 1)), heldByDate(e).toString());
        EnrichedDispatch f = tag("GENEVE, 16 juin - Joe Biden et Vladimir Poutine se sont rencontrés mercredi à Genève pour un sommet. "
                + "Le précédent s'était tenu à Helsinki en juillet 2018.", "2021-06-16");
        assertEquals(List.of("RUS", "USA"), heldByDate(f).get(LocalDate.of(2018, 7, 1)), heldByDate(f).toString());
    }

    @Test
    void thePreviousOneOfSomethingElseIsNoMeeting() {
        EnrichedDispatch e = tag("BERLIN, May 6 - Friedrich Merz was elected chancellor by the Bundestag on Tuesday. He leads a coalition "
                + "with the Social Democrats. The previous one collapsed in November.", "2025-05-06");
        assertNone(e, "MEETING");
        EnrichedDispatch f = tag("KYIV, Jan 3 - Russia and Ukraine swapped hundreds of prisoners on Wednesday. The previous exchange dates "
                + "back to August.", "2024-01-03");
        assertNone(f, "PHONE_CALL");
    }
}
