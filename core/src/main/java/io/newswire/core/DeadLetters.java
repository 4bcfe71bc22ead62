package io.newswire.core;

import io.newswire.schemas.registry.SchemaRegistryException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Keeps a Streams app running when a record cannot be read, processed or written: the record's original bytes go
 * to the dead-letter topic, unchanged, with the reason in headers; every other record flows on. Because the dead
 * letter is written by the topology itself, it is part of the same exactly-once transaction. Records whose output
 * Kafka refused ({@link UnwritableRecords}) are dead-lettered the same way when they are read again.
 */
public final class DeadLetters {
    public static final String REASON = "newswire.dlq.reason";
    public static final String STAGE = "newswire.dlq.stage";
    public static final String EXCEPTION = "newswire.dlq.exception";
    public static final String SOURCE_TOPIC = "newswire.dlq.topic";
    public static final String SOURCE_PARTITION = "newswire.dlq.partition";
    public static final String SOURCE_OFFSET = "newswire.dlq.offset";
    /** Size of the original record when it was too large to copy into the dead letter (the value is then empty). */
    public static final String ORIGINAL_BYTES = "newswire.dlq.original.bytes";
    /** Stage of a record whose output Kafka refused to store. */
    public static final String WRITE_STAGE = "write";
    private static final int MAX_REASON_CHARS = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    /** A step that may throw on a bad record. */
    @FunctionalInterface
    public interface Step<V> {
        V apply(String key, byte[] value) throws Exception;
    }

    /**
     * Applies {@code step} to each raw record. Results flow on; a record whose step throws (or returns null), or
     * whose output Kafka refused before, goes to {@code deadLetterTopic} with its original bytes and the reason.
     */
    public static <V> KStream<String, V> tryMapValues(KStream<String, byte[]> input, String stage, Step<V> step, String deadLetterTopic) {
        KStream<String, Outcome<V>> outcomes = input.processValues(() -> new Attempt<>(stage, step), Named.as(stage));
        return route(outcomes, stage, deadLetterTopic);
    }

    /**
     * Lets typed records through, except those whose output Kafka refused before: they go to the dead-letter topic
     * as {@code original} bytes (given the topic they were read from), with the reason. For the start of each
     * sub-topology that does not read raw bytes (after a repartition).
     */
    public static <V> KStream<String, V> withoutUnwritable(KStream<String, V> input, String stage, BiFunction<String, V, byte[]> original,
                                                           String deadLetterTopic) {
        KStream<String, Outcome<V>> outcomes = input.processValues(() -> new Screen<>(original), Named.as(stage));
        return route(outcomes, stage, deadLetterTopic);
    }

    private static <V> KStream<String, V> route(KStream<String, Outcome<V>> outcomes, String stage, String deadLetterTopic) {
        Map<String, KStream<String, Outcome<V>>> branches = outcomes.split(Named.as(stage + "-"))
                .branch((key, outcome) -> outcome.failed(), Branched.as("failed"))
                .defaultBranch(Branched.as("ok"));
        branches.get(stage + "-failed")
                .mapValues(Outcome::original, Named.as(stage + "-dead-letter-bytes"))
                .to(deadLetterTopic, Produced.<String, byte[]>with(Serdes.String(), Serdes.ByteArray()).withName(stage + "-dead-letters"));
        return branches.get(stage + "-ok").mapValues(Outcome::value, Named.as(stage + "-result"));
    }

    /**
     * The dead letter of a record: its original bytes and headers, plus the reason, stage, exception and where it
     * was read. When that would be too large to write, the value and the original headers are left out and
     * {@link #ORIGINAL_BYTES} gives the size: the record itself is still on its topic, at the offset given.
     */
    public static FixedKeyRecord<String, byte[]> letter(FixedKeyRecord<String, ?> record, byte[] original, String stage, String reason,
                                                        Throwable error, Optional<RecordMetadata> source, RecordLimit limit) {
        Headers headers = new RecordHeaders(record.headers().toArray());  // a copy: other branches may see the record too
        stamp(headers, stage, reason, error, source);
        byte[] value = original == null ? new byte[0] : original;
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        if (!limit.fits(key, value, headers)) {
            int size = RecordLimit.sizeOf(key, value, headers);
            headers = new RecordHeaders();
            stamp(headers, stage, reason, error, source);
            put(headers, ORIGINAL_BYTES, Integer.toString(size));
            value = new byte[0];
        }
        return record.withValue(value).withHeaders(headers);
    }

    /** Adds the dead-letter headers (the shared vocabulary) to {@code headers}, replacing earlier ones. */
    public static void stamp(Headers headers, String stage, String reason, Throwable error, Optional<RecordMetadata> source) {
        stamp(headers, stage, reason, error);
        source.ifPresent(m -> readFrom(headers, m.topic(), m.partition(), m.offset()));
    }

    /** The reason, stage and exception (when there is one) of a dead letter. */
    public static void stamp(Headers headers, String stage, String reason, Throwable error) {
        put(headers, REASON, LogSafe.quote(reason, MAX_REASON_CHARS));
        put(headers, STAGE, stage);
        if (error != null) {
            put(headers, EXCEPTION, error.getClass().getName());
        }
    }

    /** Where the record of a dead letter was read. */
    public static void readFrom(Headers headers, String topic, int partition, long offset) {
        put(headers, SOURCE_TOPIC, topic);
        put(headers, SOURCE_PARTITION, Integer.toString(partition));
        put(headers, SOURCE_OFFSET, Long.toString(offset));
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A failure that is not the record's fault (a dependency is down): the app retries the record. */
    public static final class RetriableProcessingException extends RuntimeException {
        RetriableProcessingException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What one attempt gave: a value, or the original bytes of a record that failed, as its dead letter. */
    public record Outcome<V>(V value, byte[] original) {
        boolean failed() {
            return value == null;
        }
    }

    /** Shared by the processors that dead-letter: the context, what Kafka refused before, and the record limit. */
    private abstract static class DeadLettering<I, V> implements FixedKeyProcessor<String, I, Outcome<V>> {
        FixedKeyProcessorContext<String, Outcome<V>> context;
        private UnwritableRecords unwritable;
        private RecordLimit limit;

        @Override
        public void init(FixedKeyProcessorContext<String, Outcome<V>> context) {
            this.context = context;
            this.unwritable = UnwritableRecords.from(context.appConfigs());
            this.limit = RecordLimit.ofStreams(context.appConfigs());
        }

        /** Why Kafka refused this record's output before, if it did. */
        Optional<String> refusedBefore() {
            return context.recordMetadata().flatMap(m -> unwritable.reasonFor(m.topic(), m.partition(), m.offset()));
        }

        void deadLetter(FixedKeyRecord<String, I> record, byte[] original, String stage, String reason, Throwable error) {
            Optional<RecordMetadata> meta = context.recordMetadata();
            LOG.warn("Dead letter at {} for key {} ({}:{}@{}): {}", stage, LogSafe.id(record.key()),
                    meta.map(RecordMetadata::topic).orElse("?"), meta.map(RecordMetadata::partition).orElse(-1),
                    meta.map(RecordMetadata::offset).orElse(-1L), LogSafe.quote(reason, 500));
            FixedKeyRecord<String, byte[]> letter = letter(record, original, stage, reason, error, meta, limit);
            context.forward(letter.withValue(new Outcome<V>(null, letter.value())));
        }
    }

    private static final class Attempt<V> extends DeadLettering<byte[], V> {
        private final String stage;
        private final Step<V> step;

        Attempt(String stage, Step<V> step) {
            this.stage = stage;
            this.step = step;
        }

        @Override
        public void process(FixedKeyRecord<String, byte[]> record) {
            Optional<String> refused = refusedBefore();
            if (refused.isPresent()) {
                deadLetter(record, record.value(), WRITE_STAGE, refused.get(), null);
                return;
            }
            V value;
            try {
                value = step.apply(record.key(), record.value());
            } catch (Exception e) {
                if (isTransient(e)) {
                    // The registry being down says nothing about the record: fail the task so it is retried, not dead-lettered.
                    throw new RetriableProcessingException("Transient failure at " + stage + " for key " + LogSafe.id(record.key()), e);
                }
                deadLetter(record, record.value(), stage, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
                return;
            }
            if (value == null) {
                deadLetter(record, record.value(), stage, "empty result", null);
                return;
            }
            // Outside the try: a failure downstream (a refused write) is not this record's processing failure.
            context.forward(record.withValue(new Outcome<>(value, null)));
        }

        private static boolean isTransient(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SchemaRegistryException registry && registry.isUnavailable()) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Screen<V> extends DeadLettering<V, V> {
        private final BiFunction<String, V, byte[]> original;

        Screen(BiFunction<String, V, byte[]> original) {
            this.original = original;
        }

        @Override
        public void process(FixedKeyRecord<String, V> record) {
            Optional<String> refused = refusedBefore();
            if (refused.isPresent()) {
                String topic = context.recordMetadata().map(RecordMetadata::topic).orElse(null);
                deadLetter(record, original.apply(topic, record.value()), WRITE_STAGE, refused.get(), null);
            } else {
                context.forward(record.withValue(new Outcome<>(record.value(), null)));
            }
        }
    }
}
