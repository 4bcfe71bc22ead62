package io.newswire.enrich.tagger;

import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.newswire.enrich.tagger.TaggerTest.events;
import static io.newswire.enrich.tagger.TaggerTest.heldByDate;
import static io.newswire.enrich.tagger.TaggerTest.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events a dispatch names after a later cue with a length ("a day before his talks with", "à la veille de son entretien
 * avec"), issue 11, session s24: another event, on the clause's date plus the gap; planned when still to come, held when
 * the dispatch is written after it.
 */
class LaterEventsTest {

    @Test
    void aMeetingStillToComeIsASummitPlannedNotAMeetingHeld() {
        EnrichedDispatch e = tag("MOSCOW, Feb 7 - Emmanuel Macron met Vladimir Putin in the Kremlin on Monday, a day before his talks with "
                + "Volodymyr Zelensky in Kyiv.", "2022-02-07");
        assertEquals(Map.of(LocalDate.of(2022, 2, 7), List.of("FRA", "RUS")), heldByDate(e));
        assertEquals(List.of(List.of("FRA", "UKR")), summits(e, "planned"), e.getEvents().toString());
    }

    @Test
    void theSamePhraseWrittenAfterBothDaysTellsAMeetingHeld() {
        EnrichedDispatch e = tag("PARIS, 9 février - Emmanuel Macron a rencontré lundi Vladimir Poutine au Kremlin, la veille de son entretien "
                + "avec Volodymyr Zelensky à Kiev, a rappelé mercredi l'Elysée.", "2022-02-09");
        assertEquals(Map.of(LocalDate.of(2022, 2, 7), List.of("FRA", "RUS"), LocalDate.of(2022, 2, 8), List.of("FRA", "UKR")), heldByDate(e));
    }

    @Test
    void aCallToComeIsNotHeldAndOneAlreadyMadeIsHeldOnItsDay() {
        String body = "Olaf Scholz met Volodymyr Zelensky in Kyiv on Monday, two days before his phone call with Joe Biden.";
        EnrichedDispatch ahead = tag("KYIV, Feb 14 - " + body, "2022-02-14");
        assertTrue(events(ahead, "PHONE_CALL").stream().noneMatch(c -> c.getStatus().equals("occurred")), ahead.getEvents().toString());
        EnrichedDispatch after = tag("BERLIN, Feb 18 - " + body, "2022-02-18");
        List<Event> calls = events(after, "PHONE_CALL").stream().filter(c -> c.getStatus().equals("occurred")).toList();
        assertEquals(1, calls.size(), after.getEvents().toString());
        assertEquals(List.of("DEU", "USA"), calls.get(0).getCountries().stream().sorted().toList());
        assertEquals(LocalDate.of(2022, 2, 16), calls.get(0).getDate());
    }

    @Test
    void beforeWithNoLengthNamesNoOtherEvent() {
        EnrichedDispatch e = tag("MOSCOW, Feb 7 - Emmanuel Macron met Vladimir Putin in the Kremlin on Monday. Before the meeting, Macron "
                + "said he hoped to avoid a war.", "2022-02-07");
        assertEquals(Map.of(LocalDate.of(2022, 2, 7), List.of("FRA", "RUS")), heldByDate(e));
    }

    private static List<List<String>> summits(EnrichedDispatch e, String status) {
        return TaggerTest.sides(e, "SUMMIT_PROPOSAL", status);
    }
}
