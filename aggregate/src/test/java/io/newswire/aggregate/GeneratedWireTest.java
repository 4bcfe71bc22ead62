package io.newswire.aggregate;

import io.newswire.aggregate.bench.NewsGenerator;
import io.newswire.aggregate.bench.NewsGenerator.ExpectedDay;
import io.newswire.aggregate.bench.NewsGenerator.News;
import io.newswire.aggregate.bench.NewsGenerator.Sent;
import io.newswire.core.DeadLetters;
import io.newswire.schemas.ContactCount;
import io.newswire.schemas.SummitAlert;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated wire (duplicates, versions, retractions, late reports, proposals) through the topology in one go. */
class GeneratedWireTest {

    @Test
    void generatedWireEndsWithExactlyTheExpectedCountsAndAlerts(@TempDir Path stateDir) {
        News news = NewsGenerator.generate(42, NewsGenerator.Shape.small(600));
        Map<String, Long> deadLetters = runAndCheck(news, stateDir);

        assertEquals(Map.of(NotCountedToDeadLetters.LATE_STAGE, (long) news.expected().lateDeadLetters()), deadLetters);
        assertTrue(news.expected().lateDeadLetters() > 0 && news.expected().alertMentions().size() > 5, "the wire has late reports and alerts");
    }

    @Test
    void dispatchesDatedIn9999And1900AmongTheWireLeaveTheCountsExact(@TempDir Path stateDir) {
        News news = NewsGenerator.generate(42, NewsGenerator.Shape.small(600).withWrongDates(30));
        Map<String, Long> deadLetters = runAndCheck(news, stateDir);

        assertEquals(Map.of(NotCountedToDeadLetters.LATE_STAGE, (long) news.expected().lateDeadLetters(),
                NotCountedToDeadLetters.UNTRUSTED_STAGE, (long) news.expected().untrustedDeadLetters()), deadLetters);
        assertEquals(30, news.expected().untrustedDeadLetters());
    }

    /** Sends the wire, checks counts and alerts against the expected ones, and returns the dead letters by stage. */
    private static Map<String, Long> runAndCheck(News news, Path stateDir) {
        try (TopologyHarness harness = new TopologyHarness(stateDir, Map.of())) {
            for (Sent sent : news.records()) {
                harness.enriched.pipeInput(sent.key(), sent.value());
            }
            harness.driver.advanceWallClockTime(ContactCounter.RETENTION_CHECK);
            harness.driver.advanceWallClockTime(NewerVersionsOnly.FORGET_CHECK);

            Map<String, ExpectedDay> actual = new TreeMap<>();
            for (TestRecord<String, ContactCount> r : harness.contacts.readRecordsToList()) {
                ExpectedDay.fold(actual, r.key(), r.value());
            }
            assertEquals(new TreeMap<>(news.expected().days()), actual);
            assertEquals(news.expected().days().size(), harness.pairDays().size(), "the purge kept every pair-day");

            Map<String, Integer> alerts = new TreeMap<>();
            Map<String, Integer> newAlerts = new TreeMap<>();
            for (TestRecord<String, SummitAlert> r : harness.alerts.readRecordsToList()) {
                alerts.put(r.key(), r.value().getMentions());
                if (r.value().getMentions() == 1) {
                    newAlerts.merge(r.key(), 1, Integer::sum);
                }
            }
            assertEquals(news.expected().alertMentions(), alerts);
            assertTrue(newAlerts.values().stream().allMatch(n -> n == 1), "each alert raised once: " + newAlerts);
            return harness.deadLetters.readRecordsToList().stream()
                    .map(r -> new String(r.headers().lastHeader(DeadLetters.STAGE).value(), StandardCharsets.UTF_8))
                    .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        }
    }
}
