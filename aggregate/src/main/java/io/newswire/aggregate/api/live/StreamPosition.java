package io.newswire.aggregate.api.live;

import io.newswire.aggregate.api.BadRequest;
import org.apache.kafka.common.TopicPartition;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a reader of the live stream is: for each partition of each streamed topic, the next offset it has not been
 * sent. A client has been sent exactly the records below these offsets, so resuming from it on any instance (each
 * reads every partition) sends no record twice and skips none. Its token is the SSE id: {@code topic:partition:offset,...}.
 */
public final class StreamPosition {
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z0-9._-]{1,249}):(\\d{1,6}):(\\d{1,19})");
    private static final int MAX_ENTRIES = 10_000;
    private static final Comparator<TopicPartition> ORDER = Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition);
    public static final StreamPosition NONE = new StreamPosition(new TreeMap<>(ORDER));

    private final TreeMap<TopicPartition, Long> next;

    private StreamPosition(TreeMap<TopicPartition, Long> next) {
        this.next = next;
    }

    /** Reads a token (an SSE id or {@code Last-Event-ID}); a malformed one is a 400 saying why. */
    public static StreamPosition parse(String token) {
        TreeMap<TopicPartition, Long> next = new TreeMap<>(ORDER);
        if (token == null || token.isBlank()) {
            return NONE;
        }
        String[] entries = token.split(",", -1);
        if (entries.length > MAX_ENTRIES) {
            throw new BadRequest("Last-Event-ID has " + entries.length + " entries, over the limit of " + MAX_ENTRIES);
        }
        for (String entry : entries) {
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                throw new BadRequest("Last-Event-ID must be the id of an event of this stream (topic:partition:offset,...); an entry is not of that form");
            }
            try {
                next.put(new TopicPartition(m.group(1), Integer.parseInt(m.group(2))), Long.parseLong(m.group(3)));
            } catch (NumberFormatException e) {
                throw new BadRequest("Last-Event-ID holds a partition or offset out of range");
            }
        }
        return new StreamPosition(next);
    }

    public static StreamPosition of(Map<TopicPartition, Long> next) {
        TreeMap<TopicPartition, Long> copy = new TreeMap<>(ORDER);
        copy.putAll(next);
        return new StreamPosition(copy);
    }

    /** The next offset of the partition not yet sent, or -1 when this position says nothing about it. */
    public long next(TopicPartition partition) {
        return next.getOrDefault(partition, -1L);
    }

    /** Whether the record at this offset has been sent. */
    public boolean hasSent(TopicPartition partition, long offset) {
        return offset < next(partition);
    }

    /** This position after the record at this offset. */
    public StreamPosition after(TopicPartition partition, long offset) {
        TreeMap<TopicPartition, Long> moved = new TreeMap<>(next);
        moved.merge(partition, offset + 1, Math::max);
        return new StreamPosition(moved);
    }

    public Map<TopicPartition, Long> offsets() {
        return Collections.unmodifiableMap(next);
    }

    public String token() {
        StringBuilder token = new StringBuilder();
        next.forEach((tp, offset) -> {
            if (!token.isEmpty()) {
                token.append(',');
            }
            token.append(tp.topic()).append(':').append(tp.partition()).append(':').append(offset);
        });
        return token.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreamPosition other && next.equals(other.next);
    }

    @Override
    public int hashCode() {
        return next.hashCode();
    }

    @Override
    public String toString() {
        return token();
    }
}
