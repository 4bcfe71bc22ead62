package io.newswire.aggregate;

import io.newswire.schemas.SummitAlert;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.newswire.aggregate.ContactsTopologyTest.people;
import static io.newswire.aggregate.bench.EnrichedDispatchBuilder.dispatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummitAlertsTopologyTest {
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final Map<String, String> TRIO = people("USA", "Donald Trump", "RUS", "Vladimir Putin", "UKR", "Volodymyr Zelensky");
    private static final String EVIDENCE = "Erdogan offered to host a summit of Trump, Putin and Zelensky.";

    @TempDir
    Path stateDir;
    TopologyHarness harness;

    @BeforeEach
    void start() {
        harness = new TopologyHarness(stateDir, Map.of());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void proposalRaisesAnAlertOnceAndLaterMentionsUpdateIt() {
        harness.send(dispatch("afp-1").on(MONDAY).headline("Erdogan offers summit").proposal(MONDAY, TRIO, EVIDENCE).build());
        harness.send(dispatch("rtr-7").on(MONDAY.plusDays(2)).proposal(MONDAY.plusDays(2), TRIO, "Ankara repeated its offer.").build());
        harness.send(dispatch("dpa-3").on(MONDAY.plusDays(6)).proposal(MONDAY.plusDays(6), TRIO, "The offer stands.").build());

        List<TestRecord<String, SummitAlert>> records = harness.alertRecords();
        assertEquals(3, records.size());
        assertEquals(1, records.stream().map(TestRecord::key).distinct().count(), "one alert, updated twice");
        SummitAlert first = records.get(0).value();
        assertEquals("RUS-UKR-USA@2025-03-03", first.getAlertId());
        assertEquals(List.of("RUS", "UKR", "USA"), first.getParticipants());
        assertEquals(List.of("Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"), first.getActors());
        assertEquals(EVIDENCE, first.getEvidence());
        assertEquals("afp-1", first.getDispatchId());
        assertEquals("Erdogan offers summit", first.getHeadline());
        assertEquals(1, first.getMentions());
        SummitAlert last = records.get(2).value();
        assertEquals(3, last.getMentions());
        assertEquals("dpa-3", last.getLatestDispatchId());
        assertEquals("The offer stands.", last.getLatestEvidence());
        assertEquals(first.getFirstSeen(), last.getFirstSeen());
        assertEquals("afp-1", last.getDispatchId());
    }

    @Test
    void proposalAfterTheWindowRaisesANewAlert() {
        harness.send(dispatch("afp-1").on(MONDAY).proposal(MONDAY, TRIO, EVIDENCE).build());
        harness.send(dispatch("afp-2").on(MONDAY.plusDays(7)).proposal(MONDAY.plusDays(7), TRIO, EVIDENCE).build());

        List<TestRecord<String, SummitAlert>> records = harness.alertRecords();
        assertEquals(2, records.size());
        assertNotEquals(records.get(0).key(), records.get(1).key());
        assertEquals("RUS-UKR-USA@2025-03-10", records.get(1).value().getAlertId());
        assertEquals(1, records.get(1).value().getMentions());
    }

    @Test
    void reprocessingTheSameDispatchVersionDoesNotRaiseTheMentionCount() {
        var proposal = dispatch("afp-1").on(MONDAY).proposal(MONDAY, TRIO, EVIDENCE).build();
        harness.send(proposal, proposal, proposal);

        List<TestRecord<String, SummitAlert>> records = harness.alertRecords();
        assertEquals(1, records.size());
        assertEquals(1, records.get(0).value().getMentions());
    }

    @Test
    void newVersionOfTheSameDispatchIsAnotherMention() {
        harness.send(dispatch("afp-1").version(1).on(MONDAY).proposal(MONDAY, TRIO, EVIDENCE).build(),
                dispatch("afp-1").version(2).on(MONDAY).proposal(MONDAY, TRIO, EVIDENCE).build());

        List<TestRecord<String, SummitAlert>> records = harness.alertRecords();
        assertEquals(2, records.get(1).value().getMentions());
        assertEquals(records.get(0).key(), records.get(1).key());
    }

    @Test
    void differentParticipantsGetTheirOwnAlert() {
        harness.send(dispatch("afp-1").on(MONDAY).proposal(MONDAY, TRIO, EVIDENCE)
                .proposal(MONDAY, people("RUS", "Vladimir Putin", "USA", "Donald Trump"), "Trump and Putin may meet.").build());

        List<String> ids = harness.alertRecords().stream().map(TestRecord::key).sorted().toList();
        assertEquals(List.of("RUS-UKR-USA@2025-03-03", "RUS-USA@2025-03-03"), ids);
    }

    @Test
    void lateMentionWithinTheWindowUpdatesTheAlert() {
        harness.send(dispatch("afp-1").on(MONDAY.plusDays(5)).proposal(MONDAY.plusDays(5), TRIO, EVIDENCE).build());
        harness.send(dispatch("afp-2").on(MONDAY.plusDays(6)).proposal(MONDAY, TRIO, "Last Monday, Erdogan offered.").build());

        List<TestRecord<String, SummitAlert>> records = harness.alertRecords();
        assertEquals(2, records.size());
        assertEquals(records.get(0).key(), records.get(1).key());
        assertTrue(records.get(1).value().getMentions() == 2);
    }
}
