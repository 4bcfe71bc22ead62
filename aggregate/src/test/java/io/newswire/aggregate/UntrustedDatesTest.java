package io.newswire.aggregate;

import io.newswire.core.DeadLetters;
import io.newswire.schemas.DateSource;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.SummitAlert;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.newswire.aggregate.bench.EnrichedDispatchBuilder.dispatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 10, item 2: a date that cannot be believed is never counted and moves no clock, retention or purge. */
class UntrustedDatesTest {
    /** Recent days, as the test driver's clock (now) receives them. */
    private static final LocalDate FRIDAY = LocalDate.now(ZoneOffset.UTC).minusDays(3);
    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 30);
    private static final LocalDate LONG_AGO = LocalDate.of(1900, 1, 1);
    private static final Map<String, String> PRESIDENTS = ContactsTopologyTest.people("RUS", "Vladimir Putin", "TUR", "Recep Tayyip Erdogan");
    private static final Map<String, String> FOREIGN_MINISTERS = ContactsTopologyTest.people("RUS", "Sergei Lavrov", "TUR", "Hakan Fidan");

    @TempDir
    Path stateDir;
    TopologyHarness harness;

    @BeforeEach
    void start() {
        harness = new TopologyHarness(stateDir, Map.of(AggregateConfig.RETENTION_DAYS, "30"));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void callDatedIn9999IsNotCountedAndTheRetentionKeepsTodaysContacts() {
        harness.send(dispatch("afp-1").on(FRIDAY).call(FRIDAY, PRESIDENTS).build());
        harness.send(dispatch("bad-1").on(FAR_FUTURE).call(FAR_FUTURE, FOREIGN_MINISTERS).build());
        harness.send(dispatch("afp-2").on(FRIDAY.plusDays(1)).call(FRIDAY.plusDays(1), FOREIGN_MINISTERS).build());
        harness.driver.advanceWallClockTime(ContactCounter.RETENTION_CHECK);

        assertEquals(1, harness.contactsOn("RUS-TUR", FRIDAY));
        assertEquals(1, harness.contactsOn("RUS-TUR", FRIDAY.plusDays(1)), "a contact after the 9999 one is not taken as older than the retention");
        assertEquals(2, harness.pairDays().size(), "the purge deleted nothing");
        assertNull(harness.pairDays().get(ContactCounter.dayKey("RUS-TUR", FAR_FUTURE)));
        assertEquals((int) FRIDAY.plusDays(1).toEpochDay(), latestDayStore().get(ContactCounter.LATEST_DAY));

        TestRecord<String, byte[]> dead = harness.deadLetters.readRecord();
        assertEquals("bad-1", dead.key());
        assertEquals(NotCountedToDeadLetters.UNTRUSTED_STAGE, header(dead, DeadLetters.STAGE));
        assertTrue(header(dead, DeadLetters.REASON).contains("PHONE_CALL RUS-TUR dated 9999-12-30 is after"), header(dead, DeadLetters.REASON));
    }

    @Test
    void callDatedIn1900IsNotCounted() {
        harness.send(dispatch("bad-1").on(LONG_AGO).call(LONG_AGO, PRESIDENTS).build());

        assertNull(harness.count("RUS-TUR", LONG_AGO));
        assertTrue(header(harness.deadLetters.readRecord(), DeadLetters.REASON).contains("1900-01-01 is before 1990-01-01 (dates.earliest)"));
    }

    @Test
    void eventEnrichMarkedUntrustedIsNotCountedWhateverItsDate() {
        EnrichedDispatch marked = dispatch("afp-1").on(FRIDAY).call(FRIDAY, PRESIDENTS).build();
        marked.getEvents().get(0).setDateSource(DateSource.UNTRUSTED.wireName());
        harness.send(marked);

        assertNull(harness.count("RUS-TUR", FRIDAY));
        assertTrue(header(harness.deadLetters.readRecord(), DeadLetters.REASON).contains("marked untrusted by enrich"));
    }

    @Test
    void correctedVersionDatedRightCountsAndIsNotLate() {
        harness.send(dispatch("afp-1").on(FAR_FUTURE).call(FAR_FUTURE, PRESIDENTS).build());
        harness.send(dispatch("afp-1").version(2).on(FRIDAY.plusDays(3)).call(FRIDAY, PRESIDENTS).build());

        assertEquals(1, harness.contactsOn("RUS-TUR", FRIDAY), "the base for lateness is version 2's date, not a date from 9999 or the receipt");
        assertEquals(1, harness.deadLetters.readRecordsToList().size(), "only version 1 is a dead letter");
    }

    @Test
    void receiptAheadOfTheClockIsNotBelieved() {
        Instant forged = FAR_FUTURE.atStartOfDay(ZoneOffset.UTC).toInstant();
        harness.enriched.pipeInput("bad-1", dispatch("bad-1").on(FAR_FUTURE).call(FAR_FUTURE, PRESIDENTS).build(), forged);
        harness.send(dispatch("afp-1").on(FRIDAY).call(FRIDAY, FOREIGN_MINISTERS).build());
        harness.driver.advanceWallClockTime(ContactCounter.RETENTION_CHECK);

        assertNull(harness.count("RUS-TUR", FAR_FUTURE), "a record timestamp in 9999 does not make 9999 a believable date");
        assertEquals(1, harness.contactsOn("RUS-TUR", FRIDAY));
        long tomorrow = Instant.now().plus(Duration.ofDays(1)).toEpochMilli();
        assertTrue(harness.deadLetters.readRecord().timestamp() < tomorrow, "nothing aggregate writes carries the forged timestamp");
    }

    @Test
    void latestDayStoredBeforeDatesWereCheckedDeletesNothing() {
        harness.send(dispatch("afp-1").on(FRIDAY).call(FRIDAY, PRESIDENTS).build());
        latestDayStore().put(ContactCounter.LATEST_DAY, (int) FAR_FUTURE.toEpochDay());  // as an earlier version left it

        harness.send(dispatch("afp-2").on(FRIDAY.plusDays(1)).call(FRIDAY.plusDays(1), FOREIGN_MINISTERS).build());
        harness.driver.advanceWallClockTime(ContactCounter.RETENTION_CHECK);

        assertEquals(1, harness.contactsOn("RUS-TUR", FRIDAY.plusDays(1)), "counted: the stored 9999 is read as no later than tomorrow");
        assertEquals(2, harness.pairDays().size(), "the purge deleted nothing");
    }

    @Test
    void summitProposalDatedIn9999RaisesNoAlertAndKeepsTheOthers() {
        Map<String, String> three = ContactsTopologyTest.people("RUS", "Vladimir Putin", "UKR", "Volodymyr Zelensky", "USA", "Donald Trump");
        harness.send(dispatch("afp-1").on(FRIDAY).proposal(FRIDAY, three, "A summit of the three was proposed.").build());
        harness.send(dispatch("bad-1").on(FAR_FUTURE).proposal(FAR_FUTURE, three, "A summit of the three was proposed.").build());
        harness.send(dispatch("afp-2").on(FRIDAY.plusDays(2)).proposal(FRIDAY.plusDays(2), three, "The offer was repeated.").build());

        List<TestRecord<String, SummitAlert>> alerts = harness.alertRecords();
        assertEquals(List.of("RUS-UKR-USA@" + FRIDAY, "RUS-UKR-USA@" + FRIDAY), alerts.stream().map(TestRecord::key).toList());
        assertEquals(2, alerts.get(1).value().getMentions(), "the 9999 proposal neither raised an alert nor pushed the first one out of the retention");
    }

    private KeyValueStore<String, Integer> latestDayStore() {
        return harness.driver.getKeyValueStore(ContactsTopology.LATEST_EVENT_DAY);
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
