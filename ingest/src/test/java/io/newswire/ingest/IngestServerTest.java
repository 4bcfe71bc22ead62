package io.newswire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.ingest.format.DispatchMetadata;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.serde.WireFormat;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestServerTest {
    private static final String TOPIC = "dispatches-http-test";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static LocalCluster cluster;
    private static RunningIngest ingest;

    @BeforeAll
    static void start() {
        cluster = LocalCluster.shared();
        Map<String, Object> overrides = TestKafka.fast();
        overrides.put(IngestConfig.MAX_DISPATCH_BYTES, 4096);
        ingest = RunningIngest.start(cluster, TOPIC, overrides);
    }

    @AfterAll
    static void stop() {
        if (ingest != null) {
            ingest.close();
        }
    }

    static HttpResponse<String> post(int port, String query, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dispatches" + query))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String query, String contentType, byte[] body) throws IOException, InterruptedException {
        return post(ingest.port(), query, contentType, body);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingest.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<ConsumerRecord<String, byte[]>> recordsFor(String id) {
        return TestKafka.readAll(cluster.bootstrapServers(), TOPIC).stream().filter(r -> id.equals(r.key())).toList();
    }

    @Test
    void acceptedDispatchIsOnTheTopicKeyedByIdInWireFormat() throws Exception {
        HttpResponse<String> response = post("", "application/json", Fixtures.fixture("ninjs-2-text.json"));

        assertEquals(202, response.statusCode(), response.body());
        JsonNode answer = JSON.readTree(response.body());
        String id = "urn:newsml:newswire.example:20240312:moscow-paris-call";
        assertEquals(id, answer.get("id").asText());
        assertEquals(2, answer.get("version").asInt());

        List<ConsumerRecord<String, byte[]>> records = recordsFor(id);
        assertEquals(1, records.size());
        byte[] value = records.get(0).value();
        ByteBuffer wire = ByteBuffer.wrap(value);
        int schemaId = WireFormat.readSchemaId(wire);
        assertEquals(WireFormat.MAGIC_BYTE, value[0]);
        assertTrue(schemaId >= 0);
        Dispatch dispatch = TestKafka.decode(cluster, TOPIC, value);
        assertEquals(id, dispatch.getId());
        assertEquals(2, dispatch.getVersion());
        assertEquals("ninjs", dispatch.getFormat());
        assertEquals("Macron et Poutine se sont entretenus au téléphone", dispatch.getHeadline());
        assertEquals(Instant.parse("2024-03-12T09:15:00Z"), dispatch.getPublished());
        assertTrue(dispatch.getBody().contains("Zaporijjia"));
        assertArrayEquals("2".getBytes(StandardCharsets.UTF_8), records.get(0).headers().lastHeader(PublishedLedger.VERSION_HEADER).value());
        assertEquals(DispatchFingerprint.of(dispatch),
                new String(records.get(0).headers().lastHeader(PublishedLedger.SHA256_HEADER).value(), StandardCharsets.UTF_8));
    }

    @Test
    void sameDispatchSentAgainPublishesNothingNewEvenAfterARestart() throws Exception {
        byte[] item = Fixtures.fixture("newsml-g2-item.xml");
        String id = "urn:newsml:newswire.example:20240314:berlin-summit";

        assertEquals(202, post("", "application/xml", item).statusCode());
        HttpResponse<String> again = post("", "application/xml", item);
        assertEquals(200, again.statusCode(), again.body());
        JsonNode answer = JSON.readTree(again.body());
        assertTrue(answer.get("duplicate").asBoolean());
        assertEquals(id, answer.get("id").asText());
        assertEquals(3, answer.get("version").asInt());

        // A new ingest process rebuilds what was published from the topic.
        try (RunningIngest restarted = RunningIngest.start(cluster, TOPIC, TestKafka.fast())) {
            HttpResponse<String> afterRestart = post(restarted.port(), "", "application/xml", item);
            assertEquals(200, afterRestart.statusCode(), afterRestart.body());
            assertTrue(JSON.readTree(afterRestart.body()).get("duplicate").asBoolean());
        }
        assertEquals(1, recordsFor(id).size());
    }

    @Test
    void plainTextTakesQueryParametersAndIsRecognisedWhenSentAgain() throws Exception {
        byte[] text = Fixtures.fixture("plain-dispatch.txt");
        String query = "?version=2&lang=fr&source=Newswire&headline=Biden%20re%C3%A7oit%20Varadkar&published=2024-03-15T18:05:00%2B01:00";

        HttpResponse<String> first = post(query, "text/plain; charset=utf-8", text);
        assertEquals(202, first.statusCode(), first.body());
        String id = JSON.readTree(first.body()).get("id").asText();
        assertTrue(id.startsWith("text-"), id);
        assertEquals(200, post(query, "text/plain; charset=utf-8", text).statusCode());

        Dispatch dispatch = TestKafka.decode(cluster, TOPIC, recordsFor(id).get(0).value());
        assertEquals("Biden reçoit Varadkar", dispatch.getHeadline());
        assertEquals("Newswire", dispatch.getSource());
        assertEquals(2, dispatch.getVersion());
        assertEquals(Instant.parse("2024-03-15T17:05:00Z"), dispatch.getPublished());
    }

    @Test
    void changedContentUnderAPublishedVersionIsAConflict() throws Exception {
        String original = "{\"id\":\"NW-conflict-1\",\"source\":\"Newswire\",\"body\":\"First text.\"}";
        String changed = "{\"id\":\"NW-conflict-1\",\"source\":\"Newswire\",\"body\":\"Corrected text.\"}";
        assertEquals(202, post("", "application/json", original.getBytes(StandardCharsets.UTF_8)).statusCode());

        HttpResponse<String> conflict = post("", "application/json", changed.getBytes(StandardCharsets.UTF_8));
        assertEquals(409, conflict.statusCode());
        assertTrue(JSON.readTree(conflict.body()).get("message").asText().contains("send the change as a new version"));
        assertEquals(202, post("?version=2", "application/json", changed.replace("}", ",\"version\":2}").getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals(2, recordsFor("NW-conflict-1").size());
    }

    @Test
    void malformedInputIsABadRequestThatSaysWhere() throws Exception {
        HttpResponse<String> badJson = post("", "application/json", Fixtures.fixture("bad.json"));
        assertEquals(400, badJson.statusCode());
        JsonNode answer = JSON.readTree(badJson.body());
        assertEquals("malformed", answer.get("error").asText());
        assertTrue(answer.get("message").asText().startsWith("Malformed JSON at line 5, column 1"), answer.toString());

        HttpResponse<String> xxe = post("", "application/xml", Fixtures.fixture("xxe.xml"));
        assertEquals(400, xxe.statusCode());
        assertTrue(JSON.readTree(xxe.body()).get("message").asText().contains("DOCTYPE"));

        HttpResponse<String> badDate = post("?published=last%20tuesday", "text/plain", "Some text".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, badDate.statusCode());
        assertTrue(JSON.readTree(badDate.body()).get("message").asText().startsWith("published 'last tuesday'"));
    }

    @Test
    void itemWithoutTextIsUnprocessableNotMalformed() throws Exception {
        HttpResponse<String> noBody = post("", "application/json", Fixtures.fixture("ninjs-no-body.json"));

        assertEquals(422, noBody.statusCode(), noBody.body());
        JsonNode answer = JSON.readTree(noBody.body());
        assertEquals("no_text", answer.get("error").asText());
        assertEquals("No text: the ninjs item has no body", answer.get("message").asText());
        assertEquals("urn:newsml:newswire.example:20240312:no-body", answer.get("id").asText());
        assertTrue(get("/metrics").body().contains("ingest_dispatches_rejected_total{app=\"ingest\",channel=\"http\",reason=\"no_text\"}"));
    }

    @Test
    void newsMessageIsAnsweredItemByItem() throws Exception {
        byte[] message = Fixtures.fixture("newsml-g2-message.xml");

        HttpResponse<String> first = post("", "application/xml", message);
        assertEquals(207, first.statusCode(), first.body());
        JsonNode items = JSON.readTree(first.body()).get("items");
        assertEquals(3, items.size());
        assertEquals(202, items.get(0).get("status").asInt());
        assertEquals("urn:newsml:newswire.example:20230321:moscow-visit", items.get(0).get("id").asText());
        assertEquals(202, items.get(1).get("status").asInt());
        assertEquals(2, items.get(1).get("version").asInt());
        assertEquals(422, items.get(2).get("status").asInt());
        assertEquals("no_text", items.get(2).get("error").asText());
        assertEquals("urn:newsml:newswire.example:20231115:woodside-photo", items.get(2).get("id").asText());
        assertEquals(1, recordsFor("urn:newsml:newswire.example:20230321:moscow-visit").size());
        assertEquals(1, recordsFor("urn:newsml:newswire.example:20231115:woodside-summit").size());

        HttpResponse<String> again = post("", "application/xml", message);
        assertEquals(207, again.statusCode(), again.body());
        JsonNode repeated = JSON.readTree(again.body()).get("items");
        assertTrue(repeated.get(0).get("duplicate").asBoolean());
        assertTrue(repeated.get(1).get("duplicate").asBoolean());

        // The same story in ninjs 2.x and 3.x, under an id of its own so the other tests' posts do not count.
        String both = ("[" + new String(Fixtures.fixture("ninjs-2-text.json"), StandardCharsets.UTF_8) + ","
                + new String(Fixtures.fixture("ninjs-3-text.json"), StandardCharsets.UTF_8) + "]").replace("moscow-paris-call", "moscow-paris-call-bundle");
        HttpResponse<String> sameStoryTwice = post("", "application/json", both.getBytes(StandardCharsets.UTF_8));
        JsonNode twice = JSON.readTree(sameStoryTwice.body()).get("items");
        assertEquals(207, sameStoryTwice.statusCode(), sameStoryTwice.body());
        assertEquals(202, twice.get(0).get("status").asInt(), sameStoryTwice.body());
        assertEquals(200, twice.get(1).get("status").asInt(), "the 3.x copy of a 2.x story is a duplicate, not a conflict: " + sameStoryTwice.body());
    }

    @Test
    void oversizedDispatchIsRefusedWith413() throws Exception {
        byte[] big = ("{\"id\":\"big\",\"body\":\"" + "x".repeat(10_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = post("", "application/json", big);
        assertEquals(413, response.statusCode());
        JsonNode answer = JSON.readTree(response.body());
        assertEquals("too_large", answer.get("error").asText());
        assertTrue(answer.get("message").asText().contains("4096 bytes (ingest.max.dispatch.bytes)"), answer.toString());
        assertTrue(recordsFor("big").isEmpty());
    }

    @Test
    void idOverTheLimitIsRefusedWith400WithoutBeingEchoed() throws Exception {
        String longId = "x".repeat(300);
        HttpResponse<String> response = post("", "application/json", ("{\"id\":\"" + longId + "\",\"body\":\"Text.\"}").getBytes(StandardCharsets.UTF_8));

        assertEquals(400, response.statusCode(), response.body());
        JsonNode answer = JSON.readTree(response.body());
        assertEquals("id is 300 characters long, over the limit of 256 (dispatch.max.id.chars)", answer.get("message").asText());
        assertFalse(answer.has("id"), "the id is not echoed back");
        assertTrue(recordsFor(longId).isEmpty());
    }

    @Test
    void idWithALineBreakIsRefusedWith400() throws Exception {
        HttpResponse<String> response = post("?id=forged%0AERROR", "text/plain; charset=utf-8", "Some text".getBytes(StandardCharsets.UTF_8));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(JSON.readTree(response.body()).get("message").asText().startsWith("id holds a control character (U+000A) at position 6"));
    }

    @Test
    void fieldOverItsLimitIsRefusedWith400NamingIt() throws Exception {
        String json = "{\"id\":\"NW-long-headline\",\"headline\":\"" + "h".repeat(2100) + "\",\"body\":\"Text.\"}";
        HttpResponse<String> response = post("", "application/json", json.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("headline is 2100 characters long, over the limit of 2048 (dispatch.max.field.chars)",
                JSON.readTree(response.body()).get("message").asText());
        assertTrue(recordsFor("NW-long-headline").isEmpty());
    }

    @Test
    void dispatchWhoseRecordWouldNotFitTheTopicIsRefusedAsTooLarge() {
        Map<String, Object> overrides = TestKafka.fast();
        overrides.put(IngestConfig.MAX_DISPATCH_BYTES, 4 * 1024 * 1024);
        overrides.put(IngestConfig.TOPIC_MAX_MESSAGE_BYTES, 1024 * 1024);
        try (Intake small = Intake.open(TestKafka.config(cluster, "dispatches-record-limit-test", overrides),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
            byte[] text = "Les deux présidents se sont parlé. ".repeat(40_000).getBytes(StandardCharsets.UTF_8);
            Receipt receipt = small.submit(text, "text/plain; charset=utf-8", DispatchMetadata.fromSource("AFP"), "file");

            assertEquals(Receipt.Outcome.TOO_LARGE, receipt.outcome(), receipt.message());
            assertTrue(receipt.message().contains("over the limit of 1015808 bytes (topic.max.message.bytes less 1/64)"), receipt.message());
        }
    }

    @Test
    void unsupportedContentTypeIsRefusedWith415() throws Exception {
        HttpResponse<String> response = post("", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertEquals(415, response.statusCode());
        assertEquals("unsupported_media_type", JSON.readTree(response.body()).get("error").asText());
    }

    @Test
    void healthAndMetricsAreServed() throws Exception {
        post("", "image/png", new byte[] {1});
        post("", "application/json", "{\"id\":\"NW-metrics\",\"body\":\"Counted.\"}".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> health = get("/health");
        assertEquals(200, health.statusCode(), health.body());
        JsonNode status = JSON.readTree(health.body());
        assertEquals("UP", status.get("status").asText());
        assertEquals("UP", status.get("kafka").get("status").asText());
        assertEquals("UP", status.get("registry").get("status").asText());

        HttpResponse<String> metrics = get("/metrics");
        assertEquals(200, metrics.statusCode());
        assertNotNull(metrics.headers().firstValue("Content-Type").orElse(null));
        String text = metrics.body();
        assertTrue(text.contains("ingest_dispatches_accepted_total{app=\"ingest\",channel=\"http\",format=\"dispatch-json\",language=\"none\"}"), text);
        assertTrue(text.contains("ingest_dispatches_rejected_total{app=\"ingest\",channel=\"http\",reason=\"unsupported_media_type\"}"), text);
        assertTrue(text.contains("ingest_publish_seconds_bucket{app=\"ingest\",le=\"0.1\"}"), "publish time is a histogram: " + text);
        assertFalse(text.contains("quantile="), "no summaries: " + text);
        assertTrue(text.contains("jvm_memory_used_bytes{app=\"ingest\""), "JVM binders are on: " + text);
        assertTrue(text.contains("kafka_producer_"), "the producer's client metrics are on: " + text);
        assertFalse(text.isBlank());
    }
}
