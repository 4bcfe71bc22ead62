package io.newswire.enrich.evaluation;

import io.newswire.schemas.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recall audit's events found by hand are strict data, and one is found only by an event of its type, article and sides. */
class EventRecallTest {

    private static final String HEADER = "# " + String.join("\t", EventRecall.COLUMNS) + "\n";

    @Test
    void projectRecallFileLoadsAndEachEventHasItsFamilyAndReason() {
        List<EventRecall.Expected> expected = EventRecall.expected(Path.of("src/test/resources/audit/events-recall.tsv"));
        assertFalse(expected.isEmpty(), "no events in the project recall audit");
        for (EventRecall.Expected x : expected) assertFalse(x.family().isBlank() || x.reason().isBlank(), "line " + x.line());
    }

    @Test
    void unsortedCountriesAreRefusedWithTheirLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("recall.tsv");
        Files.writeString(file, HEADER + "en-1\tMEETING\tUSA,FRA\toccurred\tmeeting-visit\ta visit\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventRecall.expected(file));
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());
    }

    @Test
    void eventWithoutFamilyIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("recall.tsv");
        Files.writeString(file, HEADER + "en-1\tMEETING\tFRA,USA\toccurred\t\ta visit\n");
        assertThrows(IllegalArgumentException.class, () -> EventRecall.expected(file));
    }

    @Test
    void anEventIsFoundOnlyWithItsTypeArticleAndSides() {
        List<EventAudit.Emitted> emitted = List.of(
                new EventAudit.Emitted("a", EventType.MEETING, List.of("FRA", "USA"), "occurred", 0, 10, "s"),
                new EventAudit.Emitted("b", EventType.PHONE_CALL, List.of("RUS", "TUR"), "occurred", 0, 10, "s"));
        List<EventRecall.Expected> expected = List.of(
                new EventRecall.Expected("a", EventType.MEETING, List.of("FRA", "USA"), "occurred", "meeting-visit", "met", 2),
                new EventRecall.Expected("a", EventType.MEETING, List.of("DEU", "FRA"), "occurred", "meeting-noun", "talks", 3),
                new EventRecall.Expected("b", EventType.MEETING, List.of("RUS", "TUR"), "occurred", "meeting-visit", "a visit, not the call", 4));
        EventRecall.Result result = EventRecall.audit(emitted, expected);
        assertEquals(new EventRecall.Recall(3, 1), result.recall().get(EventType.MEETING));
        assertEquals(List.of(3, 4), result.missed().stream().map(EventRecall.Expected::line).toList());
    }
}
