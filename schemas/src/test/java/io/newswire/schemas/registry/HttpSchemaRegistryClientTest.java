package io.newswire.schemas.registry;

import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client's behaviour when no registry answers; its protocol is tested against the real registry in runtime. */
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
