package io.newswire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.runtime.LocalCluster;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "done when": dispatches posted without pause while the broker, then the registry, is killed
 * and restarted. While a dependency is down clients get 503, not 202; afterwards every dispatch that got a
 * 202 is on the topic.
 */
class IngestFailureTest {
    private static final Logger LOG = LoggerFactory.getLogger(IngestFailureTest.class);
    private static final String TOPIC = "dispatches-failure-test";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_POSTS = 5_000;
    private static final Duration MAX_RUN = Duration.ofSeconds(150);

    /** One answered POST: when it was sent and answered (System.nanoTime) and what came back. */
    record Answer(String id, long sent, long answered, int status, String unavailable) {
    }

    @Test
    void nothingAcknowledgedIsLostWhenKafkaOrTheRegistryGoesDown(@TempDir Path dataDir) throws Exception {
        try (LocalCluster cluster = LocalCluster.start(dataDir, 0, 0)) {
            Map<String, Object> overrides = TestKafka.fast();
            overrides.put(IngestConfig.DELIVERY_TIMEOUT_MS, 3000);
            overrides.put(IngestConfig.REQUEST_TIMEOUT_MS, 1500);
            overrides.put(IngestConfig.MAX_BLOCK_MS, 2000);
            overrides.put(IngestConfig.REGISTRY_TIMEOUT_MS, 1000);
            PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            try (Intake intake = Intake.open(TestKafka.config(cluster, TOPIC, overrides), meters);
                 IngestServer server = IngestServer.start(intake, meters)) {
                Poster poster = new Poster(server.port());
                Thread posting = new Thread(poster, "poster");
                posting.start();
                try {
                    waitFor("first dispatches accepted", () -> poster.count(202, 0) >= 10);

                    cluster.kafka().kill();
                    long kafkaDownSeen = waitForHealth(server.port(), "kafka", "DOWN");
                    waitFor("503s while Kafka is down", () -> poster.count(503, kafkaDownSeen) >= 5);
                    long kafkaRestart = System.nanoTime();
                    cluster.kafka().restart();
                    waitForHealth(server.port(), "kafka", "UP");
                    long kafkaUp = System.nanoTime();
                    waitFor("dispatches accepted after Kafka came back", () -> poster.count(202, kafkaUp) >= 10);

                    cluster.registry().close();
                    long registryDownSeen = waitForHealth(server.port(), "registry", "DOWN");
                    waitFor("503s while the registry is down", () -> poster.count(503, registryDownSeen) >= 5);
                    long registryRestart = System.nanoTime();
                    cluster.restartRegistry();
                    waitForHealth(server.port(), "registry", "UP");
                    long registryUp = System.nanoTime();
                    waitFor("dispatches accepted after the registry came back", () -> poster.count(202, registryUp) >= 10);

                    poster.stop();
                    posting.join(Duration.ofSeconds(30).toMillis());

                    List<Answer> answers = poster.answers;
                    LOG.info("{} posts: {} accepted, {} refused with 503", answers.size(), poster.count(202, 0), poster.count(503, 0));
                    assertEquals(Set.of(202, 503), answers.stream().map(Answer::status).collect(Collectors.toSet()),
                            "only 202 (stored) or 503 (not stored) are expected");
                    assertOnly503While(answers, kafkaDownSeen, kafkaRestart, "kafka");
                    assertOnly503While(answers, registryDownSeen, registryRestart, "registry");

                    Set<String> accepted = answers.stream().filter(a -> a.status() == 202).map(Answer::id).collect(Collectors.toSet());
                    Set<String> onTopic = new HashSet<>();
                    for (ConsumerRecord<String, byte[]> record : TestKafka.readAll(cluster.bootstrapServers(), TOPIC)) {
                        onTopic.add(TestKafka.decode(cluster, TOPIC, record.value()).getId());
                    }
                    Set<String> missing = new HashSet<>(accepted);
                    missing.removeAll(onTopic);
                    assertTrue(missing.isEmpty(), "acknowledged but not on the topic: " + missing);
                } finally {
                    poster.stop();
                    posting.join(Duration.ofSeconds(30).toMillis());
                }
            }
        }
    }

    /** Every POST sent after the outage was seen and answered before the restart got a 503 naming the dependency. */
    private static void assertOnly503While(List<Answer> answers, long from, long to, String dependency) {
        List<Answer> during = answers.stream().filter(a -> a.sent() >= from && a.answered() <= to).toList();
        assertTrue(during.size() >= 5, "too few posts while " + dependency + " was down: " + during.size());
        for (Answer answer : during) {
            assertEquals(503, answer.status(), "a dispatch was acknowledged while " + dependency + " was down: " + answer);
            assertEquals(dependency, answer.unavailable(), "the 503 names what is down: " + answer);
        }
    }

    private static long waitForHealth(int port, String dependency, String status) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode health = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
            if (status.equals(health.path(dependency).path("status").asText())) {
                return System.nanoTime();
            }
            Thread.sleep(50);
        }
        throw new AssertionError(dependency + " was not " + status + " within 60 s");
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Gave up waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    /** Posts distinct dispatches one after another until stopped, at most MAX_POSTS or MAX_RUN. */
    private static final class Poster implements Runnable {
        private final int port;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        final List<Answer> answers = new CopyOnWriteArrayList<>();
        private volatile boolean running = true;

        Poster(int port) {
            this.port = port;
        }

        void stop() {
            running = false;
        }

        long count(int status, long sentAfter) {
            return answers.stream().filter(a -> a.status() == status && a.sent() >= sentAfter).count();
        }

        @Override
        public void run() {
            long deadline = System.nanoTime() + MAX_RUN.toNanos();
            for (int n = 0; running && n < MAX_POSTS && System.nanoTime() < deadline; n++) {
                String id = "NW-failure-" + n;
                String body = "{\"id\":\"" + id + "\",\"source\":\"Newswire\",\"headline\":\"Dispatch " + n + "\","
                        + "\"body\":\"MOSCOU (Newswire) - Dispatch number " + n + " of the failure test.\"}";
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dispatches"))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
                long sent = System.nanoTime();
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    String unavailable = response.statusCode() == 503 ? JSON.readTree(response.body()).path("unavailable").asText() : null;
                    answers.add(new Answer(id, sent, System.nanoTime(), response.statusCode(), unavailable));
                    if (response.statusCode() == 503) {
                        Thread.sleep(20);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    answers.add(new Answer(id, sent, System.nanoTime(), -1, e.toString()));
                }
            }
        }
    }
}
