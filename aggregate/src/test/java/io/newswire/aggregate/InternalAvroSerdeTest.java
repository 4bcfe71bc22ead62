package io.newswire.aggregate;

import io.newswire.schemas.aggregate.Contact;
import io.newswire.schemas.aggregate.ContactSource;
import io.newswire.schemas.registry.InMemorySchemaRegistry;
import io.newswire.schemas.registry.SchemaRegistryException;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InternalAvroSerdeTest {
    private static final String STORE_CHANGELOG = "aggregate-contact-reports-changelog";

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final Serde<Contact> internal = InternalAvroSerde.of(Contact.class, registry);

    @Test
    void readsBackWhatItWroteWithoutAskingTheRegistry() {
        byte[] bytes = internal.serializer().serialize(STORE_CHANGELOG, contact());

        assertEquals(contact(), internal.deserializer().deserialize(STORE_CHANGELOG, bytes));
        SchemaRegistryException notFound = assertThrows(SchemaRegistryException.class, () -> registry.latest(STORE_CHANGELOG + "-value"));
        assertEquals(404, notFound.status(), "nothing registered for a value only aggregate reads");
        assertEquals((byte) 0xC3, bytes[0], "Avro's single-object marker");
    }

    @Test
    void readsStateWrittenThroughTheRegistryBefore() {
        Serde<Contact> before = AvroSerdes.value(Contact.class, registry);
        byte[] written = before.serializer().serialize(STORE_CHANGELOG, contact());

        assertEquals(contact(), internal.deserializer().deserialize(STORE_CHANGELOG, written));
    }

    @Test
    void refusesBytesOfAnotherSchema() {
        byte[] other = InternalAvroSerde.of(ContactSource.class, registry).serializer()
                .serialize(STORE_CHANGELOG, ContactSource.newBuilder().setDispatchId("afp-1").setVersion(2).setMentions(2).build());

        assertThrows(SerializationException.class, () -> internal.deserializer().deserialize(STORE_CHANGELOG, other));
    }

    private static Contact contact() {
        return Contact.newBuilder().setContactId("c-0123456789abcdef").setType("PHONE_CALL").setPair("RUS-TUR")
                .setDate(LocalDate.of(2025, 3, 3)).setActors(List.of("Recep Tayyip Erdoğan", "Vladimir Putin"))
                .setSources(List.of(ContactSource.newBuilder().setDispatchId("afp-1").setVersion(2).setMentions(2).build()))
                .setLatestDispatchId("afp-1").setLatestPublished(Instant.parse("2025-03-03T10:15:00Z"))
                .setLatestEvidence("Erdoğan a parlé au téléphone avec Poutine.").build();
    }
}
