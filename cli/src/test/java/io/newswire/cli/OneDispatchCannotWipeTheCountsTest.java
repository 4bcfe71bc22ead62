package io.newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.core.CommonConfig;
import io.newswire.core.DeadLetters;
import io.newswire.runtime.LocalCluster;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, item 2, on the real embedded broker and through the ingest HTTP API: dispatches published in 9999 and
 * in 1900 among ordinary traffic change no count, drop no contact, and leave the API's default window on today; a
 * correcting version 2 dated today counts.
 */
class OneDispatchCannotWipeTheCountsTest {
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Test
    void datesIn9999And1900AmongRealTrafficLeaveTheCountsExactAndTheWindowOnToday(@TempDir Path dataDir) throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        PipelineUnderTest run = PipelineUnderTest.isolated(cluster, dataDir, "wipe");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Pipeline pipeline = Pipeline.start(run.config())) {
            WireClient wire = new WireClient(pipeline.ingestUrl());
            List<WireClient.Answer> answers = new ArrayList<>();
            for (int day = 7; day >= 4; day--) {
                answers.add(wire.postText("call-" + day, WireText.UNDATED_CALL, published(today.minusDays(day))));
            }
            answers.add(wire.postText("misdated-9999", WireText.UNDATED_CALL, Instant.parse("9999-12-30T10:00:00Z")));
            answers.add(wire.postText("misdated-1900", WireText.UNDATED_CALL, Instant.parse("1900-01-01T10:00:00Z")));
            for (int day = 3; day >= 1; day--) {
                answers.add(wire.postText("call-" + day, WireText.UNDATED_CALL, published(today.minusDays(day))));
            }
            answers.add(wire.postText("misdated-9999", 2, WireText.UNDATED_CALL, Instant.now()));
            answers.forEach(answer -> assertEquals(202, answer.status(), answer.body()));

            assertTrue(wire.awaitContacts(pipeline.aggregateUrl(), "RUS", "TUR", 8, WAIT), "seven days of calls and the corrected one");
            JsonNode all = wire.get(pipeline.aggregateUrl(), "/api/contacts/TUR/RUS?window=all");
            assertEquals(8, all.path("contacts").asInt(), all.toString());
            List<String> days = new ArrayList<>();
            all.path("days").forEach(d -> days.add(d.path("day").asText()));
            List<String> expected = new ArrayList<>();
            for (int day = 7; day >= 0; day--) {
                expected.add(today.minusDays(day).toString());
            }
            assertEquals(expected, days, "one contact a day, none in 9999 or 1900");

            JsonNode week = wire.get(pipeline.aggregateUrl(), "/api/contacts/RUS/TUR");
            assertEquals(today.toString(), week.path("to").asText(), "the default window ends today: " + week);
            assertEquals(7, week.path("contacts").asInt());

            List<ConsumerRecord<String, byte[]>> dead = run.readAll(run.topic(CommonConfig.TOPIC_DEAD_LETTERS), 2, WAIT);
            assertEquals(List.of("misdated-1900", "misdated-9999"), dead.stream().map(ConsumerRecord::key).sorted().toList());
            for (ConsumerRecord<String, byte[]> letter : dead) {
                assertEquals("untrusted-dates", OneDispatchCannotStallThePipelineTest.DeadLettersRead.header(letter, DeadLetters.STAGE));
            }

            JsonNode outOfRange = wire.get(pipeline.aggregateUrl(), "/api/contacts/RUS/TUR?at=-999999999-01-01");
            assertEquals(400, outOfRange.path("httpStatus").asInt(), outOfRange.toString());
        }
    }

    private static Instant published(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
