package io.newswire.aggregate;

import io.newswire.schemas.SummitAlert;
import io.newswire.schemas.aggregate.SummitAlertHistory;
import io.newswire.schemas.aggregate.SummitAlertState;
import io.newswire.schemas.registry.InMemorySchemaRegistry;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The summit-alerts store writes its compact form and still reads the Avro values an older version kept there. */
class AlertHistoryUpgradeTest {
    private static final String CHANGELOG = "aggregate-summit-alerts-changelog";

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final Serde<SummitAlertHistory> store = new AggregateSerdes(registry).summitAlertHistory;

    @Test
    void writesCompactAndReadsItBack() {
        byte[] bytes = store.serializer().serialize(CHANGELOG, history());

        assertEquals('A', bytes[0], "the compact form's letter");
        assertEquals(history(), store.deserializer().deserialize(CHANGELOG, bytes));
    }

    @Test
    void readsWhatAnOlderVersionKeptInAvroEitherWay() {
        byte[] singleObject = InternalAvroSerdeAccess.avro(registry, history());
        byte[] throughRegistry = AvroSerdes.value(SummitAlertHistory.class, registry).serializer().serialize(CHANGELOG, history());

        assertEquals(history(), store.deserializer().deserialize(CHANGELOG, singleObject));
        assertEquals(history(), store.deserializer().deserialize(CHANGELOG, throughRegistry));
    }

    @Test
    void refusesWhatIsNeither() {
        assertThrows(SerializationException.class, () -> store.deserializer().deserialize(CHANGELOG, new byte[]{'A', 9, 0}));
        assertThrows(SerializationException.class, () -> store.deserializer().deserialize(CHANGELOG, new byte[]{'Z', 1, 0}));
    }

    private static SummitAlertHistory history() {
        Instant seen = Instant.parse("2025-02-21T08:15:30.123Z");
        SummitAlert alert = new SummitAlert("RUS-TUR-UKR@2025-02-21", List.of("RUS", "TUR", "UKR"), List.of("Recep Tayyip Erdoğan"), "TUR", "proposed",
                "Erdoğan offered to host talks between Russia and Ukraine.", "afp-1", "Erdoğan offers to host talks", seen, 2, "afp-4",
                "Ankara repeated the offer.", seen.plusSeconds(7200));
        return new SummitAlertHistory(List.of(new SummitAlertState(LocalDate.of(2025, 2, 21), alert, List.of("afp-1@1", "afp-4@1"))));
    }
}
