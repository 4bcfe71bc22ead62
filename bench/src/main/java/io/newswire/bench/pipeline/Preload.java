package io.newswire.bench.pipeline;

import io.newswire.core.CommonConfig;
import io.newswire.core.Topics;
import io.newswire.enrich.EnrichConfig;
import io.newswire.schemas.registry.SchemaRegistry;
import io.newswire.schemas.serde.WireFormatAvroSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Fills a topic before a stage reads it, and counts what a topic holds. */
final class Preload {
    private Preload() {
    }

    /** A topic shaped like the declared ones (partitions, replication, limits), whatever its name. */
    static void createTopic(Map<String, String> cluster, String topic) {
        Map<String, String> values = new HashMap<>(cluster);
        values.put(CommonConfig.TOPIC_DISPATCHES, topic);
        EnrichConfig config = new EnrichConfig(values);
        Topics.ensure(config.bootstrapServers(), List.of(Topics.Declared.DISPATCHES.newTopic(config)));
    }

    /** Writes the records, Avro in Confluent's wire format, as a plain producer with Kafka's defaults and acks=all would. */
    static <T, V extends SpecificRecord> void produce(Map<String, String> cluster, SchemaRegistry registry, String topic, List<T> records,
                                                      Function<T, String> key, Function<T, V> value) {
        createTopic(cluster, topic);
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.get(CommonConfig.BOOTSTRAP_SERVERS),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(props, new StringSerializer(), new WireFormatAvroSerializer<>(registry, false))) {
            for (T record : records) {
                producer.send(new ProducerRecord<>(topic, key.apply(record), value.apply(record)));
            }
            producer.flush();
        }
    }

    /** Records a {@code read_committed} consumer reads from the topic, from the start to its current end. */
    static long count(Map<String, String> cluster, String topic) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.get(CommonConfig.BOOTSTRAP_SERVERS),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long count = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                count += consumer.poll(Duration.ofMillis(200)).count();
            }
            return count;
        }
    }
}
