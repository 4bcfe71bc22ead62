package io.newswire.core;

import io.newswire.schemas.registry.SchemaRegistryException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Keeps a Streams app running when a record cannot be read or processed: the record's original bytes go
 * to the dead-letter topic, unchanged, with the reason in headers; every other record flows on. Because
 * the dead letter is written by the topology itself, it is part of the same exactly-once transaction.
 */
public final class DeadLetters {
    public static final String REASON = "newswire.dlq.reason";
    public static final String STAGE = "newswire.dlq.stage";
    public static final String EXCEPTION = "newswire.dlq.exception";
    public static final String SOURCE_TOPIC = "newswire.dlq.topic";
    public static final String SOURCE_PARTITION = "newswire.dlq.partition";
    public static final String SOURCE_OFFSET = "newswire.dlq.offset";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    /** A step that may throw on a bad record. */
    @FunctionalInterface
    public interface Step<V> {
        V apply(String key, byte[] value) throws Exception;
    }

    /**
     * Applies {@code step} to each raw record. Results flow on; a record whose step throws (or returns
     * null) goes to {@code deadLetterTopic} with its original bytes and the reason.
     */
    public static <V> KStream<String, V> tryMapValues(KStream<String, byte[]> input, String stage, Step<V> step, String deadLetterTopic) {
        KStream<String, Outcome<V>> outcomes = input.processValues(() -> new Attempt<>(stage, step), Named.as(stage));
        Map<String, KStream<String, Outcome<V>>> branches = outcomes.split(Named.as(stage + "-"))
                .branch((key, outcome) -> outcome.failed(), Branched.as("failed"))
                .defaultBranch(Branched.as("ok"));
        branches.get(stage + "-failed")
                .mapValues(Outcome::original, Named.as(stage + "-dead-letter-bytes"))
                .to(deadLetterTopic, Produced.<String, byte[]>with(Serdes.String(), Serdes.ByteArray()).withName(stage + "-dead-letters"));
        return branches.get(stage + "-ok").mapValues(Outcome::value, Named.as(stage + "-result"));
    }

    /** A failure that is not the record's fault (a dependency is down): the app retries the record. */
    public static final class RetriableProcessingException extends RuntimeException {
        RetriableProcessingException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What one attempt gave: a value, or the original bytes of a record that failed. */
    public record Outcome<V>(V value, byte[] original) {
        boolean failed() {
            return value == null;
        }
    }

    private static final class Attempt<V> implements FixedKeyProcessor<String, byte[], Outcome<V>> {
        private final String stage;
        private final Step<V> step;
        private FixedKeyProcessorContext<String, Outcome<V>> context;

        Attempt(String stage, Step<V> step) {
            this.stage = stage;
            this.step = step;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, Outcome<V>> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, byte[]> record) {
            String reason;
            Exception error = null;
            try {
                V value = step.apply(record.key(), record.value());
                if (value != null) {
                    context.forward(record.withValue(new Outcome<>(value, null)));
                    return;
                }
                reason = "empty result";
            } catch (Exception e) {
                if (isTransient(e)) {
                    // The registry being down says nothing about the record: fail the task so it is retried, not dead-lettered.
                    throw new RetriableProcessingException("Transient failure at " + stage + " for key " + record.key(), e);
                }
                error = e;
                reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            var meta = context.recordMetadata();
            LOG.warn("Dead letter at {} for key {} ({}:{}@{}): {}", stage, record.key(),
                    meta.map(m -> m.topic()).orElse("?"), meta.map(m -> m.partition()).orElse(-1), meta.map(m -> m.offset()).orElse(-1L), reason);
            Headers headers = record.headers();
            put(headers, REASON, reason);
            put(headers, STAGE, stage);
            if (error != null) {
                put(headers, EXCEPTION, error.getClass().getName());
            }
            meta.ifPresent(m -> {
                put(headers, SOURCE_TOPIC, m.topic());
                put(headers, SOURCE_PARTITION, Integer.toString(m.partition()));
                put(headers, SOURCE_OFFSET, Long.toString(m.offset()));
            });
            byte[] original = record.value() == null ? new byte[0] : record.value();
            context.forward(record.withValue(new Outcome<V>(null, original)).withHeaders(headers));
        }

        private static boolean isTransient(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SchemaRegistryException registry && registry.isUnavailable()) {
                    return true;
                }
            }
            return false;
        }

        private static void put(Headers headers, String name, String value) {
            headers.remove(name);
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
