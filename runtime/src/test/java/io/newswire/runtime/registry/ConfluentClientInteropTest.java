package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.serde.AvroSerdes;
import io.newswire.schemas.serde.WireFormat;
import io.newswire.schemas.serde.WireFormatAvroDeserializer;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Confluent's own JavaScript clients (@confluentinc/schemaregistry's Avro serdes, with kafkajs) against our
 * registry and broker: what they write, our deserialiser reads, and what our serialiser writes, they read. The
 * scripts decode the registry's answers strictly (a fatal UTF-8 TextDecoder), where the client as shipped is lenient.
 */
class ConfluentClientInteropTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DISPATCH_AVSC = Path.of("../schemas/src/main/avro/Dispatch.avsc");

    private static LocalCluster cluster;
    private static HttpSchemaRegistryClient registry;

    @BeforeAll
    static void installConfluentClients() throws Exception {
        NodeScripts.assumeNodeInstalled();
        NodeScripts.installIfStale();
        cluster = LocalCluster.shared();
        registry = new HttpSchemaRegistryClient(cluster.registryUrl(), "");
    }

    @Test
    void confluentsSerialiserWritesWhatOurDeserialiserReads() throws Exception {
        String topic = "interop-from-confluent";
        createTopic(topic);
        Dispatch dispatch = dispatch("TASS-20240301-0007", "Лавров и Фидан провели телефонный разговор.");

        NodeScripts.Run run = NodeScripts.node("produce-with-confluent.js", Map.of(
                "BOOTSTRAP_SERVERS", cluster.bootstrapServers(), "REGISTRY_URL", cluster.registryUrl(), "TOPIC", topic,
                "KEY", dispatch.getId(), "SCHEMA", Files.readString(DISPATCH_AVSC), "RECORD", JSON.writeValueAsString(asAvroJson(dispatch))));

        assertEquals(0, run.exitCode(), run.stderr());
        JsonNode result = JSON.readTree(run.lines("RESULT").get(0));
        int id = result.get("registeredId").asInt();
        byte[] value = consumeOne(topic);
        assertEquals(WireFormat.MAGIC_BYTE, value[0]);
        assertEquals(id, ByteBuffer.wrap(value, 1, 4).getInt(), "schema id in the record is the one Confluent's client registered");
        assertEquals(new Schema.Parser().parse(Files.readString(DISPATCH_AVSC)), registry.getById(id));
        Dispatch read = new WireFormatAvroDeserializer<>(registry, Dispatch.class).deserialize(topic, value);
        assertEquals(dispatch, read);
    }

    @Test
    void ourSerialiserWritesWhatConfluentsDeserialiserReads() throws Exception {
        String topic = "interop-to-confluent";
        createTopic(topic);
        Dispatch dispatch = dispatch("AFP-20240216-0042", "MOSCOU, 16 fév (AFP) - Vladimir Poutine et Recep Tayyip Erdogan se sont entretenus au téléphone.");
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, Dispatch> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                AvroSerdes.value(Dispatch.class, registry).serializer())) {
            producer.send(new ProducerRecord<>(topic, dispatch.getId(), dispatch)).get();
        }

        NodeScripts.Run run = NodeScripts.node("consume-with-confluent.js", Map.of(
                "BOOTSTRAP_SERVERS", cluster.bootstrapServers(), "REGISTRY_URL", cluster.registryUrl(), "TOPIC", topic, "COUNT", "1"));

        assertEquals(0, run.exitCode(), run.stderr());
        List<String> records = run.lines("RECORD");
        assertEquals(1, records.size(), String.join("\n", run.stdout()));
        JsonNode record = JSON.readTree(records.get(0));
        assertEquals(dispatch.getId(), record.get("key").asText());
        assertEquals(registry.lookup(topic + "-value", Dispatch.getClassSchema()).id(), record.get("schemaId").asInt());
        assertEquals(JSON.valueToTree(asAvroJson(dispatch)), record.get("value"));
    }

    @Test
    void confluentsClientReadsNonLatin1DocsStrictlyDeletesAndSetsModes() throws Exception {
        String doc = "Appel Erdoğan – Łódź, Αθήνα, 北京, 𝄞";
        Schema v1 = SchemaBuilder.record("InteropNote").namespace("io.newswire.test").doc(doc).fields()
                .name("headline").doc("Titre « en bref »").type().stringType().noDefault().endRecord();
        Schema v2 = SchemaBuilder.record("InteropNote").namespace("io.newswire.test").doc(doc).fields()
                .name("headline").doc("Titre « en bref »").type().stringType().noDefault()
                .name("desk").type().stringType().stringDefault("monde").endRecord();
        Schema v3 = SchemaBuilder.record("InteropNote").namespace("io.newswire.test").fields().requiredString("headline")
                .name("priority").type().intType().intDefault(3).endRecord();

        NodeScripts.Run run = NodeScripts.node("registry-with-confluent.js", Map.of("REGISTRY_URL", cluster.registryUrl(),
                "SUBJECT", "interop-deletes-value", "SCHEMA_V1", v1.toString(), "SCHEMA_V2", v2.toString(), "SCHEMA_V3", v3.toString()));

        assertEquals(0, run.exitCode(), run.stderr());
        JsonNode result = JSON.readTree(run.lines("RESULT").get(0));
        assertTrue(result.at("/latin1/strictRefused").asBoolean(), result.get("latin1").toString());
        assertTrue(result.at("/latin1/strictMessage").asText().contains("utf-8"), result.get("latin1").toString());
        assertTrue(result.at("/latin1/lenientSchema").asText().contains("pr\uFFFDsident"), "the client as shipped is lenient: " + result.get("latin1"));
        Schema readBack = new Schema.Parser().parse(result.get("v1Schema").asText());
        assertEquals(doc, readBack.getDoc());
        assertEquals("Titre « en bref »", readBack.getField("headline").doc());
        assertEquals(doc, new Schema.Parser().parse(result.at("/v2Metadata/schema").asText()).getDoc());
        assertEquals("[1,2]", result.get("versions").toString());
        assertEquals(2, result.get("softDeletedVersion").asInt());
        assertEquals("[1]", result.get("versionsAfterSoftDelete").toString());
        assertEquals(result.get("v2").asInt(), result.get("deletedVersionStillReadable").asInt());
        assertRestError(404, 40407, result.get("permanentBeforeSoft"));
        assertEquals(2, result.get("permanentlyDeletedVersion").asInt());
        assertRestError(404, 40402, result.get("permanentlyDeletedVersionRead"));
        assertEquals("{\"mode\":\"READONLY\"}", result.get("modeSet").toString());
        assertEquals("{\"mode\":\"READONLY\"}", result.get("modeRead").toString());
        assertRestError(422, 42205, result.get("readOnlyRegistration"));
        assertEquals("{\"mode\":\"READONLY\"}", result.get("modeDeleted").toString());
        assertEquals("{\"mode\":\"READWRITE\"}", result.get("globalMode").toString());
        assertEquals("[\".\"]", result.get("contexts").toString());
        assertEquals("[1]", result.get("softDeletedSubject").toString());
        assertFalse(result.get("listedAfterSoftDelete").asBoolean());
        assertRestError(404, 40404, result.get("softDeleteAgain"));
        assertEquals("[1]", result.get("permanentlyDeletedSubject").toString());
        assertRestError(404, 40403, result.get("v1AfterPermanentDelete"));
    }

    private static void assertRestError(int status, int errorCode, JsonNode outcome) {
        assertEquals(status, outcome.path("status").asInt(), outcome.toString());
        assertEquals(errorCode, outcome.path("errorCode").asInt(), outcome.toString());
    }

    private static Dispatch dispatch(String id, String body) {
        return Dispatch.newBuilder()
                .setId(id).setVersion(3).setSource(id.substring(0, id.indexOf('-')))
                .setLanguage(null).setHeadline("Phone call").setBody(body).setDateline(null)
                .setPublished(Instant.parse("2024-03-01T08:15:00Z")).setReceived(Instant.parse("2024-03-01T08:15:01.250Z"))
                .setUrl("https://example.org/d/" + id).setFormat("dispatch-json")
                .setMetadata(Map.of("priority", "3", "subjects", "diplomacy"))
                .build();
    }

    /** The dispatch as Avro's plain JSON shape (timestamps as epoch millis, unions unwrapped), as JavaScript holds it. */
    private static Map<String, Object> asAvroJson(Dispatch dispatch) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Schema.Field field : Dispatch.getClassSchema().getFields()) {
            Object value = dispatch.get(field.pos());
            json.put(field.name(), value instanceof Instant instant ? instant.toEpochMilli() : value);
        }
        return json;
    }

    private static void createTopic(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
    }

    private static byte[] consumeOne(String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "interop-java-" + topic, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    return record.value();
                }
            }
        }
        throw new AssertionError("No record on " + topic + " within 60 s");
    }
}
