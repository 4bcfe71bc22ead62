package io.newswire.aggregate.api.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.aggregate.AggregateApp;
import io.newswire.aggregate.AggregateConfig;
import io.newswire.aggregate.bench.EnrichedDispatchBuilder;
import io.newswire.core.CommonConfig;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.DispatchEvent;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live stream on a real broker with two aggregate instances: each streams every partition, and a client that
 * reconnects to the other instance with its last id gets exactly what it had not been sent, from memory or from Kafka.
 */
class LiveStreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PARTITIONS = 4;
    private static Map<String, String> config;
    private static AggregateApp first;
    private static AggregateApp second;
    private static KafkaProducer<String, DispatchEvent> producer;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        String prefix = "live-" + UUID.randomUUID().toString().substring(0, 8);
        config = new HashMap<>(cluster.config());
        for (String key : List.of(CommonConfig.TOPIC_DISPATCHES, CommonConfig.TOPIC_ENRICHED, CommonConfig.TOPIC_CONTACTS,
                CommonConfig.TOPIC_ALERTS, CommonConfig.TOPIC_DEAD_LETTERS)) {
            config.put(key, prefix + "-" + key.substring("topic.".length()));
        }
        config.put(CommonConfig.TOPIC_EVENTS_PREFIX, prefix + "-events-");
        config.put(CommonConfig.TOPIC_PARTITIONS, String.valueOf(PARTITIONS));
        config.put(AggregateConfig.APPLICATION_ID, prefix + "-aggregate");
        config.put(AggregateConfig.HTTP_PORT, "0");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(prefix + "-events-phone-call", PARTITIONS, (short) 1),
                    new NewTopic(prefix + "-events-meeting", PARTITIONS, (short) 1))).all().get();
        }
        first = AggregateApp.start(instance("first", 1000));
        // holds only 5 records: a client resuming here further back is replayed from Kafka
        second = AggregateApp.start(instance("second", 5));
        var serde = AvroSerdes.value(DispatchEvent.class, new HttpSchemaRegistryClient(cluster.registryUrl(), ""));
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), serde.serializer());
    }

    @AfterAll
    static void stop() {
        if (producer != null) {
            producer.close();
        }
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aClientResumingOnAnotherInstanceGetsEveryEventOnceFromMemoryOrKafka() throws Exception {
        String run = "resume-" + UUID.randomUUID().toString().substring(0, 6);
        try (SseReader firstClient = new SseReader(streamUrl(first, 1000), null)) {
            assertEquals(200, firstClient.status());
            publish(run, 0, 20);
            List<SseReader.Message> seen = ofRun(firstClient.next("event", 20, 30), run);
            while (seen.size() < 20) {
                seen.addAll(ofRun(firstClient.next("event", 1, 30), run));
            }
            // the connection drops after the tenth event; twenty more are published meanwhile
            List<SseReader.Message> beforeDrop = seen.subList(0, 10);
            publish(run, 20, 40);

            try (SseReader resumed = new SseReader(streamUrl(second, 5), beforeDrop.get(9).lastId())) {
                assertEquals(200, resumed.status());
                JsonNode ready = JSON.readTree(resumed.next("ready", 1, 30).get(0).data());
                assertTrue(ready.path("resumed").asBoolean(), ready.toString());
                List<SseReader.Message> rest = new ArrayList<>(resumed.next("event", 30, 60));
                rest.addAll(resumed.drain("event", 1500));

                Set<String> before = dispatchIds(beforeDrop);
                List<String> after = rest.stream().map(LiveStreamTest::dispatchId).filter(id -> id.startsWith(run)).toList();
                assertEquals(30, after.size(), "each event not sent before is sent once: " + after);
                assertEquals(30, new HashSet<>(after).size(), "no duplicates: " + after);
                Set<String> all = new HashSet<>(before);
                all.addAll(after);
                assertEquals(expected(run, 0, 40), all, "no gap: the 40 published events between the two connections");
            }
        }
    }

    @Test
    void aNewClientIsSentTheLatestEventsThenEachNewOneAsItIsRead() throws Exception {
        String run = "fresh-" + UUID.randomUUID().toString().substring(0, 6);
        publish(run, 0, 3);
        Thread.sleep(1500);
        try (SseReader client = new SseReader(streamUrl(second, 3), null)) {
            List<SseReader.Message> latest = client.next("event", 3, 30);
            assertEquals(expected(run, 0, 3), dispatchIds(latest), "the latest three events first");
            publish(run, 3, 4);
            assertEquals(Set.of(run + "-3"), dispatchIds(client.next("event", 1, 30)));
            JsonNode event = JSON.readTree(latest.stream().filter(m -> dispatchId(m).equals(run + "-0")).findFirst().orElseThrow().data());
            assertEquals("PHONE_CALL", event.path("type").asText());
            assertEquals("Russia", event.path("parties").get(0).path("name").asText());
            assertTrue(event.path("id").asText().startsWith(config.get(CommonConfig.TOPIC_EVENTS_PREFIX) + "phone-call:"), event.toString());
        }
    }

    @Test
    void aMalformedLastEventIdIsA400() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + first.httpPort() + "/api/stream"))
                .header("Accept", "text/event-stream").header("Last-Event-ID", "not an id").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Last-Event-ID"), response.body());
    }

    @Test
    void thePublicApiAllowsPagesFromOtherOriginsAndTheInternalOneDoesNot() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + first.httpPort() + "/api/countries"))
                .header("Origin", "http://desk.example.org").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode());
        assertEquals("*", api.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals("Russia", JSON.readTree(api.body()).path("names").path("RUS").asText());
        HttpResponse<String> internal = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + first.httpPort() + "/internal/latest-day"))
                .header("Origin", "http://desk.example.org").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(internal.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), internal.headers().toString());
    }

    private static Map<String, String> instance(String name, int held) throws Exception {
        Map<String, String> values = new HashMap<>(config);
        values.put(AggregateConfig.STATE_DIR, Files.createTempDirectory("aggregate-live-" + name + "-").toString());
        values.put(AggregateConfig.LIVE_HELD_RECORDS, String.valueOf(held));
        return values;
    }

    private static String streamUrl(AggregateApp app, int recent) {
        return "http://localhost:" + app.httpPort() + "/api/stream?recent=" + recent;
    }

    /** One phone call (even numbers) or meeting (odd) per dispatch {@code <run>-<n>}, spread over the partitions by key. */
    private static void publish(String run, int from, int to) {
        for (int n = from; n < to; n++) {
            String type = n % 2 == 0 ? "PHONE_CALL" : "MEETING";
            EnrichedDispatch dispatch = EnrichedDispatchBuilder.dispatch(run + "-" + n).on(LocalDate.of(2025, 2, 21))
                    .contact(type, LocalDate.of(2025, 2, 21), Map.of("RUS", "Vladimir Putin"), "Putin spoke to the press.").build();
            String topic = config.get(CommonConfig.TOPIC_EVENTS_PREFIX) + (n % 2 == 0 ? "phone-call" : "meeting");
            producer.send(new ProducerRecord<>(topic, run + "-" + n + "/e", new DispatchEvent(dispatch.getDispatch(), "en", dispatch.getEvents().get(0))));
        }
        producer.flush();
    }

    private static Set<String> expected(String run, int from, int to) {
        return new HashSet<>(IntStream.range(from, to).mapToObj(n -> run + "-" + n).toList());
    }

    private static List<SseReader.Message> ofRun(List<SseReader.Message> messages, String run) {
        return new ArrayList<>(messages.stream().filter(m -> dispatchId(m).startsWith(run)).toList());
    }

    private static Set<String> dispatchIds(List<SseReader.Message> messages) {
        Set<String> ids = new HashSet<>();
        messages.forEach(m -> ids.add(dispatchId(m)));
        return ids;
    }

    private static String dispatchId(SseReader.Message m) {
        try {
            return JSON.readTree(m.data()).path("dispatch").path("id").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
