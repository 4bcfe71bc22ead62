package io.newswire.aggregate;

import io.newswire.aggregate.bench.NewsGenerator;
import io.newswire.core.CommonConfig;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Shared plumbing of the embedded-cluster tests: unique topic names, producing, reading to the end, HTTP, bounded waits. */
final class ClusterSupport {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ClusterSupport() {
    }

    /** Configuration with topics and application id of its own, so tests sharing the broker do not meet. */
    static Map<String, String> isolatedConfig(LocalCluster cluster, String name) {
        String prefix = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> config = new HashMap<>(cluster.config());
        config.put(CommonConfig.TOPIC_ENRICHED, prefix + "-enriched");
        config.put(CommonConfig.TOPIC_CONTACTS, prefix + "-contacts");
        config.put(CommonConfig.TOPIC_ALERTS, prefix + "-alerts");
        config.put(CommonConfig.TOPIC_DEAD_LETTERS, prefix + "-dead-letters");
        config.put(AggregateConfig.APPLICATION_ID, prefix + "-aggregate");
        config.put(CommonConfig.TOPIC_PARTITIONS, "4");
        config.put(AggregateConfig.HTTP_PORT, "0");
        return config;
    }

    static void createTopic(String bootstrap, String topic, int partitions) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
    }

    static void produce(Map<String, String> config, List<NewsGenerator.Sent> records) throws Exception {
        var serde = AvroSerdes.value(EnrichedDispatch.class, new HttpSchemaRegistryClient(config.get(CommonConfig.REGISTRY_URL), ""));
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(CommonConfig.BOOTSTRAP_SERVERS),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5);
        try (KafkaProducer<String, EnrichedDispatch> producer = new KafkaProducer<>(props, new StringSerializer(), serde.serializer())) {
            for (NewsGenerator.Sent sent : records) {
                producer.send(new ProducerRecord<>(config.get(CommonConfig.TOPIC_ENRICHED), sent.key(), sent.value()));
            }
            producer.flush();
        }
    }

    /** Every committed record of a topic, from the beginning to its current end. */
    static List<ConsumerRecord<String, byte[]>> readCommitted(String bootstrap, String topic) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " to its end in 60 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** True when the group has committed every input offset of the topic. */
    static boolean caughtUp(String bootstrap, String group, String topic) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Set<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
            var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            return partitions.stream().allMatch(p -> committed.get(p) != null && committed.get(p).offset() >= ends.get(p).offset());
        }
    }

    /** Input offsets the group has committed, summed over partitions. */
    static long committedCount(String bootstrap, String group, String topic) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        }
    }

    record Response(int status, String body) {
    }

    static Response get(int port, String pathAndQuery) {
        return get(port, pathAndQuery, Map.of());
    }

    /** With these request headers. */
    static Response get(int port, String pathAndQuery, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).timeout(Duration.ofSeconds(20)).GET();
            headers.forEach(request::header);
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (Exception e) {
            return new Response(-1, e.toString());
        }
    }

    /** Waits, at most {@code timeout}, for the condition; fails with the description otherwise. */
    static void await(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what);
            }
        }
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }
}
