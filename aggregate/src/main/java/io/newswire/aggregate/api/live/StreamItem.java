package io.newswire.aggregate.api.live;

import org.apache.kafka.common.TopicPartition;

/**
 * One record of a streamed topic as the stream sends it: its kind ({@code event}, {@code alert}, {@code contact}), where it
 * was read, its JSON view (null when it cannot be shown: the stream moves past it) and the stream position just after it.
 */
record StreamItem(String kind, TopicPartition partition, long offset, Object view, StreamPosition after) {

    /** The item's id on every instance: {@code topic:partition:offset}. */
    static String idOf(TopicPartition partition, long offset) {
        return partition.topic() + ":" + partition.partition() + ":" + offset;
    }

    boolean shown() {
        return view != null;
    }

    StreamItem at(StreamPosition position) {
        return new StreamItem(kind, partition, offset, view, position);
    }
}
