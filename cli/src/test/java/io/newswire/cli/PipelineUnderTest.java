package io.newswire.cli;

import io.newswire.core.CommonConfig;
import io.newswire.runtime.LocalCluster;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A pipeline configuration on the shared cluster with topics and application ids of its own, so tests do not meet. */
record PipelineUnderTest(Map<String, String> config) {

    static PipelineUnderTest isolated(LocalCluster cluster, Path dataDir, String name) {
        String prefix = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> config = new HashMap<>(cluster.config());
        config.put(CommonConfig.DATA_DIR, dataDir.toString());
        config.put(CommonConfig.TOPIC_DISPATCHES, prefix + "-dispatches");
        config.put(CommonConfig.TOPIC_ENRICHED, prefix + "-enriched");
        config.put(CommonConfig.TOPIC_EVENTS_PREFIX, prefix + "-events-");
        config.put(CommonConfig.TOPIC_CONTACTS, prefix + "-contacts");
        config.put(CommonConfig.TOPIC_ALERTS, prefix + "-alerts");
        config.put(CommonConfig.TOPIC_DEAD_LETTERS, prefix + "-dead-letters");
        config.put(CommonConfig.TOPIC_KB_ACTORS, prefix + "-kb-actors");
        config.put("ingest.http.port", "0");
        config.put("aggregate.http.port", "0");
        config.put("enrich.http.port", "0");
        config.put("enrich.application.id", prefix + "-enrich");
        config.put("aggregate.application.id", prefix + "-aggregate");
        return new PipelineUnderTest(config);
    }

    String topic(String key) {
        return config.get(key);
    }

    String bootstrapServers() {
        return config.get(CommonConfig.BOOTSTRAP_SERVERS);
    }

    /** Every committed record of a topic, waiting until there are at least {@code atLeast}. */
    List<ConsumerRecord<String, byte[]>> readAll(String topic, int atLeast, Duration wait) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + wait.toNanos();
            while (records.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(records::add);
            }
        }
        if (records.size() < atLeast) {
            throw new AssertionError(records.size() + " record(s) on " + topic + " after " + wait.toSeconds() + " s, expected at least " + atLeast);
        }
        return records;
    }
}
