package io.newswire.aggregate;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.newswire.aggregate.api.Json;
import io.newswire.aggregate.webhook.AlertWebhook;
import io.newswire.core.CommonConfig;
import io.newswire.core.DeadLetters;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.SummitAlert;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static io.newswire.aggregate.ClusterSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The webhook against a real local HTTP server that fails the first attempts; alerts read committed from a real topic. */
class AlertWebhookTest {
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private HttpServer server;
    private Map<String, String> config;
    private AlertWebhook webhook;

    @BeforeEach
    void setUp() throws Exception {
        config = new java.util.HashMap<>(ClusterSupport.isolatedConfig(LocalCluster.shared(), "webhook"));
        ClusterSupport.createTopic(config.get(CommonConfig.BOOTSTRAP_SERVERS), config.get(CommonConfig.TOPIC_ALERTS), 1);
        ClusterSupport.createTopic(config.get(CommonConfig.BOOTSTRAP_SERVERS), config.get(CommonConfig.TOPIC_DEAD_LETTERS), 1);
        log.start();
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(AlertWebhook.class)).addAppender(log);
    }

    @AfterEach
    void tearDown() {
        if (webhook != null) {
            webhook.close();
        }
        if (server != null) {
            server.stop(0);
        }
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(AlertWebhook.class)).detachAppender(log);
    }

    @Test
    void newAlertsAreDeliveredOnceEachAfterRetriesAndUpdatesAndAbortedOnesAreNot() throws Exception {
        startServer(2);
        produce(List.of(alert("RUS-UKR-USA@2025-03-03", 1), alert("RUS-UKR-USA@2025-03-03", 2), alert("CHN-IND@2025-03-04", 1)), true);
        produce(List.of(alert("FRA-DEU@2025-03-05", 1)), false);
        webhook = AlertWebhook.start(aggregateConfig(5), registry());

        await(Duration.ofSeconds(60), "two deliveries", () -> delivered.size() >= 2);
        await(Duration.ofSeconds(30), "the webhook to commit past the three committed alerts", () -> committedOffset() == 3);

        assertEquals(List.of("RUS-UKR-USA@2025-03-03", "CHN-IND@2025-03-04"), delivered.stream().map(AlertWebhookTest::alertId).toList());
        assertEquals(4, attempts.get(), "the first alert fails twice then succeeds; the second succeeds at once");
        JsonNode first = Json.MAPPER.readTree(delivered.get(0));
        assertEquals(List.of("RUS", "UKR", "USA"), List.of(first.get("participants").get(0).asText(), first.get("participants").get(1).asText(), first.get("participants").get(2).asText()));
        assertEquals("Erdogan offered to host a summit.", first.get("evidence").asText());
        List<String> retries = log.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(2, retries.size(), retries.toString());
        assertTrue(retries.get(0).contains("retry 1/5") && retries.get(1).contains("retry 2/5"), retries.toString());
    }

    @Test
    void alertStillUndeliveredAfterTheRetriesGoesToDeadLetters() throws Exception {
        startServer(Integer.MAX_VALUE);
        produce(List.of(alert("RUS-TUR@2025-03-03", 1)), true);
        webhook = AlertWebhook.start(aggregateConfig(2), registry());

        await(Duration.ofSeconds(60), "a dead letter", () -> !ClusterSupport.readCommitted(config.get(CommonConfig.BOOTSTRAP_SERVERS),
                config.get(CommonConfig.TOPIC_DEAD_LETTERS)).isEmpty());

        ConsumerRecord<String, byte[]> letter = ClusterSupport.readCommitted(config.get(CommonConfig.BOOTSTRAP_SERVERS),
                config.get(CommonConfig.TOPIC_DEAD_LETTERS)).get(0);
        assertEquals("RUS-TUR@2025-03-03", letter.key());
        String reason = new String(letter.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("failed after 2 retries") && reason.contains("HTTP 500"), reason);
        assertEquals(3, attempts.get());
        assertTrue(delivered.isEmpty());
    }

    private void startServer(int failuresFirst) throws Exception {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/alerts", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int attempt = attempts.incrementAndGet();
            boolean fail = attempt <= failuresFirst;
            if (!fail && "application/json".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                delivered.add(body);
            }
            exchange.sendResponseHeaders(fail ? 500 : 204, -1);
            exchange.close();
        });
        server.start();
    }

    private AggregateConfig aggregateConfig(int retries) {
        Map<String, String> values = new java.util.HashMap<>(config);
        values.put(AggregateConfig.WEBHOOK_URL, "http://localhost:" + server.getAddress().getPort() + "/alerts");
        values.put(AggregateConfig.WEBHOOK_RETRIES, Integer.toString(retries));
        values.put(AggregateConfig.WEBHOOK_BACKOFF_MS, "50");
        return new AggregateConfig(values);
    }

    private HttpSchemaRegistryClient registry() {
        return new HttpSchemaRegistryClient(config.get(CommonConfig.REGISTRY_URL), "");
    }

    /** Writes alerts in one transaction, committed or aborted. */
    private void produce(List<SummitAlert> alerts, boolean commit) {
        Serializer<SummitAlert> serializer = AvroSerdes.value(SummitAlert.class, registry()).serializer();
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(CommonConfig.BOOTSTRAP_SERVERS),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "webhook-test-" + System.nanoTime());
        try (KafkaProducer<String, SummitAlert> producer = new KafkaProducer<>(props, new StringSerializer(), serializer)) {
            producer.initTransactions();
            producer.beginTransaction();
            alerts.forEach(a -> producer.send(new ProducerRecord<>(config.get(CommonConfig.TOPIC_ALERTS), a.getAlertId(), a)));
            if (commit) {
                producer.commitTransaction();
            } else {
                producer.flush();
                producer.abortTransaction();
            }
        }
    }

    private long committedOffset() {
        try {
            return ClusterSupport.committedCount(config.get(CommonConfig.BOOTSTRAP_SERVERS),
                    config.get(AggregateConfig.APPLICATION_ID) + "-alerts-webhook", config.get(CommonConfig.TOPIC_ALERTS));
        } catch (Exception e) {
            return -1;
        }
    }

    private static SummitAlert alert(String id, int mentions) {
        Instant seen = Instant.parse("2025-03-03T09:00:00Z");
        List<String> participants = List.of(id.substring(0, id.indexOf('@')).split("-"));
        return SummitAlert.newBuilder().setAlertId(id).setParticipants(participants).setActors(List.of())
                .setStatus("proposed").setEvidence("Erdogan offered to host a summit.").setDispatchId("afp-1")
                .setFirstSeen(seen).setMentions(mentions).setLatestDispatchId("afp-" + mentions).setUpdated(seen).build();
    }

    private static String alertId(String json) {
        try {
            return Json.MAPPER.readTree(json).get("alertId").asText();
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }
}
