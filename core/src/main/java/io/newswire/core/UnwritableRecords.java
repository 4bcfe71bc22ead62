package io.newswire.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Input records whose output Kafka refused to store (too large, invalid), with the reason. Kafka Streams 4.1 cannot
 * write a dead letter from its production exception handler (KIP-1034 came later), and under exactly-once a
 * refused write fails the whole transaction; so {@link DeadLetterProductionHandler} remembers the input record
 * here and fails the task, and when the task reads that record again {@link DeadLetters} dead-letters it, inside
 * the transaction, instead of producing the same refused output. One instance per Kafka Streams client, handed
 * to both through the Streams configuration under {@link #CONFIG}.
 */
public final class UnwritableRecords {
    /** The Streams configuration entry holding the instance. */
    public static final String CONFIG = "newswire.unwritable.records";
    private static final int REMEMBERED = 10_000;

    private final Map<String, String> reasons = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    });

    /** The instance in a Streams configuration, or an empty one of its own (a test driver without it). */
    public static UnwritableRecords from(Map<String, ?> streamsConfig) {
        Object value = streamsConfig == null ? null : streamsConfig.get(CONFIG);
        return value instanceof UnwritableRecords records ? records : new UnwritableRecords();
    }

    public void remember(String topic, int partition, long offset, String reason) {
        reasons.put(key(topic, partition, offset), reason);
    }

    public Optional<String> reasonFor(String topic, int partition, long offset) {
        if (reasons.isEmpty()) {   // nearly always: asked for every record, so no key is built for nothing
            return Optional.empty();
        }
        return Optional.ofNullable(reasons.get(key(topic, partition, offset)));
    }

    private static String key(String topic, int partition, long offset) {
        return topic + "/" + partition + "@" + offset;
    }
}
