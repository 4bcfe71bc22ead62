package io.newswire.aggregate.state;

import io.newswire.schemas.SummitAlert;
import io.newswire.schemas.aggregate.Contact;
import io.newswire.schemas.aggregate.ContactChange;
import io.newswire.schemas.aggregate.ContactChangeKind;
import io.newswire.schemas.aggregate.ContactSource;
import io.newswire.schemas.aggregate.SummitAlertHistory;
import io.newswire.schemas.aggregate.SummitAlertState;
import io.newswire.schemas.registry.InMemorySchemaRegistry;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateFormatsTest {
    private static final String TOPIC = "aggregate-contact-reports-v2-changelog";
    private static final LocalDate FRIDAY = LocalDate.of(2025, 2, 21);
    private static final Instant MORNING = Instant.parse("2025-02-21T08:15:30.123Z");
    private static final String ID = "c-0f3a9c2b7d41e58a";
    private static final String SENTENCE = "Putin and Erdoğan spoke by phone on Friday, the Kremlin said.";

    /** The writer's own varints are Kafka's (what {@link CompactReader} reads back with {@code ByteUtils}), byte for byte. */
    @Test
    void numbersAreWrittenAsKafkasVarints() throws Exception {
        List<Long> values = new java.util.ArrayList<>(List.of(0L, 1L, -1L, 63L, -64L, 64L, -65L, 8191L, 8192L, -8193L,
                (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 1_733_500_000_000L, -1_733_500_000_000L));
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 2_000; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        CompactWriter writer = new CompactWriter();
        for (long value : values) {
            if (value == (int) value) {
                java.io.ByteArrayOutputStream kafka = new java.io.ByteArrayOutputStream();
                org.apache.kafka.common.utils.ByteUtils.writeVarint((int) value, new java.io.DataOutputStream(kafka));
                writer.reset();
                writer.writeInt((int) value);
                assertArrayEquals(kafka.toByteArray(), writer.toByteArray(), "int " + value);
            }
            java.io.ByteArrayOutputStream kafka = new java.io.ByteArrayOutputStream();
            org.apache.kafka.common.utils.ByteUtils.writeVarlong(value, new java.io.DataOutputStream(kafka));
            writer.reset();
            writer.writeLong(value);
            assertArrayEquals(kafka.toByteArray(), writer.toByteArray(), "long " + value);
        }
        writer.reset();
        writer.writeString("é".repeat(400));   // past the first buffer
        assertEquals(2 + 800, writer.toByteArray().length);
    }

    @Test
    void aPairDayReadsBackWithEveryFieldOfItsContacts() {
        Contact unnamed = new Contact("c-ffffffffffffffff", "MEETING", "RUS-TUR", FRIDAY, List.of(), List.of(), null, null, null);
        PairDay day = new PairDay("RUS-TUR", FRIDAY, List.of(contact(), unnamed));
        assertEquals(day, roundTrip(StateFormats.PAIR_DAY, day));
        PairDay kosovo = new PairDay("FRA-XKX", FRIDAY, List.of(new Contact("c-0000000000000000", "MEETING", "FRA-XKX", FRIDAY, List.of(), List.of(), null, null, null)));
        assertEquals(kosovo, roundTrip(StateFormats.PAIR_DAY, kosovo));
    }

    @Test
    void aContactsLatestReportIsKeptByItsPlaceAmongItsReportsAndReadsBack() {
        Contact contact = contact();
        List<ContactSource> withSentences = List.of(new ContactSource("afp-1", 2, 2, null, null, null, "Erdoğan called Putin.", "called"),
                new ContactSource("rtr-9", 1, 1, null, null, null, SENTENCE, "spoke by phone"));
        Contact reportsKept = Contact.newBuilder(contact).setSources(withSentences).build();
        Contact latestWithdrawn = Contact.newBuilder(reportsKept).setLatestDispatchId("dpa-3").setLatestEvidence("Putin and Erdoğan spoke.").build();

        assertEquals(day(reportsKept), roundTrip(StateFormats.PAIR_DAY, day(reportsKept)));
        assertEquals(day(latestWithdrawn), roundTrip(StateFormats.PAIR_DAY, day(latestWithdrawn)));
        assertTrue(StateFormats.PAIR_DAY.serialize(TOPIC, day(reportsKept)).length < StateFormats.PAIR_DAY.serialize(TOPIC, day(latestWithdrawn)).length,
                "the latest report's dispatch and sentence are written once");
    }

    @Test
    void bothKindsOfChangeReadBack() {
        ContactChange reported = new ContactChange(ContactChangeKind.REPORTED, "afp-1", 3, MORNING, SENTENCE, "spoke by phone", null, null,
                ID, "PHONE_CALL", "RUS-TUR", FRIDAY, List.of("Recep Tayyip Erdoğan", "Vladimir Putin"), true);
        ContactChange notEndingTheDay = ContactChange.newBuilder(reported).setEndsDay(false).setTrigger(null).build();
        ContactChange withdrawn = new ContactChange(ContactChangeKind.WITHDRAWN, "afp-1", 4, null, null, null, null, null,
                null, null, "RUS-TUR", FRIDAY, List.of(), true);
        assertEquals(reported, roundTrip(StateFormats.CONTACT_CHANGE, reported));
        assertEquals(notEndingTheDay, roundTrip(StateFormats.CONTACT_CHANGE, notEndingTheDay));
        assertEquals(withdrawn, roundTrip(StateFormats.CONTACT_CHANGE, withdrawn));
    }

    @Test
    void aSeenDispatchReadsBackWithOrWithoutContacts() {
        SeenDispatch reporting = new SeenDispatch(2, FRIDAY.minusDays(1), true, "AFP", "Putin and Erdoğan speak", MORNING,
                List.of(new ReportedPairDay("RUS-TUR", FRIDAY), new ReportedPairDay("RUS-UKR", FRIDAY.minusDays(3)), new ReportedPairDay("RUS-TUR", FRIDAY)));
        SeenDispatch silent = new SeenDispatch(1, FRIDAY, false, null, null, null, List.of());
        assertEquals(reporting, roundTrip(StateFormats.SEEN_DISPATCH, reporting));
        assertEquals(silent, roundTrip(StateFormats.SEEN_DISPATCH, silent));
    }

    @Test
    void anAlertHistoryReadsBackWithEveryFieldOfItsAlertsAndIsRefusedInItsOlderAvroForm() {
        SummitAlert raised = new SummitAlert("RUS-TUR-UKR@2025-02-21", List.of("RUS", "TUR", "UKR"), List.of("Recep Tayyip Erdoğan", "Vladimir Putin"),
                "TUR", "proposed", SENTENCE, "afp-1", "Erdoğan offers to host talks", MORNING, 3, "reuters-7", "Ankara repeated the offer.", MORNING.plusSeconds(3600));
        SummitAlert bare = new SummitAlert("RUS-TUR-UKR@2025-03-10", List.of("RUS", "TUR", "UKR"), List.of(), null, "agreed", "They agreed to meet.",
                "afp-9", null, MORNING.plusSeconds(86_400 * 17), 1, "afp-9", null, MORNING.plusSeconds(86_400 * 17));
        SummitAlertHistory history = new SummitAlertHistory(List.of(
                new SummitAlertState(FRIDAY, raised, List.of("afp-1@1", "afp-1@2", "reuters-7@1")),
                new SummitAlertState(FRIDAY.plusDays(17), bare, List.of("afp-9@1"))));

        assertEquals(history, roundTrip(StateFormats.SUMMIT_ALERT_HISTORY, history));
        assertEquals(new SummitAlertHistory(List.of()), roundTrip(StateFormats.SUMMIT_ALERT_HISTORY, new SummitAlertHistory(List.of())));
        byte[] avro = io.newswire.aggregate.InternalAvroSerdeAccess.avro(new InMemorySchemaRegistry(), history);
        SerializationException older = assertThrows(SerializationException.class, () -> StateFormats.SUMMIT_ALERT_HISTORY.deserialize(TOPIC, avro));
        assertTrue(older.getMessage().contains("not written in its compact format"), older.getMessage());
        assertTrue(StateFormats.SUMMIT_ALERT_HISTORY.serialize(TOPIC, history).length < avro.length, "smaller than Avro's");
    }

    @Test
    void aValueOfAnotherKindOrFormIsRefusedWithTheReason() {
        byte[] seen = StateFormats.SEEN_DISPATCH.serialize(TOPIC, new SeenDispatch(1, FRIDAY, true, null, null, null, List.of()));
        byte[] avro = io.newswire.aggregate.InternalAvroSerdeAccess.avro(new InMemorySchemaRegistry(), contact());

        SerializationException otherKind = assertThrows(SerializationException.class, () -> StateFormats.PAIR_DAY.deserialize(TOPIC, seen));
        assertTrue(otherKind.getMessage().contains("not written in its compact format"), otherKind.getMessage());
        assertThrows(SerializationException.class, () -> StateFormats.PAIR_DAY.deserialize(TOPIC, avro), "an older version's Avro value");
    }

    @Test
    void aValueCutShortOrWithBytesLeftOverIsRefused() {
        byte[] bytes = StateFormats.PAIR_DAY.serialize(TOPIC, day(contact()));
        byte[] shorter = Arrays.copyOf(bytes, bytes.length - 3);
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);

        assertTrue(assertThrows(SerializationException.class, () -> StateFormats.PAIR_DAY.deserialize(TOPIC, shorter)).getMessage().contains("cut short"));
        assertTrue(assertThrows(SerializationException.class, () -> StateFormats.PAIR_DAY.deserialize(TOPIC, longer)).getMessage().contains("1 bytes left over"));
    }

    @Test
    void whatTheFormCannotHoldIsRefusedNotDropped() {
        Contact withDetails = new Contact(ID, "PHONE_CALL", "RUS-TUR", FRIDAY, List.of(),
                List.of(new ContactSource("afp-1", 1, 1, "AFP", null, null, null, null)), null, null, null);
        Contact oddId = new Contact("c-XYZ", "PHONE_CALL", "RUS-TUR", FRIDAY, List.of(), List.of(), null, null, null);
        PairDay oddPair = new PairDay("Russia-Turkey", FRIDAY, List.of());

        assertTrue(assertThrows(SerializationException.class, () -> StateFormats.PAIR_DAY.serialize(TOPIC, day(withDetails))).getMessage().contains("kept once per dispatch"));
        assertTrue(assertThrows(SerializationException.class, () -> StateFormats.PAIR_DAY.serialize(TOPIC, day(oddId))).getMessage().contains("Not a contact id"));
        assertTrue(assertThrows(SerializationException.class, () -> StateFormats.PAIR_DAY.serialize(TOPIC, oddPair)).getMessage().contains("Not a country pair"));
        assertThrows(IllegalArgumentException.class, () -> new PairDay("RUS-UKR", FRIDAY, List.of(contact())), "a contact of another pair");
    }

    @Test
    void theCompactFormIsSmallerThanAvrosForTheSameContact() {
        byte[] compact = StateFormats.PAIR_DAY.serialize(TOPIC, day(contact()));
        byte[] avro = io.newswire.aggregate.InternalAvroSerdeAccess.avro(new InMemorySchemaRegistry(), contact());
        assertTrue(compact.length < avro.length - 20, compact.length + " bytes against Avro's " + avro.length);
    }

    private static <T> T roundTrip(CompactFormat<T> format, T value) {
        byte[] bytes = format.serialize(TOPIC, value);
        T read = format.deserialize(TOPIC, bytes);
        assertArrayEquals(bytes, format.serialize(TOPIC, read), "written again, the same bytes");
        return read;
    }

    private static PairDay day(Contact contact) {
        return new PairDay(contact.getPair(), contact.getDate(), List.of(contact));
    }

    private static Contact contact() {
        return new Contact(ID, "PHONE_CALL", "RUS-TUR", FRIDAY, List.of("Recep Tayyip Erdoğan", "Vladimir Putin"),
                List.of(new ContactSource("afp-1", 2, 2, null, null, null, null, null), new ContactSource("rtr-9", 1, 1, null, null, null, null, null)),
                "rtr-9", MORNING, SENTENCE);
    }
}
