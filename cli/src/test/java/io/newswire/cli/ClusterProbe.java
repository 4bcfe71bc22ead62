package io.newswire.cli;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the kill matrix asks the cluster: leaders, replica sets, end offsets, how far a group has committed, whole topics. */
final class ClusterProbe implements AutoCloseable {
    private final String bootstrapServers;
    private final Admin admin;

    ClusterProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000));
    }

    private List<TopicPartitionInfo> partitions(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
    }

    /** The broker leading the most partitions of the topic. */
    int busiestLeader(String topic) throws Exception {
        return partitions(topic).stream().collect(Collectors.groupingBy(p -> p.leader().id(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** True when every partition of every topic has all its replicas in sync. */
    boolean fullyReplicated(List<String> topics) {
        try {
            for (String topic : topics) {
                if (!partitions(topic).stream().allMatch(p -> p.isr().size() == p.replicas().size())) {
                    return false;
                }
            }
            return true;
        } catch (Exception notNow) {
            return false;
        }
    }

    /** The end offset of every partition of the topic, asking again while a partition has no leader (up to two minutes). */
    Map<TopicPartition, Long> endOffsets(String topic) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                Map<TopicPartition, OffsetSpec> latest = partitions(topic).stream()
                        .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
                return admin.listOffsets(latest).all().get().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            } catch (ExecutionException leaderless) {
                if (System.nanoTime() > deadline) {
                    throw leaderless;
                }
                Thread.sleep(200);
            }
        }
    }

    /** True when the group has committed at least up to each given offset. */
    boolean committedPast(String group, Map<TopicPartition, Long> marks) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            return marks.entrySet().stream().allMatch(m -> m.getValue() == 0
                    || (committed.get(m.getKey()) != null && committed.get(m.getKey()).offset() >= m.getValue()));
        } catch (Exception notNow) {
            return false;
        }
    }

    /** True when the group has committed every record now on the topic. */
    boolean caughtUp(String group, String topic) {
        try {
            return committedPast(group, endOffsets(topic));
        } catch (Exception notNow) {
            return false;
        }
    }

    /** Members of the group once it is stable (every partition assigned), else -1. */
    int stableMembers(String group) {
        try {
            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            return d.groupState() == GroupState.STABLE ? d.members().size() : -1;
        } catch (Exception notNow) {
            return -1;
        }
    }

    /** Every committed record of the topic, from its beginning to its end now. */
    List<ConsumerRecord<String, byte[]>> readCommitted(String topic) throws Exception {
        Map<TopicPartition, Long> end = endOffsets(topic);
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(end.keySet());
            consumer.seekToBeginning(end.keySet());
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " to its end within 90 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** How many times each key-derived name occurs among the records. */
    static <T> Map<T, Integer> occurrences(List<ConsumerRecord<String, byte[]>> records, Function<ConsumerRecord<String, byte[]>, T> name) {
        Map<T, Integer> counts = new TreeMap<>();
        records.forEach(r -> counts.merge(name.apply(r), 1, Integer::sum));
        return counts;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
