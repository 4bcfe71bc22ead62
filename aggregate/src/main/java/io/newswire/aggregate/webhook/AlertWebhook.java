package io.newswire.aggregate.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.aggregate.AggregateConfig;
import io.newswire.aggregate.api.AlertViews;
import io.newswire.aggregate.api.Json;
import io.newswire.core.DeadLetters;
import io.newswire.core.LogSafe;
import io.newswire.core.RecordLimit;
import io.newswire.core.metrics.DeadLetterCounter;
import io.newswire.schemas.SummitAlert;
import io.newswire.schemas.registry.SchemaRegistry;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * POSTs each new summit alert (its first emission, mentions = 1) as JSON to the configured URL. A consumer of
 * the alerts topic of its own, reading committed records only and committing each offset after delivery, so an
 * alert is delivered at least once and a crash of the Streams app cannot deliver an alert it rolled back. A
 * failed delivery is retried with exponential backoff; when retries run out the alert goes to the dead-letter topic.
 */
public final class AlertWebhook implements AutoCloseable {
    public static final String STAGE = "alerts-webhook";
    private static final Logger LOG = LoggerFactory.getLogger(AlertWebhook.class);
    private static final long MAX_BACKOFF_MS = 60_000;

    private final MeterRegistry meters;
    private final AggregateConfig config;
    private final URI url;
    private final Deserializer<SummitAlert> alerts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;
    private KafkaProducer<String, byte[]> deadLetters;

    private AlertWebhook(AggregateConfig config, SchemaRegistry registry, MeterRegistry meters) {
        this.config = config;
        this.meters = meters;
        this.url = URI.create(config.webhookUrl());
        this.alerts = AvroSerdes.value(SummitAlert.class, registry).deserializer();
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, config.applicationId() + "-alerts-webhook",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::run, "alerts-webhook");
    }

    /** Starts delivering the alerts topic's new alerts to {@code aggregate.alerts.webhook.url}. */
    public static AlertWebhook start(AggregateConfig config, SchemaRegistry registry) {
        return start(config, registry, new SimpleMeterRegistry());
    }

    /** As {@link #start(AggregateConfig, SchemaRegistry)}, counting its dead letters in the app's meters. */
    public static AlertWebhook start(AggregateConfig config, SchemaRegistry registry, MeterRegistry meters) {
        AlertWebhook webhook = new AlertWebhook(config, registry, meters);
        webhook.thread.start();
        LOG.info("Delivering new summit alerts from {} to {}", config.alertsTopic(), config.webhookUrl());
        return webhook;
    }

    private void run() {
        try {
            consumer.subscribe(List.of(config.alertsTopic()));
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    handle(record);
                    consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1)));
                }
            }
        } catch (WakeupException | InterruptedException | org.apache.kafka.common.errors.InterruptException stopping) {
            LOG.debug("Alert webhook stopping");
        } catch (RuntimeException e) {
            LOG.error("Alert webhook stopped", e);
        } finally {
            Thread.interrupted();  // clear it, so that closing can wait for the coordinator
            consumer.close(Duration.ofSeconds(5));
            if (deadLetters != null) {
                deadLetters.close(Duration.ofSeconds(5));
            }
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        if (record.value() == null) {
            return;
        }
        SummitAlert alert = alerts.deserialize(record.topic(), record.value());
        if (alert.getMentions() != 1) {
            return;
        }
        String body;
        try {
            body = Json.MAPPER.writeValueAsString(AlertViews.of(alert));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write alert " + alert.getAlertId() + " as JSON", e);
        }
        int retries = config.webhookRetries();
        long backoff = config.webhookBackoffMs();
        for (int attempt = 0; ; attempt++) {
            String failure = post(body);
            if (failure == null) {
                LOG.info("Alert {} delivered to {}{}", LogSafe.id(alert.getAlertId()), url, attempt == 0 ? "" : " after " + attempt + " retries");
                return;
            }
            if (attempt >= retries) {
                LOG.error("Alert {} not delivered to {} after {} retries ({}); sent to {}", LogSafe.id(alert.getAlertId()), url, retries, LogSafe.quote(String.valueOf(failure), 500), config.deadLetterTopic());
                deadLetter(record, "webhook delivery to " + url + " failed after " + retries + " retries: " + failure);
                return;
            }
            long delay = Math.min(MAX_BACKOFF_MS, backoff << Math.min(attempt, 20));
            LOG.warn("Alert {} delivery to {} failed ({}); retry {}/{} in {} ms", LogSafe.id(alert.getAlertId()), url, LogSafe.quote(String.valueOf(failure), 500), attempt + 1, retries, delay);
            Thread.sleep(delay);
        }
    }

    /** Null when delivered, otherwise what went wrong. */
    private String post(String body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        if (deadLetters == null) {
            Map<String, Object> settings = new HashMap<>(RecordLimit.of(config).producerSettings());
            settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
            settings.put(ProducerConfig.ACKS_CONFIG, "all");
            settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            deadLetters = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
        }
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(config.deadLetterTopic(), record.key(), record.value());
        DeadLetters.stamp(letter.headers(), STAGE, reason, null);
        DeadLetters.readFrom(letter.headers(), record.topic(), record.partition(), record.offset());
        try {
            deadLetters.send(letter).get();
            DeadLetterCounter.count(meters, letter.headers());
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot write the dead letter for alert " + record.key(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        thread.interrupt();
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
