package io.newswire.enrich;

import io.newswire.core.DeadLetters;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.serde.WireFormatAvroDeserializer;
import io.newswire.schemas.serde.WireFormatAvroSerializer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The enrich app on the real embedded broker and registry. */
class EnrichAppTest {

    @Test
    void enrichesDispatchesFromKafkaAndDeadLettersGarbageWithoutStopping(@TempDir Path stateDir) throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        Map<String, String> values = new HashMap<>(cluster.config());
        values.put(EnrichConfig.TOPIC_DISPATCHES, "enrich-it-dispatches");
        values.put(EnrichConfig.TOPIC_ENRICHED, "enrich-it-enriched");
        values.put(EnrichConfig.TOPIC_DEAD_LETTERS, "enrich-it-dead-letters");
        values.put(EnrichConfig.APPLICATION_ID, "enrich-it");
        values.put(EnrichConfig.STATE_DIR, stateDir.toString());
        values.put(EnrichConfig.HTTP_PORT, "0");

        try (EnrichApp app = EnrichApp.start(values);
             var registry = new HttpSchemaRegistryClient(cluster.registryUrl(), "");
             var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()),
                     new StringSerializer(), new ByteArraySerializer())) {
            var dispatches = new WireFormatAvroSerializer<Dispatch>(registry, false);
            producer.send(new ProducerRecord<>("enrich-it-dispatches", "junk-1", "garbage".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>("enrich-it-dispatches", "afp-1", dispatches.serialize("enrich-it-dispatches", Dispatch.newBuilder()
                    .setId("afp-1").setSource("AFP").setPublished(Instant.parse("2020-02-21T17:00:00Z")).setReceived(Instant.now())
                    .setBody("Vladimir Poutine et Recep Tayyip Erdogan se sont entretenus au téléphone vendredi au sujet d'Idleb.").build()))).get();

            ConsumerRecord<String, EnrichedDispatch> enriched = first(cluster, "enrich-it-enriched",
                    new WireFormatAvroDeserializer<>(registry, EnrichedDispatch.class));
            assertEquals("afp-1", enriched.key());
            assertEquals(List.of("RUS", "TUR"), enriched.value().getEvents().get(0).getCountries());

            ConsumerRecord<String, byte[]> dead = first(cluster, "enrich-it-dead-letters", new ByteArrayDeserializer());
            assertEquals("junk-1", dead.key());
            assertNotNull(dead.headers().lastHeader(DeadLetters.REASON));

            HttpResponse<String> health = get(app.httpUrl() + "/health");
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"kafka\":{\"status\":\"UP\""), health.body());
            assertTrue(health.body().contains("\"registry\":{\"status\":\"UP\""), health.body());
            assertTrue(health.body().contains("\"streams\":{\"status\":\"UP\",\"state\":\"RUNNING\""), health.body());
            String metrics = get(app.httpUrl() + "/metrics").body();
            for (String expected : List.of("enrich_dispatches_total{app=\"enrich\",format=\"text\",language=\"fr\"} 1.0",
                    "enrich_events_total{app=\"enrich\",status=\"occurred\",type=\"PHONE_CALL\"} 1.0",
                    "enrich_tagger_seconds_bucket{app=\"enrich\",le=\"30.0\"} 1",
                    "newswire_dead_letters_total{app=\"enrich\",reason=\"SerializationException\",stage=\"tag\"} 1.0",
                    "newswire_consumer_lag_records{app=\"enrich\"}", "kafka_stream_", "kafka_consumer_", "process_cpu_usage")) {
                assertTrue(metrics.contains(expected), expected + " in\n" + metrics);
            }
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void recordTheBrokerRefusesIsDeadLetteredWhenReadAgainAndTheStreamGoesOn(@TempDir Path stateDir) throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        String prefix = "refused-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> values = new HashMap<>(cluster.config());
        values.put(EnrichConfig.TOPIC_DISPATCHES, prefix + "-dispatches");
        values.put(EnrichConfig.TOPIC_ENRICHED, prefix + "-enriched");
        values.put(EnrichConfig.TOPIC_EVENTS_PREFIX, prefix + "-events-");
        values.put(EnrichConfig.TOPIC_DEAD_LETTERS, prefix + "-dead-letters");
        values.put(EnrichConfig.APPLICATION_ID, prefix);
        values.put(EnrichConfig.STATE_DIR, stateDir.toString());
        values.put(EnrichConfig.HTTP_PORT, "0");
        // The replaced stream thread's old member leaves the group after the session timeout: keep it short here.
        values.put(EnrichConfig.STREAMS_PREFIX + "consumer.session.timeout.ms", "10000");

        try (EnrichApp app = EnrichApp.start(values);
             var registry = new HttpSchemaRegistryClient(cluster.registryUrl(), "");
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()));
             var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()),
                     new StringSerializer(), new ByteArraySerializer())) {
            // An operator shrinks the enriched topic below the declared limit enrich checks against: only the broker can refuse now.
            ConfigResource enrichedTopic = new ConfigResource(ConfigResource.Type.TOPIC, prefix + "-enriched");
            admin.incrementalAlterConfigs(Map.of(enrichedTopic, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1200"), AlterConfigOp.OpType.SET)))).all().get();
            var dispatches = new WireFormatAvroSerializer<Dispatch>(registry, false);
            StringBuilder longBody = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                // Words that do not repeat, so the record does not compress below the broker's limit.
                longBody.append("Vladimir Poutine et Recep Tayyip Erdogan se sont entretenus au téléphone au sujet du dossier ")
                        .append(UUID.randomUUID()).append(' ').append(UUID.randomUUID()).append(' ').append(UUID.randomUUID())
                        .append(' ').append(UUID.randomUUID()).append(' ').append(UUID.randomUUID()).append(". ");
            }
            producer.send(new ProducerRecord<>(prefix + "-dispatches", "afp-long", dispatches.serialize(prefix + "-dispatches",
                    call("afp-long", longBody.toString())))).get();
            long sent = System.nanoTime();
            producer.send(new ProducerRecord<>(prefix + "-dispatches", "afp-short", dispatches.serialize(prefix + "-dispatches",
                    call("afp-short", "Poutine et Erdogan se sont parlé au téléphone.")))).get();

            ConsumerRecord<String, EnrichedDispatch> enriched = first(cluster, prefix + "-enriched",
                    new WireFormatAvroDeserializer<>(registry, EnrichedDispatch.class));
            assertEquals("afp-short", enriched.key());
            System.out.printf("Dispatch behind a record the broker refused enriched %.1f s after it was sent%n", (System.nanoTime() - sent) / 1e9);
            ConsumerRecord<String, byte[]> dead = first(cluster, prefix + "-dead-letters", new ByteArrayDeserializer());
            assertEquals("afp-long", dead.key());
            assertEquals(DeadLetters.WRITE_STAGE, header(dead, DeadLetters.STAGE));
            assertTrue(header(dead, DeadLetters.REASON).contains("RecordTooLargeException"), header(dead, DeadLetters.REASON));
            assertEquals(prefix + "-dispatches", header(dead, DeadLetters.SOURCE_TOPIC));
        }
    }

    private static Dispatch call(String id, String body) {
        return Dispatch.newBuilder().setId(id).setSource("AFP").setPublished(Instant.parse("2020-02-21T17:00:00Z"))
                .setReceived(Instant.now()).setBody(body).build();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static <V> ConsumerRecord<String, V> first(LocalCluster cluster, String topic, Deserializer<V> values) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "check-" + topic, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(250))) {
                    return record;
                }
            }
        }
        throw new AssertionError("Nothing on " + topic + " within 60 s");
    }
}
