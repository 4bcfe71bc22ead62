package io.newswire.aggregate;

import io.newswire.aggregate.ContactReader.ContactReading;
import io.newswire.core.DeadLetters;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;

/**
 * Turns a dispatch with late contacts into a dead letter: its original bytes, with the late contacts and why
 * in the headers of {@link DeadLetters}. Its other contacts are counted as usual.
 */
final class LateContactsToDeadLetters implements FixedKeyProcessor<String, ContactReading, byte[]> {
    static final String STAGE = "late-contacts";
    private static final Logger LOG = LoggerFactory.getLogger(LateContactsToDeadLetters.class);
    private FixedKeyProcessorContext<String, byte[]> context;

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, ContactReading> record) {
        ContactReading reading = record.value();
        String reason = "late contact(s) not counted: " + String.join("; ", reading.lateContacts());
        LOG.info("Dispatch {} v{}: {}", record.key(), reading.received().version(), reason);
        Headers headers = new RecordHeaders(record.headers().toArray());  // a copy: other branches see the record too
        put(headers, DeadLetters.REASON, reason);
        put(headers, DeadLetters.STAGE, STAGE);
        context.recordMetadata().ifPresent(m -> {
            put(headers, DeadLetters.SOURCE_TOPIC, m.topic());
            put(headers, DeadLetters.SOURCE_PARTITION, Integer.toString(m.partition()));
            put(headers, DeadLetters.SOURCE_OFFSET, Long.toString(m.offset()));
        });
        context.forward(record.withValue(reading.received().original()).withHeaders(headers));
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
