package io.newswire.aggregate;

import io.newswire.schemas.SummitAlert;
import io.newswire.schemas.aggregate.SummitAlertHistory;
import io.newswire.schemas.aggregate.SummitAlertState;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.newswire.aggregate.ContactsTopologyTest.people;
import static io.newswire.aggregate.bench.EnrichedDispatchBuilder.dispatch;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The summit-alerts store keeps each alert under its id, drops alerts past the retention, and splits an older version's whole histories. */
class SummitAlertKeysTest {
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final Map<String, String> TRIO = people("USA", "Donald Trump", "RUS", "Vladimir Putin", "UKR", "Volodymyr Zelensky");
    private static final String TRIO_KEY = "RUS-UKR-USA";
    private static final Map<String, String> DUO = people("RUS", "Vladimir Putin", "UKR", "Volodymyr Zelensky");

    @TempDir
    Path stateDir;
    TopologyHarness harness;

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void eachAlertIsKeptUnderItsIdAndAMentionRewritesOnlyItsOwn() {
        harness = new TopologyHarness(stateDir, Map.of());
        harness.send(dispatch("afp-1").on(MONDAY).proposal(MONDAY, TRIO, "A summit of the three was offered.").build());
        harness.send(dispatch("afp-2").on(MONDAY.plusDays(10)).proposal(MONDAY.plusDays(10), TRIO, "The offer came back.").build());
        harness.send(dispatch("afp-3").on(MONDAY.plusDays(10)).proposal(MONDAY.plusDays(10), DUO, "Two of them may meet.").build());
        harness.send(dispatch("afp-4").on(MONDAY.plusDays(12)).proposal(MONDAY.plusDays(12), TRIO, "Ankara repeated it.").build());

        Map<String, List<SummitAlertState>> stored = storedAlerts();
        assertEquals(List.of("RUS-UKR-USA@2025-03-03", "RUS-UKR-USA@2025-03-13", "RUS-UKR@2025-03-13"), List.copyOf(stored.keySet()));
        stored.forEach((key, states) -> assertEquals(key, states.get(0).getAlert().getAlertId(), "one alert a key, under its id"));
        assertEquals(List.of(1, 2, 1), stored.values().stream().map(states -> states.get(0).getAlert().getMentions()).toList());
        assertEquals(List.of("afp-2@1", "afp-4@1"), stored.get("RUS-UKR-USA@2025-03-13").get(0).getMentionedBy());
    }

    @Test
    void aNewAlertDropsTheParticipantsAlertsPastTheRetentionAndAnAlertPastItIsSentButNotKept() {
        harness = new TopologyHarness(stateDir, Map.of(AggregateConfig.RETENTION_DAYS, "30"));
        harness.send(dispatch("afp-1").on(MONDAY).proposal(MONDAY, TRIO, "A summit of the three was offered.").build());
        harness.send(dispatch("afp-2").on(MONDAY.plusDays(20)).proposal(MONDAY.plusDays(20), TRIO, "The offer came back.").build());
        assertEquals(List.of("RUS-UKR-USA@2025-03-03", "RUS-UKR-USA@2025-03-23"), List.copyOf(storedAlerts().keySet()));

        harness.send(dispatch("afp-3").on(MONDAY.plusDays(30)).proposal(MONDAY.plusDays(30), TRIO, "Again the offer.").build());
        assertEquals(List.of("RUS-UKR-USA@2025-03-23", "RUS-UKR-USA@2025-04-02"), List.copyOf(storedAlerts().keySet()),
                "the first alert, 30 days before the newest, is dropped");

        harness.send(dispatch("afp-4").on(MONDAY.plusDays(31)).proposal(MONDAY, TRIO, "An old offer, told late.").build());
        List<TestRecord<String, SummitAlert>> sent = harness.alertRecords();
        assertEquals(List.of("RUS-UKR-USA@2025-03-03", "RUS-UKR-USA@2025-03-23", "RUS-UKR-USA@2025-04-02", "RUS-UKR-USA@2025-03-03"),
                sent.stream().map(TestRecord::key).toList());
        assertEquals(1, sent.get(3).value().getMentions(), "raised anew: the alert it belonged to is gone");
        assertEquals(List.of("RUS-UKR-USA@2025-03-23", "RUS-UKR-USA@2025-04-02"), List.copyOf(storedAlerts().keySet()));
    }

    @Test
    void aHistoryAnOlderVersionKeptWholeIsSplitWhenTheParticipantsAreNextProposed() {
        harness = new TopologyHarness(stateDir, Map.of());
        KeyValueStore<String, SummitAlertHistory> store = harness.driver.getKeyValueStore(ContactsTopology.SUMMIT_ALERTS);
        store.put(TRIO_KEY, new SummitAlertHistory(List.of(state(MONDAY, 1, "afp-1@1"), state(MONDAY.plusDays(10), 2, "afp-2@1", "afp-3@1"))));

        harness.send(dispatch("afp-4").on(MONDAY.plusDays(12)).proposal(MONDAY.plusDays(12), TRIO, "Ankara repeated it.").build());
        harness.send(dispatch("afp-2").on(MONDAY.plusDays(10)).proposal(MONDAY.plusDays(10), TRIO, "The offer came back.").build());

        List<TestRecord<String, SummitAlert>> sent = harness.alertRecords();
        assertEquals(1, sent.size(), "afp-2's version had mentioned the alert already");
        assertEquals("RUS-UKR-USA@2025-03-13", sent.get(0).key());
        assertEquals(3, sent.get(0).value().getMentions());
        Map<String, List<SummitAlertState>> stored = storedAlerts();
        assertEquals(List.of("RUS-UKR-USA@2025-03-03", "RUS-UKR-USA@2025-03-13"), List.copyOf(stored.keySet()), "no key of the participants alone");
        assertEquals(List.of("afp-2@1", "afp-3@1", "afp-4@1"), stored.get("RUS-UKR-USA@2025-03-13").get(0).getMentionedBy());
        assertEquals(List.of(state(MONDAY, 1, "afp-1@1")), stored.get("RUS-UKR-USA@2025-03-03"));
    }

    private Map<String, List<SummitAlertState>> storedAlerts() {
        KeyValueStore<String, SummitAlertHistory> store = harness.driver.getKeyValueStore(ContactsTopology.SUMMIT_ALERTS);
        Map<String, List<SummitAlertState>> alerts = new TreeMap<>();
        try (KeyValueIterator<String, SummitAlertHistory> all = store.all()) {
            all.forEachRemaining(entry -> alerts.put(entry.key, entry.value.getAlerts()));
        }
        return alerts;
    }

    /** An alert of the trio as an older version kept it. */
    private static SummitAlertState state(LocalDate day, int mentions, String... mentionedBy) {
        Instant seen = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        SummitAlert alert = new SummitAlert(TRIO_KEY + "@" + day, List.of("RUS", "UKR", "USA"), List.of("Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"),
                null, "proposed", "A summit of the three was offered.", "afp-1", "Summit offered", seen, mentions, "afp-1",
                "A summit of the three was offered.", seen);
        return new SummitAlertState(day, alert, List.of(mentionedBy));
    }
}
