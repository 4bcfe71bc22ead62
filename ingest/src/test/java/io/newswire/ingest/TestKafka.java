package io.newswire.ingest;

import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.serde.WireFormatAvroDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test helpers over a real cluster: configuration for ingest, and reading a topic back. */
final class TestKafka {
    private TestKafka() {
    }

    /** Ingest's configuration against the cluster, its own topic, a free HTTP port, and the given overrides. */
    static IngestConfig config(LocalCluster cluster, String topic, Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>(cluster.config());
        values.put(IngestConfig.TOPIC_DISPATCHES, topic);
        values.put(IngestConfig.HTTP_PORT, 0);
        values.put(IngestConfig.HTTP_HOST, "127.0.0.1");
        values.putAll(overrides);
        return new IngestConfig(values);
    }

    /** Every record on the topic now, read from the beginning to the current end. */
    static List<ConsumerRecord<String, byte[]>> readAll(String bootstrapServers, String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " to its end within 60 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    static Dispatch decode(LocalCluster cluster, String topic, byte[] value) {
        return new WireFormatAvroDeserializer<>(new HttpSchemaRegistryClient(cluster.registryUrl(), ""), Dispatch.class).deserialize(topic, value);
    }

    static Map<String, Object> fast() {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put(IngestConfig.HEALTH_INTERVAL_MS, 200);
        return overrides;
    }
}
