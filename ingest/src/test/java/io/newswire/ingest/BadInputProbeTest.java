package io.newswire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.runtime.LocalCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input, sent to a running ingest on a real broker: each probe gets its 4xx and a message that names the
 * problem, never a 500, and nothing reaches the topic.
 */
class BadInputProbeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "dispatches-probe-test";
    private static final String FAR_FUTURE = "+999999999-12-31T23:59:59Z";

    private static LocalCluster cluster;
    private static RunningIngest ingest;

    /** One bad input: where it goes, what it is, and what the answer must say. */
    private record Probe(String name, String query, String contentType, String body, int status, String messagePart) {
    }

    @BeforeAll
    static void start() {
        cluster = LocalCluster.shared();
        ingest = RunningIngest.start(cluster, TOPIC, TestKafka.fast());
    }

    @AfterAll
    static void stop() {
        if (ingest != null) {
            ingest.close();
        }
    }

    private static final String NINJS = "{\"uri\":\"urn:probe\",\"bodies\":[{\"value\":\"Some text.\"}],";
    private static final String G2 = "<newsItem guid=\"urn:probe\" version=\"%s\"><itemMeta><versionCreated>%s</versionCreated></itemMeta>"
            + "<contentSet><inlineData>Some text.</inlineData></contentSet></newsItem>";

    private static List<Probe> probes() {
        String json = "application/json";
        String xml = "application/xml";
        String text = "text/plain";
        return List.of(
                new Probe("a date past year 9999 (long overflow)", "", json, "{\"id\":\"p1\",\"body\":\"x\",\"published\":\"" + FAR_FUTURE + "\"}", 400, "out of range"),
                new Probe("a date before year 1", "", json, "{\"id\":\"p2\",\"body\":\"x\",\"published\":\"-999999999-01-01T00:00:00Z\"}", 400, "out of range"),
                new Probe("epoch milliseconds beyond a long", "", json, "{\"id\":\"p3\",\"body\":\"x\",\"published\":99999999999999999999}", 400, "out of range"),
                new Probe("epoch milliseconds past year 9999", "", json, "{\"id\":\"p4\",\"body\":\"x\",\"published\":9223372036854775807}", 400, "out of range"),
                new Probe("a ninjs date past year 9999", "", json, NINJS + "\"versionCreated\":\"" + FAR_FUTURE + "\"}", 400, "out of range"),
                new Probe("a NewsML-G2 date past year 9999", "", xml, G2.formatted("1", FAR_FUTURE), 400, "out of range"),
                new Probe("a published parameter past year 9999", "?published=%2B999999999-12-31T23:59:59Z", text, "Some text.", 400, "out of range"),
                new Probe("a date that is no date", "", json, "{\"id\":\"p5\",\"body\":\"x\",\"published\":\"2024-13-45\"}", 400, "not an ISO-8601 date-time"),
                new Probe("a version too large for its field", "", json, "{\"id\":\"p6\",\"body\":\"x\",\"version\":99999999999}", 400, "too large"),
                new Probe("a version string too large", "", json, NINJS + "\"version\":\"99999999999\"}", 400, "too large"),
                new Probe("a NewsML-G2 version too large", "", xml, G2.formatted("99999999999", "2024-03-01T10:00:00Z"), 400, "too large"),
                new Probe("a version parameter too large", "?version=99999999999", text, "Some text.", 400, "too large"),
                new Probe("a negative version", "", json, "{\"id\":\"p7\",\"body\":\"x\",\"version\":-1}", 400, "0 or more"),
                new Probe("a fractional version", "", json, "{\"id\":\"p8\",\"body\":\"x\",\"version\":1.5}", 400, "whole number"),
                new Probe("a ninjs version that is not a string", "", json, NINJS + "\"version\":2}", 400, "version must be a string"),
                new Probe("an id that is a number", "", json, "{\"id\":123,\"body\":\"x\"}", 400, "id must be a string, not number"),
                new Probe("an id that is an object", "", json, "{\"id\":{\"a\":1},\"body\":\"x\"}", 400, "id must be a string, not object"),
                new Probe("an id that is true", "", json, "{\"id\":true,\"body\":\"x\"}", 400, "id must be a string, not boolean"),
                new Probe("a ninjs uri that is a number", "", json, "{\"uri\":123,\"bodies\":[{\"value\":\"x\"}]}", 400, "uri must be a string"),
                new Probe("a body that is a number", "", json, "{\"id\":\"p9\",\"body\":42}", 400, "body must be a string"),
                new Probe("metadata values that are numbers", "", json, "{\"id\":\"p10\",\"body\":\"x\",\"metadata\":{\"priority\":1}}", 400, "priority must be a string"),
                new Probe("metadata that is an array", "", json, "{\"id\":\"p11\",\"body\":\"x\",\"metadata\":[]}", 400, "metadata must be an object"),
                new Probe("ninjs headlines that are a string", "", json, NINJS + "\"headlines\":\"x\"}", 400, "headlines must be an array of objects"),
                new Probe("ninjs bodies holding a number", "", json, "{\"uri\":\"urn:p\",\"bodies\":[1]}", 400, "bodies[0] must be an object"),
                new Probe("a ninjs body value that is an object", "", json, "{\"uri\":\"urn:p\",\"bodies\":[{\"value\":{\"a\":1}}]}", 400, "value must be a string"),
                new Probe("a ninjs urgency that is a string", "", json, NINJS + "\"urgency\":\"high\"}", 400, "urgency must be"),
                new Probe("an unknown ninjs property", "", json, NINJS + "\"random\":\"x\"}", 400, "'random' is not a ninjs 3.x property"),
                new Probe("a JSON string instead of an object", "", json, "\"text\"", 400, "Expected a JSON object"),
                new Probe("a JSON null", "", json, "null", 400, "Expected a JSON object"),
                new Probe("an empty JSON array", "", json, "[]", 400, "holds no dispatch"),
                new Probe("JSON nested past the parser's depth limit", "", json, "[".repeat(5000), 400, "Malformed JSON"),
                new Probe("a number longer than the parser takes", "", json, "{\"id\":\"p13\",\"body\":\"x\",\"version\":" + "9".repeat(2_000) + "}", 400, "Number value length"),
                new Probe("JSON that is not UTF-8", "", json, "{\"id\":\"p14\",\"body\":\"caf\u00e9\"}", 400, "JSON"),
                new Probe("XML nested past the depth limit", "", xml, "<a>".repeat(300) + "</a>".repeat(300), 400, "Malformed XML"),
                new Probe("a NewsML-G2 version that is not a number", "", xml, G2.formatted("two", "2024-03-01T10:00:00Z"), 400, "not a whole number"),
                new Probe("a charset that does not exist", "", "text/plain; charset=no-such-charset", "Some text.", 400, "charset"),
                new Probe("a content type that is not one", "", ";;;", "Some text.", 415, "is not accepted"));
    }

    @Test
    void everyProbeGetsItsFourHundredWithAMessage() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Probe probe : probes()) {
            byte[] body = probe.name().equals("JSON that is not UTF-8")
                    ? probe.body().getBytes(StandardCharsets.ISO_8859_1) : probe.body().getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> response = IngestServerTest.post(ingest.port(), probe.query(), probe.contentType(), body);
            String message = message(response.body());
            if (response.statusCode() != probe.status() || message == null || !message.contains(probe.messagePart())) {
                wrong.add(probe.name() + ": " + response.statusCode() + " " + response.body());
            }
        }
        assertTrue(wrong.isEmpty(), "probes answered wrong:\n" + String.join("\n", wrong));
        assertTrue(TestKafka.readAll(cluster.bootstrapServers(), TOPIC).isEmpty(), "a probe reached the topic");
    }

    @Test
    void aChunkedBodyThatCannotBeReadIsABadRequest() throws Exception {
        String request = "POST /dispatches HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\nZZZ\r\nSome text.\r\n0\r\n\r\n";
        String answer;
        try (Socket socket = new Socket("127.0.0.1", ingest.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            answer = bytes.toString(StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("\"message\":\"The request body could not be read"), answer);
    }

    private static String message(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json.hasNonNull("error") && !json.path("message").asText().isBlank() ? json.get("message").asText() : null;
        } catch (Exception notJson) {
            return null;
        }
    }
}
