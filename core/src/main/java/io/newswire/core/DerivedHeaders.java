package io.newswire.core;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import java.nio.charset.StandardCharsets;

/**
 * The headers of a record an app derives (enriched dispatches, events, contact counts, alerts): what the record is and
 * which app made it, never the headers of the record that triggered it (a dispatch's {@code newswire.dispatch.sha256}
 * and {@code .version} describe that dispatch, not a contact count that one of its versions changed).
 */
public final class DerivedHeaders {
    /** The Avro record the value holds, e.g. {@code io.newswire.schemas.ContactCount}. */
    public static final String SCHEMA = "newswire.record.schema";
    /** The app that wrote the record: enrich or aggregate. */
    public static final String PRODUCER = "newswire.record.producer";

    private DerivedHeaders() {
    }

    public static Headers of(String app, String schema) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(SCHEMA, schema.getBytes(StandardCharsets.UTF_8));
        headers.add(PRODUCER, app.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    /** A step that gives each record these headers in place of the ones it inherited. */
    public static <V> FixedKeyProcessor<String, V, V> replacing(String app, String schema) {
        return new FixedKeyProcessor<>() {
            private FixedKeyProcessorContext<String, V> context;

            @Override
            public void init(FixedKeyProcessorContext<String, V> context) {
                this.context = context;
            }

            @Override
            public void process(FixedKeyRecord<String, V> record) {
                context.forward(record.withHeaders(of(app, schema)));
            }
        };
    }
}
