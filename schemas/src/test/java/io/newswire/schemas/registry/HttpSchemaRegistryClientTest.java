package io.newswire.schemas.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client's behaviour when no registry answers, or one answers in the wrong charset; its protocol is tested
 * against the real registry in runtime.
 */
class HttpSchemaRegistryClientTest {

    @Test
    void registryNobodyListensOnIsUnreachableWithConnectionRefused() throws IOException {
        String url = "http://localhost:" + closedPort();
        HttpSchemaRegistryClient client = HttpSchemaRegistryClient.builder(url)
                .retry(3, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(5)).build();

        SchemaRegistryException e = assertThrows(SchemaRegistryException.class,
                () -> client.register("dispatches-value", SchemaBuilder.record("R").fields().requiredInt("n").endRecord()));

        assertEquals("Schema registry unreachable at " + url + ": connection refused", e.getMessage());
        assertTrue(e.isUnavailable());
        assertEquals(-1, e.status());
        assertEquals(-1, e.errorCode());
    }

    @Test
    void answerInLatin1IsRefusedNotDecodedIntoReplacementCharacters() throws IOException {
        // What the embedded registry used to send: a French doc encoded in ISO-8859-1 under a JSON media type.
        String schema = "{\"type\":\"record\",\"name\":\"R\",\"doc\":\"le président\",\"fields\":[]}";
        byte[] latin1 = new ObjectMapper().createObjectNode().put("schema", schema).toString().getBytes(StandardCharsets.ISO_8859_1);
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", HttpSchemaRegistryClient.CONTENT_TYPE);
            exchange.sendResponseHeaders(200, latin1.length);
            exchange.getResponseBody().write(latin1);
            exchange.close();
        });
        server.start();
        try {
            HttpSchemaRegistryClient client = new HttpSchemaRegistryClient("http://localhost:" + server.getAddress().getPort(), "");

            SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> client.getById(1));

            assertTrue(e.getMessage().contains("not JSON in UTF-8"), e.getMessage());
            assertTrue(e.getMessage().contains("Invalid UTF-8"), e.getMessage());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void trailingSlashOfTheBaseUrlIsIgnored() {
        assertEquals("http://localhost:8081", new HttpSchemaRegistryClient("http://localhost:8081/", "").baseUrl());
    }

    @Test
    void backoffDoublesUpToItsCap() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(700), Duration.ofSeconds(30));

        assertEquals(Duration.ofMillis(100), policy.backoff(1));
        assertEquals(Duration.ofMillis(200), policy.backoff(2));
        assertEquals(Duration.ofMillis(400), policy.backoff(3));
        assertEquals(Duration.ofMillis(700), policy.backoff(4));
        assertEquals(Duration.ofMillis(700), policy.backoff(40));
    }

    @Test
    void retryPolicyNeedsAtLeastOneAttempt() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
