package io.newswire.bench.pipeline;

import io.newswire.core.Directories;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs one Streams app (a new application id, so it reads its input from the start) over a pre-loaded topic until
 * its committed offsets reach the topic's end, measuring wall time and CPU from its first record.
 */
final class StreamsRound {
    private static final Duration STARTUP = Duration.ofMinutes(2);
    private static final Duration LONGEST = Duration.ofMinutes(20);
    private static final long POLL_MILLIS = 5;

    private StreamsRound() {
    }

    /**
     * @param instances how many instances of the app run side by side (each with its own state directory)
     * @param records   how many records the input holds (its offsets may also count transaction markers)
     */
    static RoundResult run(Admin admin, Supplier<Topology> topology, Properties properties, int instances, String input, long records, Path stateRoot) {
        String applicationId = properties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        Map<TopicPartition, Long> ends = endOffsets(admin, input);
        Path state = stateRoot.resolve(applicationId);
        List<KafkaStreams> apps = Stream.iterate(0, i -> i + 1).limit(instances).map(i -> {
            Properties p = new Properties();
            p.putAll(properties);
            p.put(StreamsConfig.STATE_DIR_CONFIG, state.resolve("instance-" + i).toString());
            return new KafkaStreams(topology.get(), p);
        }).toList();
        try {
            apps.forEach(KafkaStreams::start);
            CpuSample start = awaitFirstRecord(apps, applicationId);
            awaitCommitted(admin, applicationId, ends);
            CpuSample end = CpuSample.of(applicationId);
            apps.forEach(a -> a.close(Duration.ofSeconds(60)));
            return end.since(start, records, StateOnDisk.byStore(state));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot follow " + applicationId + "'s progress", e);
        } finally {
            apps.forEach(a -> a.close(Duration.ofSeconds(60)));
            Directories.deleteRecursively(state);
        }
    }

    /**
     * The clocks when the first record is processed (the stream threads' {@code process-total}), so that neither the
     * rebalance nor opening the stores counts; the records processed in the {@value #POLL_MILLIS} ms before are few.
     */
    private static CpuSample awaitFirstRecord(List<KafkaStreams> apps, String applicationId) throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            for (KafkaStreams app : apps) {
                if (app.state() == KafkaStreams.State.ERROR) {
                    throw new IllegalStateException(applicationId + " failed while starting");
                }
                for (Metric metric : app.metrics().values()) {
                    if (metric.metricName().name().equals("process-total") && metric.metricName().group().equals("stream-thread-metrics")
                            && ((Number) metric.metricValue()).doubleValue() > 0) {
                        return CpuSample.of(applicationId);
                    }
                }
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException(applicationId + " processed nothing within " + STARTUP.toSeconds() + " s");
    }

    static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) {
        try {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                    .all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the end offsets of " + topic, e);
        }
    }

    /** Waits until the group's committed offsets reach {@code ends}: its lag is 0. */
    private static void awaitCommitted(Admin admin, String group, Map<TopicPartition, Long> ends) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + LONGEST.toNanos();
        while (System.nanoTime() < deadline) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            if (ends.entrySet().stream().allMatch(e -> e.getValue() == 0
                    || committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue())) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new IllegalStateException(group + " still has lag after " + LONGEST.toMinutes() + " min");
    }
}
