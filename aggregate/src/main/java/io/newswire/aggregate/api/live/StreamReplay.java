package io.newswire.aggregate.api.live;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sends a client what it missed that the feed no longer holds in memory: each partition read from Kafka from the
 * client's position up to where the feed's memory starts, with its own short-lived consumer.
 */
final class StreamReplay {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final LiveFeed feed;

    StreamReplay(LiveFeed feed) {
        this.feed = feed;
    }

    /** Offsets between the position and {@code until}, summed over the partitions: at least the records a replay would read. */
    static long recordsBetween(StreamPosition sent, Map<TopicPartition, Long> until, Map<TopicPartition, Long> beginning) {
        long records = 0;
        for (Map.Entry<TopicPartition, Long> end : until.entrySet()) {
            long from = Math.max(sent.next(end.getKey()), beginning.getOrDefault(end.getKey(), 0L));
            records += Math.max(0, end.getValue() - from);
        }
        return records;
    }

    /**
     * Sends, in the order read, every shown record the client has not been sent below {@code until}, and returns
     * its position after them; null, having sent nothing, when the client is more than {@code max} records behind.
     */
    StreamPosition replay(StreamPosition sent, Map<TopicPartition, Long> until, long max, Consumer<StreamItem> send) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(feed.consumerProperties(), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(until.keySet());
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(until.keySet());
            if (recordsBetween(sent, until, beginning) > max) {
                return null;
            }
            Map<TopicPartition, Long> pending = new HashMap<>();
            for (Map.Entry<TopicPartition, Long> end : until.entrySet()) {
                long from = Math.max(sent.next(end.getKey()), beginning.get(end.getKey()));
                if (from < end.getValue()) {
                    consumer.seek(end.getKey(), from);
                    pending.put(end.getKey(), end.getValue());
                }
            }
            consumer.pause(consumer.assignment().stream().filter(tp -> !pending.containsKey(tp)).toList());
            StreamPosition position = sent;
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!pending.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Replay from Kafka did not reach the live feed within " + TIMEOUT.toSeconds() + " s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    Long end = pending.get(tp);
                    if (end == null || record.offset() >= end) {
                        continue;
                    }
                    position = position.after(tp, record.offset());
                    StreamItem item = feed.records().read(record);
                    if (item.shown()) {
                        send.accept(item.at(position));
                    }
                }
                for (TopicPartition tp : Map.copyOf(pending).keySet()) {
                    if (consumer.position(tp) >= pending.get(tp)) {
                        pending.remove(tp);
                        consumer.pause(List.of(tp));
                    }
                }
            }
            for (Map.Entry<TopicPartition, Long> end : until.entrySet()) {
                position = position.after(end.getKey(), end.getValue() - 1);
            }
            return position;
        }
    }
}
