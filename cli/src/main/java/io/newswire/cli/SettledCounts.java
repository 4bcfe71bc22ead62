package io.newswire.cli;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Whether the aggregate has settled: its Streams app has read and committed everything on its input topic and on its
 * own repartition topics. Only then do the counts, the mentions and the reporting dispatches the API gives agree; a
 * snapshot taken earlier can show two mentions and one reporting dispatch.
 */
final class SettledCounts {
    private SettledCounts() {
    }

    /** Waits until the app's group has committed to the end of every partition it reads; false when the time ran out. */
    static boolean await(String bootstrapServers, String applicationId, String inputTopic, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            while (System.nanoTime() < deadline) {
                if (settled(admin, applicationId, inputTopic)) {
                    return true;
                }
                Thread.sleep(200);
            }
        }
        return false;
    }

    private static boolean settled(Admin admin, String applicationId, String inputTopic) throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
            Set<TopicPartition> read = new HashSet<>(committed.keySet());
            admin.describeTopics(Set.of(inputTopic)).allTopicNames().get().get(inputTopic).partitions()
                    .forEach(p -> read.add(new TopicPartition(inputTopic, p.partition())));
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            read.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
            for (TopicPartition partition : read) {
                long end = ends.get(partition).offset();
                OffsetAndMetadata at = committed.get(partition);
                if (end > 0 && (at == null || at.offset() < end)) {
                    return false;
                }
            }
            return true;
        } catch (ExecutionException e) {
            return false;
        }
    }
}
