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

/** The audit's verdicts are strict data, and an emitted event is matched to its verdict by article, type, sides and sentence. */
class EventAuditTest {

    private static final String HEADER = "# " + String.join("\t", EventAudit.COLUMNS) + "\n";

    @Test
    void projectVerdictsLoadAndEachSaysWhy() {
        List<EventAudit.Verdict> verdicts = EventAudit.verdicts(Path.of("src/test/resources/audit/events.tsv"));
        assertFalse(verdicts.isEmpty(), "no verdicts in the project audit");
        for (EventAudit.Verdict v : verdicts) assertFalse(v.reason().isBlank(), "line " + v.line());
    }

    @Test
    void verdictWithoutReasonIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.tsv");
        Files.writeString(file, HEADER + "en-1\tMEETING\tFRA,USA\toccurred\t0\t10\tcorrect\tyes\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventAudit.verdicts(file));
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());
    }

    @Test
    void unknownTypeIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.tsv");
        Files.writeString(file, HEADER + "en-1\tHANDSHAKE\tFRA,USA\toccurred\t0\t10\tcorrect\tyes\tbecause\n");
        assertThrows(IllegalArgumentException.class, () -> EventAudit.verdicts(file));
    }

    @Test
    void precisionCountsOnlyJudgedEventsStillEmittedAndListsTheRest() {
        List<EventAudit.Emitted> emitted = List.of(
                new EventAudit.Emitted("a", EventType.MEETING, List.of("FRA", "USA"), "occurred", 0, 10, "s"),
                new EventAudit.Emitted("a", EventType.MEETING, List.of("DEU", "FRA"), "occurred", 20, 30, "s"),
                new EventAudit.Emitted("b", EventType.CEASEFIRE, List.of("ARM", "AZE"), "agreed", 5, 9, "s"));
        List<EventAudit.Verdict> verdicts = List.of(
                new EventAudit.Verdict("a", EventType.MEETING, List.of("FRA", "USA"), "occurred", 0, 10, true, true, "met", 2),
                new EventAudit.Verdict("a", EventType.MEETING, List.of("DEU", "FRA"), "occurred", 20, 30, false, null, "no", 3),
                new EventAudit.Verdict("c", EventType.PHONE_CALL, List.of("RUS", "TUR"), "occurred", 0, 4, true, true, "gone", 4));
        EventAudit.Result result = EventAudit.audit(emitted, verdicts);
        assertEquals(new EventAudit.Precision(2, 1, 1, 1), result.precision().get(EventType.MEETING));
        assertEquals(0.5, result.precision().get(EventType.MEETING).value());
        assertEquals(1, result.unjudged().size());
        assertEquals(EventType.CEASEFIRE, result.unjudged().get(0).type());
        assertEquals(1, result.stale().size());
    }
}
