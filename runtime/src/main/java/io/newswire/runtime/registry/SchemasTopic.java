package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.core.LogSafe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The compacted {@code _schemas} topic, the registry's only storage: one partition, records keyed and
 * valued in Confluent's JSON format, so that the latest record per key is the state.
 */
final class SchemasTopic implements AutoCloseable {
    static final String NAME = "_schemas";
    private static final Logger LOG = LoggerFactory.getLogger(SchemasTopic.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(12);
    private static final TopicPartition PARTITION = new TopicPartition(NAME, 0);

    /** A record read back: its key, and its value (null for a tombstone). */
    record Entry(JsonNode key, JsonNode value) {
    }

    private final String bootstrapServers;
    private final KafkaProducer<byte[], byte[]> producer;

    private SchemasTopic(String bootstrapServers, KafkaProducer<byte[], byte[]> producer) {
        this.bootstrapServers = bootstrapServers;
        this.producer = producer;
    }

    /** Creates the topic if needed (compacted, one partition) and opens a producer that waits for all replicas. */
    static SchemasTopic open(String bootstrapServers) {
        ensureExists(bootstrapServers);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                // A registration answers within about 10 s when Kafka is down, well inside a client's request timeout.
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 8_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000,
                ProducerConfig.CLIENT_ID_CONFIG, "newswire-registry-writer");
        return new SchemasTopic(bootstrapServers, new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()));
    }

    /** Every record from the beginning of the topic to its end as of now, in order. */
    List<Entry> readToEnd() {
        return readToEnd(STARTUP_TIMEOUT);
    }

    /** As {@link #readToEnd()}, giving up after the timeout. */
    List<Entry> readToEnd(Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.CLIENT_ID_CONFIG, "newswire-registry-reader",
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        List<Entry> entries = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(PARTITION));
            consumer.seekToBeginning(List.of(PARTITION));
            long end = consumer.endOffsets(List.of(PARTITION)).get(PARTITION);
            while (consumer.position(PARTITION) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + NAME + " to its end (offset " + end + ") within "
                            + timeout.toSeconds() + " s from " + bootstrapServers);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Entry entry = decode(record);
                    if (entry != null) {
                        entries.add(entry);
                    }
                }
            }
        }
        return entries;
    }

    /** Appends a record (a null value is a tombstone) and returns once every replica has it; the registry answers only after that. */
    void write(ObjectNode key, ObjectNode value) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(NAME, 0, bytes(key), bytes(value));
        try {
            producer.send(record).get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw RegistryError.storeFailed("writing to " + NAME, e.getCause());
        } catch (TimeoutException e) {
            throw RegistryError.storeFailed("writing to " + NAME, new TimeoutException("no acknowledgement within " + WRITE_TIMEOUT.toSeconds() + " s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RegistryError.storeFailed("writing to " + NAME, e);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw RegistryError.storeFailed("writing to " + NAME, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private static void ensureExists(String bootstrapServers) {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) STARTUP_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            NewTopic topic = new NewTopic(NAME, Optional.of(1), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(topic)).all().get(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Created compacted topic {} on {}", NAME, bootstrapServers);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + NAME + " on " + bootstrapServers + ": " + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer within " + STARTUP_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating " + NAME, e);
        }
    }

    private static Entry decode(ConsumerRecord<byte[], byte[]> record) {
        try {
            JsonNode key = JSON.readTree(record.key());
            JsonNode value = record.value() == null ? null : JSON.readTree(record.value());
            return key == null ? null : new Entry(key, value);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Skipping unreadable record at offset {} of {}: {}", record.offset(), NAME, LogSafe.quote(e.getMessage(), 500));
            return null;
        }
    }

    private static byte[] bytes(ObjectNode node) {
        if (node == null) {
            return null;
        }
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
