package io.newswire.aggregate;

import io.newswire.core.DeadLetters;
import io.newswire.core.LogSafe;
import io.newswire.core.RecordLimit;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Function;

/**
 * Turns a dispatch with something aggregate does not count (late contacts, untrusted dates) into a dead letter: its
 * original bytes, with what was not counted and why in the headers of {@link DeadLetters}. The rest of the dispatch
 * is counted as usual.
 */
final class NotCountedToDeadLetters<V> implements FixedKeyProcessor<String, V, byte[]> {
    /** Contacts dated more than the grace period before their dispatch's reference date. */
    static final String LATE_STAGE = "late-contacts";
    /** Events whose dates cannot be believed. */
    static final String UNTRUSTED_STAGE = "untrusted-dates";
    private static final Logger LOG = LoggerFactory.getLogger(NotCountedToDeadLetters.class);

    private final String stage;
    private final Function<V, String> reason;
    private final Function<V, byte[]> original;
    private FixedKeyProcessorContext<String, byte[]> context;
    private RecordLimit limit;

    NotCountedToDeadLetters(String stage, Function<V, String> reason, Function<V, byte[]> original) {
        this.stage = stage;
        this.reason = reason;
        this.original = original;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
        this.context = context;
        this.limit = RecordLimit.ofStreams(context.appConfigs());
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        String why = reason.apply(record.value());
        LOG.info("Dispatch {}: {}", LogSafe.id(record.key()), LogSafe.quote(why, 500));
        context.forward(DeadLetters.letter(record, original.apply(record.value()), stage, why, null, context.recordMetadata(), limit));
    }
}
