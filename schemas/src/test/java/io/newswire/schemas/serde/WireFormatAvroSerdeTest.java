package io.newswire.schemas.serde;

import io.newswire.schemas.ActorTag;
import io.newswire.schemas.CountryTag;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.DispatchEvent;
import io.newswire.schemas.DispatchRef;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import io.newswire.schemas.Evidence;
import io.newswire.schemas.Mention;
import io.newswire.schemas.Participant;
import io.newswire.schemas.Truncation;
import io.newswire.schemas.registry.InMemorySchemaRegistry;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WireFormatAvroSerdeTest {
    private static final String TOPIC = "dispatches";

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final WireFormatAvroSerializer<Dispatch> serializer = new WireFormatAvroSerializer<>(registry, false);
    private final WireFormatAvroDeserializer<Dispatch> deserializer = new WireFormatAvroDeserializer<>(registry, Dispatch.class);

    static Dispatch sampleDispatch() {
        return Dispatch.newBuilder()
                .setId("AFP-20240216-0042")
                .setVersion(2)
                .setSource("AFP")
                .setLanguage("fr")
                .setHeadline("Poutine et Erdogan se sont entretenus au téléphone")
                .setBody("MOSCOU, 16 fév (AFP) - Vladimir Poutine et Recep Tayyip Erdogan se sont entretenus vendredi au téléphone.")
                .setDateline("MOSCOU")
                .setPublished(Instant.parse("2024-02-16T09:30:00Z"))
                .setReceived(Instant.parse("2024-02-16T09:30:02.125Z"))
                .setUrl(null)
                .setFormat("dispatch-json")
                .setMetadata(Map.of("priority", "2", "keywords", "Russie,Turquie"))
                .build();
    }

    /** Written with the generated coders of the nested records (actors, mentions, countries, evidence, participants) and with the schema walk: the same bytes. */
    @Test
    void generatedCodersWriteTheBytesTheSchemaWalkWrites() throws Exception {
        Mention mention = new Mention(0, 17, "Vladimir Poutine", "name", 0);
        EnrichedDispatch enriched = new EnrichedDispatch(
                new DispatchRef("AFP-20240216-0042", 2, "AFP", "Poutine et Erdogan se sont entretenus au téléphone", Instant.parse("2024-02-16T09:30:00Z"), null),
                "fr", 0.97, true, LocalDate.parse("2024-02-16"),
                List.of(new ActorTag("putin", "Vladimir Poutine", "RUS", "president", true, false, List.of(mention)),
                        new ActorTag("open:x", "Inconnu", null, null, false, true, List.of())),
                List.of(new CountryTag("RUS", "Russie", List.of(mention)), new CountryTag("TUR", "Turquie", List.of())),
                List.of(new Event("e1", "PHONE_CALL", "OCCURRED", List.of("RUS", "TUR"),
                        List.of(new Participant("RUS", "putin", "initiator"), new Participant("TUR", null, "other")), List.of("putin"),
                        List.of(new Evidence("Vladimir Poutine et Recep Tayyip Erdogan se sont entretenus vendredi au téléphone.", 0, 80, "entretenus"),
                                new Evidence("Un appel « franc ».", 81, 100, null)),
                        LocalDate.parse("2024-02-16"), "text", null, "040", 1.0, "CONSULT", null)),
                Instant.parse("2024-02-16T09:30:03Z"), "1.0.0+kb.test", true,
                Truncation.newBuilder().setMaxSentenceChars(500).setMaxEvidencePerEvent(10).setMaxMentionsPerTag(20).setMaxActors(200)
                        .setMaxEvents(50).setMaxCountriesPerEvent(30).setMentionsLeftOut(3).build());
        DispatchEvent event = new DispatchEvent(enriched.getDispatch(), "fr", enriched.getEvents().get(0));

        assertArrayEquals(schemaWalk(enriched), withoutHeader(new WireFormatAvroSerializer<EnrichedDispatch>(registry, false).serialize("enriched", enriched)));
        assertArrayEquals(schemaWalk(event), withoutHeader(new WireFormatAvroSerializer<DispatchEvent>(registry, false).serialize("events", event)));
    }

    private static <T extends SpecificRecord> byte[] schemaWalk(T record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<T>(record.getSchema()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static byte[] withoutHeader(byte[] wire) {
        return Arrays.copyOfRange(wire, 5, wire.length);
    }

    @Test
    void headerIsMagicZeroThenFourByteBigEndianId() {
        ByteBuffer header = WireFormat.header(0x01020304, 0);

        assertArrayEquals(new byte[] {0, 1, 2, 3, 4}, header.array());
    }

    @Test
    void serialisedDispatchStartsWithTheRegisteredId() {
        // Push the id past one byte so that its byte order shows.
        for (int i = 0; i < 300; i++) {
            registry.register("filler-" + i + "-value", SchemaBuilder.record("Filler" + i).fields().requiredInt("n").endRecord());
        }
        byte[] bytes = serializer.serialize(TOPIC, sampleDispatch());
        int id = registry.lookup("dispatches-value", Dispatch.getClassSchema()).id();

        assertTrue(id > 255, "id " + id);
        assertEquals(WireFormat.MAGIC_BYTE, bytes[0]);
        assertEquals(id, ByteBuffer.wrap(bytes, 1, 4).getInt());
        assertEquals(id, ((bytes[1] & 0xff) << 24) | ((bytes[2] & 0xff) << 16) | ((bytes[3] & 0xff) << 8) | (bytes[4] & 0xff));
    }

    @Test
    void dispatchRoundTripsUnchanged() {
        Dispatch dispatch = sampleDispatch();

        Dispatch read = deserializer.deserialize(TOPIC, serializer.serialize(TOPIC, dispatch));

        assertEquals(dispatch, read);
        assertEquals(Instant.parse("2024-02-16T09:30:02.125Z"), read.getReceived());
    }

    @Test
    void serialiserRegistersUnderTheTopicValueSubject() {
        serializer.serialize(TOPIC, sampleDispatch());

        assertEquals(Dispatch.getClassSchema(), registry.latest("dispatches-value").schema());
    }

    @Test
    void keySerialiserRegistersUnderTheTopicKeySubject() {
        new WireFormatAvroSerializer<Dispatch>(registry, true).serialize(TOPIC, sampleDispatch());

        assertEquals(Dispatch.getClassSchema(), registry.latest("dispatches-key").schema());
    }

    @Test
    void nullRoundTripsAsNull() {
        assertNull(serializer.serialize(TOPIC, null));
        assertNull(deserializer.deserialize(TOPIC, null));
    }

    @Test
    void recordWrittenWithAnOlderSchemaReadsWithTheCurrentOneAndItsDefaults() {
        Schema older = withoutFields(Dispatch.getClassSchema(), List.of("dateline", "format", "metadata", "version"));
        GenericRecord old = new GenericData.Record(older);
        old.put("id", "REU-7");
        old.put("source", "Reuters");
        old.put("body", "Turkey and Russia agreed to a ceasefire in Idlib.");
        old.put("received", 1_708_075_802_000L);
        WireFormatAvroSerializer<GenericRecord> oldWriter = new WireFormatAvroSerializer<>(registry, false);

        Dispatch read = deserializer.deserialize(TOPIC, oldWriter.serialize(TOPIC, old));

        assertEquals("REU-7", read.getId());
        assertEquals("Turkey and Russia agreed to a ceasefire in Idlib.", read.getBody());
        assertEquals(Instant.ofEpochMilli(1_708_075_802_000L), read.getReceived());
        assertEquals(1, read.getVersion());
        assertEquals("text", read.getFormat());
        assertEquals(Map.of(), read.getMetadata());
        assertNull(read.getDateline());
        assertNull(read.getPublished());
    }

    @Test
    void recordWrittenWithANewerSchemaReadsWithTheCurrentOne() {
        Schema newer = withExtraField(Dispatch.getClassSchema(), new Schema.Field("desk", Schema.create(Schema.Type.STRING), "Desk that filed it.", "world"));
        GenericRecord record = new GenericData.Record(newer);
        Dispatch sample = sampleDispatch();
        for (Schema.Field f : Dispatch.getClassSchema().getFields()) {
            record.put(f.name(), sample.get(f.pos()));
        }
        record.put("published", sample.getPublished().toEpochMilli());
        record.put("received", sample.getReceived().toEpochMilli());
        record.put("desk", "Europe");

        Dispatch read = deserializer.deserialize(TOPIC, new WireFormatAvroSerializer<GenericRecord>(registry, false).serialize(TOPIC, record));

        assertEquals(sample, read);
    }

    @Test
    void unknownMagicByteIsAClearSerializationError() {
        byte[] bytes = serializer.serialize(TOPIC, sampleDispatch());
        bytes[0] = 1;

        SerializationException e = assertThrows(SerializationException.class, () -> deserializer.deserialize(TOPIC, bytes));

        assertEquals("Unknown magic byte 1: not in the Confluent wire format", e.getMessage());
    }

    @Test
    void plainJsonIsRejectedAsNotWireFormat() {
        byte[] json = "{\"id\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        SerializationException e = assertThrows(SerializationException.class, () -> deserializer.deserialize(TOPIC, json));

        assertTrue(e.getMessage().startsWith("Unknown magic byte 123"), e.getMessage());
    }

    @Test
    void recordShorterThanTheHeaderIsAClearSerializationError() {
        SerializationException e = assertThrows(SerializationException.class, () -> deserializer.deserialize(TOPIC, new byte[] {0, 0, 1}));

        assertEquals("Record of 3 bytes is too short for the Confluent wire format", e.getMessage());
    }

    @Test
    void unknownSchemaIdNamesTheIdAndTopic() {
        byte[] bytes = serializer.serialize(TOPIC, sampleDispatch());
        ByteBuffer.wrap(bytes).put(1, (byte) 0x7f);

        SerializationException e = assertThrows(SerializationException.class, () -> deserializer.deserialize(TOPIC, bytes));

        assertTrue(e.getMessage().contains("schema id " + ByteBuffer.wrap(bytes, 1, 4).getInt()), e.getMessage());
        assertTrue(e.getMessage().contains("topic dispatches"), e.getMessage());
    }

    @Test
    void truncatedPayloadIsASerializationError() {
        byte[] bytes = serializer.serialize(TOPIC, sampleDispatch());
        byte[] truncated = Arrays.copyOf(bytes, 12);

        SerializationException e = assertThrows(SerializationException.class, () -> deserializer.deserialize(TOPIC, truncated));

        assertTrue(e.getMessage().startsWith("Cannot deserialise io.newswire.schemas.Dispatch"), e.getMessage());
    }

    private static Schema withoutFields(Schema schema, List<String> dropped) {
        List<Schema.Field> kept = schema.getFields().stream()
                .filter(f -> !dropped.contains(f.name()))
                .map(f -> new Schema.Field(f, f.schema()))
                .toList();
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, kept);
    }

    private static Schema withExtraField(Schema schema, Schema.Field extra) {
        List<Schema.Field> fields = new java.util.ArrayList<>(schema.getFields().stream().map(f -> new Schema.Field(f, f.schema())).toList());
        fields.add(extra);
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }
}
