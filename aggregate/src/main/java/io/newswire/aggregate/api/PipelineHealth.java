package io.newswire.aggregate.api;

import io.newswire.aggregate.AggregateConfig;
import io.newswire.core.DeadLetters;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The pipeline in one line ({@code GET /api/pipeline}): dispatches taken in, dispatches enrich has processed,
 * records dead-lettered (by stage), and the consumer lag of each app reading newswire's topics. Worked out from
 * Kafka itself (offsets, committed group offsets, the dead-letter topic read to its end), at most once a second.
 */
public final class PipelineHealth implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration FRESH = Duration.ofSeconds(1);

    /** One consumer group reading newswire's topics, and how many committed records it has still to read. */
    public record AppLag(String group, List<String> topics, long lag) {
    }

    /** {@code GET /api/pipeline}. */
    public record Pipeline(Instant at, long dispatchesIn, long enriched, long deadLettered, Map<String, Long> deadLetteredByStage,
                           List<AppLag> apps) {
    }

    private final String dispatchesTopic;
    private final Set<String> appTopics;
    private final String deadLetterTopic;
    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Clock clock;
    private final Map<String, Long> deadLetteredByStage = new TreeMap<>();
    private final Set<TopicPartition> deadLetterPartitions = new HashSet<>();
    private Pipeline last;

    public PipelineHealth(AggregateConfig config, Clock clock) {
        this.dispatchesTopic = config.getString(AggregateConfig.TOPIC_DISPATCHES);
        this.appTopics = Set.of(dispatchesTopic, config.enrichedTopic(), config.alertsTopic());
        this.deadLetterTopic = config.deadLetterTopic();
        this.clock = clock;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()));
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, config.applicationId() + "-pipeline-health"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    public synchronized Pipeline now() {
        Instant now = clock.instant();
        if (last != null && last.at().plus(FRESH).isAfter(now)) {
            return last;
        }
        try {
            Map<TopicPartition, Long> dispatchesStart = consumer.beginningOffsets(partitions(dispatchesTopic), TIMEOUT);
            Map<TopicPartition, Long> dispatchesEnd = consumer.endOffsets(dispatchesStart.keySet(), TIMEOUT);
            long in = dispatchesEnd.entrySet().stream().mapToLong(e -> e.getValue() - dispatchesStart.get(e.getKey())).sum();

            Map<String, Map<TopicPartition, OffsetAndMetadata>> groups = committedByGroup();
            Set<TopicPartition> read = groups.values().stream().flatMap(m -> m.keySet().stream()).collect(Collectors.toSet());
            Map<TopicPartition, Long> ends = consumer.endOffsets(read, TIMEOUT);
            List<AppLag> apps = new ArrayList<>();
            long enriched = 0;
            for (Map.Entry<String, Map<TopicPartition, OffsetAndMetadata>> group : groups.entrySet()) {
                long lag = 0;
                long readOfDispatches = 0;
                for (Map.Entry<TopicPartition, OffsetAndMetadata> committed : group.getValue().entrySet()) {
                    long offset = committed.getValue().offset();
                    lag += Math.max(0, ends.getOrDefault(committed.getKey(), offset) - offset);
                    if (committed.getKey().topic().equals(dispatchesTopic)) {
                        readOfDispatches += Math.max(0, offset - dispatchesStart.getOrDefault(committed.getKey(), 0L));
                    }
                }
                enriched = Math.max(enriched, readOfDispatches);
                apps.add(new AppLag(group.getKey(), group.getValue().keySet().stream().map(TopicPartition::topic).distinct().sorted().toList(), lag));
            }
            apps.sort(Comparator.comparing(AppLag::group));
            countDeadLetters();
            long deadLettered = deadLetteredByStage.values().stream().mapToLong(Long::longValue).sum();
            last = new Pipeline(now, in, enriched, deadLettered, Map.copyOf(deadLetteredByStage), apps);
            return last;
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.errors.TimeoutException e) {
            throw new NotReady("Kafka did not answer for the pipeline's health: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReady("Interrupted", e);
        }
    }

    /** Committed offsets of every group that reads the dispatches, enriched or alerts topic, on those topics. */
    private Map<String, Map<TopicPartition, OffsetAndMetadata>> committedByGroup() throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
        for (GroupListing group : admin.listGroups().all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            specs.put(group.groupId(), new ListConsumerGroupOffsetsSpec());
        }
        Map<String, Map<TopicPartition, OffsetAndMetadata>> ours = new TreeMap<>();
        if (specs.isEmpty()) {
            return ours;
        }
        Map<String, Map<TopicPartition, OffsetAndMetadata>> all = admin.listConsumerGroupOffsets(specs).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        all.forEach((group, offsets) -> {
            Map<TopicPartition, OffsetAndMetadata> onOurs = new HashMap<>();
            offsets.forEach((tp, offset) -> {
                if (offset != null && appTopics.contains(tp.topic())) {
                    onOurs.put(tp, offset);
                }
            });
            if (!onOurs.isEmpty()) {
                ours.put(group, onOurs);
            }
        });
        return ours;
    }

    /** Reads the dead-letter topic on from where it stopped last time, to its current end, counting by stage. */
    private void countDeadLetters() {
        Set<TopicPartition> now = new HashSet<>(partitions(deadLetterTopic));
        if (!now.equals(deadLetterPartitions)) {
            Set<TopicPartition> added = new HashSet<>(now);
            added.removeAll(deadLetterPartitions);
            deadLetterPartitions.addAll(added);
            consumer.assign(deadLetterPartitions);
            consumer.seekToBeginning(added);
        }
        if (deadLetterPartitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(deadLetterPartitions, TIMEOUT);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (deadLetterPartitions.stream().anyMatch(tp -> consumer.position(tp, TIMEOUT) < end.get(tp)) && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                Header stage = record.headers().lastHeader(DeadLetters.STAGE);
                deadLetteredByStage.merge(stage == null ? "unknown" : new String(stage.value(), StandardCharsets.UTF_8), 1L, Long::sum);
            }
        }
    }

    private List<TopicPartition> partitions(String topic) {
        var infos = consumer.partitionsFor(topic, TIMEOUT);
        return infos == null ? List.of() : infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    @Override
    public synchronized void close() {
        consumer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
