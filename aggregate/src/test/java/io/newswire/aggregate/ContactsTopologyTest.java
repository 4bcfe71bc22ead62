package io.newswire.aggregate;

import io.newswire.aggregate.state.ReportedPairDay;
import io.newswire.aggregate.state.SeenDispatch;
import io.newswire.core.DeadLetters;
import io.newswire.schemas.ContactCount;
import io.newswire.schemas.aggregate.Contact;
import io.newswire.schemas.aggregate.ContactSource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.newswire.aggregate.bench.EnrichedDispatchBuilder.dispatch;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactsTopologyTest {
    private static final LocalDate FRIDAY = LocalDate.of(2025, 2, 21);
    private static final Map<String, String> PRESIDENTS = people("RUS", "Vladimir Putin", "TUR", "Recep Tayyip Erdogan");
    private static final Map<String, String> FOREIGN_MINISTERS = people("RUS", "Sergei Lavrov", "TUR", "Hakan Fidan");

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
    void sameCallReportedByFiveDispatchesCountsOnce() {
        for (int i = 1; i <= 5; i++) {
            harness.send(dispatch("afp-" + i).on(FRIDAY).call(FRIDAY, PRESIDENTS).build());
        }

        ContactCount count = harness.count("RUS-TUR", FRIDAY);
        assertEquals(1, count.getContacts());
        assertEquals(5, count.getMentions());
        assertEquals(Map.of("PHONE_CALL", 1), count.getContactsByType());
        Contact contact = harness.contactReports().get(count.getContactIds().get(0));
        assertEquals(List.of("afp-1", "afp-2", "afp-3", "afp-4", "afp-5"), contact.getSources().stream().map(ContactSource::getDispatchId).toList());
    }

    @Test
    void threeVersionsOfOneDispatchCountOnceWithThreeMentions() {
        for (int v = 1; v <= 3; v++) {
            harness.send(dispatch("afp-1").version(v).on(FRIDAY).call(FRIDAY, PRESIDENTS).build());
        }

        ContactCount count = harness.count("RUS-TUR", FRIDAY);
        assertEquals(1, count.getContacts());
        assertEquals(3, count.getMentions());
    }

    @Test
    void replayedOrOlderVersionChangesNothing() {
        harness.send(dispatch("afp-1").version(2).on(FRIDAY).call(FRIDAY, PRESIDENTS).build());
        harness.send(dispatch("afp-1").version(2).on(FRIDAY).call(FRIDAY, PRESIDENTS).build());
        harness.send(dispatch("afp-1").version(1).on(FRIDAY).call(FRIDAY, FOREIGN_MINISTERS).build());

        ContactCount count = harness.count("RUS-TUR", FRIDAY);
        assertEquals(1, count.getContacts());
        assertEquals(1, count.getMentions());
        assertTrue(harness.contacts.isEmpty(), "nothing emitted for a replay or an older version");
    }

    @Test
    void twoCallsSameDayWithDifferentPeopleCountTwice() {
        harness.send(dispatch("afp-1").on(FRIDAY).call(FRIDAY, PRESIDENTS).build(),
                dispatch("rtr-1").on(FRIDAY).call(FRIDAY, FOREIGN_MINISTERS).build());

        ContactCount count = harness.count("RUS-TUR", FRIDAY);
        assertEquals(2, count.getContacts());
        assertEquals(2, count.getMentions());
    }

    @Test
    void callAndMeetingOfTheSamePeopleSameDayCountTwiceByType() {
        harness.send(dispatch("afp-1").on(FRIDAY).call(FRIDAY, PRESIDENTS)
                .contact("MEETING", FRIDAY, PRESIDENTS, "They met in Ankara.").build());

        ContactCount count = harness.count("RUS-TUR", FRIDAY);
        assertEquals(2, count.getContacts());
        assertEquals(Map.of("MEETING", 1, "PHONE_CALL", 1), count.getContactsByType());
    }

    @Test
    void multiPartyCallCountsOnceForEveryPair() {
        harness.send(dispatch("afp-1").on(FRIDAY)
                .call(FRIDAY, people("RUS", "Vladimir Putin", "TUR", "Recep Tayyip Erdogan", "UKR", "Volodymyr Zelensky")).build());

        assertEquals(1, harness.contactsOn("RUS-TUR", FRIDAY));
        assertEquals(1, harness.contactsOn("RUS-UKR", FRIDAY));
        assertEquals(1, harness.contactsOn("TUR-UKR", FRIDAY));
        assertEquals(3, harness.pairDays().size());
    }

    @Test
    void reportNamingNobodyIsTheNamedCallOfThatDay() {
        harness.send(dispatch("afp-1").on(FRIDAY).call(FRIDAY, PRESIDENTS).build(),
                dispatch("rtr-1").on(FRIDAY).call(FRIDAY, people("RUS", null, "TUR", null)).build());

        ContactCount count = harness.count("RUS-TUR", FRIDAY);
        assertEquals(1, count.getContacts());
        assertEquals(2, count.getMentions());
    }

    @Test
    void reportNamingNobodyCountsWhenNoNamedCallThatDay() {
        harness.send(dispatch("rtr-1").on(FRIDAY).call(FRIDAY, people("RUS", null, "TUR", null)).build());

        assertEquals(1, harness.contactsOn("RUS-TUR", FRIDAY));
    }

    @Test
    void lateDispatchLandsOnTheEventDay() {
        LocalDate tuesday = FRIDAY.plusDays(4);
        harness.send(dispatch("afp-1").on(tuesday).call(FRIDAY, PRESIDENTS).build());

        assertEquals(1, harness.contactsOn("RUS-TUR", FRIDAY));
        assertNull(harness.count("RUS-TUR", tuesday));
    }

    @Test
    void contactBeyondTheGracePeriodGoesToDeadLettersWithTheReason() {
        LocalDate monthLater = FRIDAY.plusDays(30);
        harness.send(dispatch("afp-1").on(monthLater).call(FRIDAY, PRESIDENTS).call(monthLater, FOREIGN_MINISTERS).build());

        assertNull(harness.count("RUS-TUR", FRIDAY));
        assertEquals(1, harness.contactsOn("RUS-TUR", monthLater), "the dispatch's timely contact still counts");
        TestRecord<String, byte[]> dead = harness.deadLetters.readRecord();
        assertEquals("afp-1", dead.key());
        String reason = header(dead, DeadLetters.REASON);
        assertTrue(reason.contains("PHONE_CALL RUS-TUR on 2025-02-21") && reason.contains("30 days before"), reason);
        assertEquals(NotCountedToDeadLetters.LATE_STAGE, header(dead, DeadLetters.STAGE));
    }

    @Test
    void correctionPublishedLaterDoesNotMakeAContactLate() {
        harness.send(dispatch("afp-1").version(1).on(FRIDAY).call(FRIDAY, PRESIDENTS).build());
        harness.send(dispatch("afp-1").version(2).on(FRIDAY.plusDays(20)).call(FRIDAY, PRESIDENTS).build());

        assertEquals(2, harness.count("RUS-TUR", FRIDAY).getMentions());
        assertTrue(harness.deadLetters.isEmpty());
    }

    @Test
    void newVersionThatNoLongerReportsTheCallTakesItOut() {
        harness.send(dispatch("afp-1").version(1).on(FRIDAY).call(FRIDAY, PRESIDENTS).build());
        assertEquals(1, harness.contactsOn("RUS-TUR", FRIDAY));

        harness.send(dispatch("afp-1").version(2).on(FRIDAY).build());

        ContactCount count = harness.count("RUS-TUR", FRIDAY);
        assertEquals(0, count.getContacts(), "a zero count is emitted so the topic shows the retraction");
        assertEquals(0, count.getMentions());
        assertEquals(0, harness.pairDays().size());
        assertEquals(0, harness.contactReports().size());
    }

    @Test
    void newVersionKeepsTheCallItStillReportsWithItsNewSentenceAndDropsTheOtherOfThatDay() {
        harness.send(dispatch("afp-1").version(1).on(FRIDAY).contact("PHONE_CALL", FRIDAY, PRESIDENTS, "Putin and Erdogan spoke by phone.")
                .contact("PHONE_CALL", FRIDAY, FOREIGN_MINISTERS, "Lavrov and Fidan spoke by phone.").build());
        assertEquals(2, harness.contactsOn("RUS-TUR", FRIDAY));

        harness.send(dispatch("afp-1").version(2).on(FRIDAY).contact("PHONE_CALL", FRIDAY, PRESIDENTS, "Putin called Erdogan on Friday.").build());

        ContactCount count = harness.count("RUS-TUR", FRIDAY);
        assertEquals(1, count.getContacts(), "the ministers' call, no longer reported, is taken out");
        assertEquals(2, count.getMentions(), "the presidents' call: a mention from each version");
        ContactSource report = harness.contactReports().get(count.getContactIds().get(0)).getSources().get(0);
        assertEquals(2, report.getVersion());
        assertEquals("Putin called Erdogan on Friday.", report.getEvidence(), "the report keeps the sentence of its latest version");
        KeyValueStore<String, SeenDispatch> seen = harness.driver.getKeyValueStore(ContactsTopology.SEEN_DISPATCHES);
        assertEquals(List.of(new ReportedPairDay("RUS-TUR", FRIDAY)), seen.get("afp-1").reportedDays());
    }

    @Test
    void newVersionThatMovesTheCallToAnotherDayTakesItOutOfTheFirst() {
        harness.send(dispatch("afp-1").version(1).on(FRIDAY.plusDays(1)).call(FRIDAY, PRESIDENTS).build());
        harness.send(dispatch("afp-1").version(2).on(FRIDAY.plusDays(1)).call(FRIDAY.plusDays(1), PRESIDENTS).build());

        assertEquals(0, harness.contactsOn("RUS-TUR", FRIDAY));
        assertEquals(1, harness.contactsOn("RUS-TUR", FRIDAY.plusDays(1)));
        assertEquals(1, harness.pairDays().size());
    }

    @Test
    void retractionByOneDispatchKeepsTheCallOthersReport() {
        harness.send(dispatch("afp-1").version(1).on(FRIDAY).call(FRIDAY, PRESIDENTS).build(),
                dispatch("rtr-1").on(FRIDAY).call(FRIDAY, PRESIDENTS).build(),
                dispatch("afp-1").version(2).on(FRIDAY).call(FRIDAY, PRESIDENTS).build());
        assertEquals(3, harness.count("RUS-TUR", FRIDAY).getMentions());

        harness.send(dispatch("afp-1").version(3).on(FRIDAY).call(FRIDAY, FOREIGN_MINISTERS).build());

        ContactCount count = harness.count("RUS-TUR", FRIDAY);
        assertEquals(2, count.getContacts(), "presidents' call (rtr-1) and ministers' call (afp-1 v3)");
        assertEquals(2, count.getMentions());
    }

    @Test
    void undecodableRecordGoesToDeadLettersAndTheNextOneIsCounted() {
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
        harness.rawEnriched.pipeInput("broken-1", garbage);
        harness.send(dispatch("afp-1").on(FRIDAY).call(FRIDAY, PRESIDENTS).build());

        TestRecord<String, byte[]> dead = harness.deadLetters.readRecord();
        assertArrayEquals(garbage, dead.value());
        assertEquals("decode-enriched", header(dead, DeadLetters.STAGE));
        assertEquals(1, harness.contactsOn("RUS-TUR", FRIDAY));
    }

    @Test
    void daysOlderThanTheRetentionAreDropped() {
        harness.close();
        harness = new TopologyHarness(stateDir.resolve("short"), Map.of(AggregateConfig.RETENTION_DAYS, "30"));
        harness.send(dispatch("afp-1").on(FRIDAY).call(FRIDAY, PRESIDENTS).build());
        assertEquals(1, harness.pairDays().size());

        LocalDate later = FRIDAY.plusDays(30);
        harness.send(dispatch("afp-2").on(later).call(later, FOREIGN_MINISTERS).build());
        harness.driver.advanceWallClockTime(ContactCounter.RETENTION_CHECK);

        assertNull(harness.pairDays().get(ContactCounter.dayKey("RUS-TUR", FRIDAY)));
        assertEquals(1, harness.pairDays().get(ContactCounter.dayKey("RUS-TUR", later)).getContacts());
        assertEquals(1, harness.contactReports().size());
        harness.send(dispatch("afp-3").on(FRIDAY.plusDays(2)).call(FRIDAY, PRESIDENTS).build());
        assertNull(harness.pairDays().get(ContactCounter.dayKey("RUS-TUR", FRIDAY)), "a report for an expired day is not counted");
    }

    @Test
    void contactKeepsTheDispatchListAndOnlyTheLatestReportsEvidence() {
        Instant morning = FRIDAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
        harness.send(dispatch("rtr-2").on(FRIDAY).published(morning.plusSeconds(3600))
                .contact("PHONE_CALL", FRIDAY, PRESIDENTS, "Putin and Erdogan spoke by phone, the Kremlin said.").build());
        harness.send(dispatch("afp-1").on(FRIDAY).published(morning)
                .contact("PHONE_CALL", FRIDAY, PRESIDENTS, "Erdogan told Putin in a call that Turkey was ready to host talks.").build());

        ContactCount count = harness.count("RUS-TUR", FRIDAY);
        Contact contact = harness.contactReports().get(count.getContactIds().get(0));
        assertEquals(List.of("afp-1", "rtr-2"), contact.getSources().stream().map(ContactSource::getDispatchId).toList());
        assertEquals("Putin and Erdogan spoke by phone, the Kremlin said.", contact.getLatestEvidence(), "the report published last, not the one received last");
        assertEquals(morning.plusSeconds(3600), contact.getLatestPublished());
        assertEquals("rtr-2", contact.getLatestDispatchId());
        assertEquals(contact.getLatestEvidence(), count.getLatestEvidence());
        assertEquals(2, count.getMentions());
    }

    @Test
    void dispatchesOlderThanTheRetentionAreForgottenOnTheWallClock() {
        harness.close();
        harness = new TopologyHarness(stateDir.resolve("short"), Map.of(AggregateConfig.RETENTION_DAYS, "30", AggregateConfig.GRACE_DAYS, "7"));
        LocalDate later = FRIDAY.plusDays(40);
        harness.send(dispatch("afp-1").on(FRIDAY).call(FRIDAY, PRESIDENTS).build());
        harness.send(dispatch("afp-3").on(later.minusDays(38)).call(later.minusDays(38), PRESIDENTS).build());
        KeyValueStore<String, SeenDispatch> seen = harness.driver.getKeyValueStore(ContactsTopology.SEEN_DISPATCHES);
        assertNotNull(seen.get("afp-1"));
        assertEquals(1, seen.get("afp-1").reportedDays().size());

        harness.send(dispatch("afp-2").on(later).call(later, FOREIGN_MINISTERS).build());
        harness.driver.advanceWallClockTime(NewerVersionsOnly.FORGET_CHECK);

        assertNull(seen.get("afp-1"), "first dated 40 days before the latest dispatch: past 30 days' retention and 7 days' grace");
        assertNotNull(seen.get("afp-3"), "38 days before: kept");
        assertEquals(1, seen.get("afp-3").reportedDays().size());
        assertNotNull(seen.get("afp-2"));

        harness.send(dispatch("afp-1").version(2).on(FRIDAY.plusDays(1)).call(FRIDAY, PRESIDENTS).build());
        assertEquals(1, harness.contactsOn("RUS-TUR", later), "a version of a forgotten dispatch changes no current count");
    }

    static Map<String, String> people(String... countryAndPerson) {
        Map<String, String> people = new LinkedHashMap<>();
        for (int i = 0; i < countryAndPerson.length; i += 2) {
            people.put(countryAndPerson[i], countryAndPerson[i + 1]);
        }
        return people;
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
