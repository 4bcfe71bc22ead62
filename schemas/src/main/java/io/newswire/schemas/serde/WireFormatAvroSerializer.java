package io.newswire.schemas.serde;

import io.newswire.schemas.registry.SchemaRegistry;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes Avro records (specific or generic) in Confluent's wire format, registering the writer schema
 * under the TopicNameStrategy subject on first use. Registry answers are cached per topic and schema.
 */
public class WireFormatAvroSerializer<T extends GenericContainer> implements Serializer<T> {
    private final SchemaRegistry registry;
    private final boolean isKey;
    private final Map<String, Map<Schema, Integer>> ids = new ConcurrentHashMap<>();
    private final Map<Schema, DatumWriter<T>> specificWriters = new ConcurrentHashMap<>();
    private final Map<Schema, DatumWriter<T>> genericWriters = new ConcurrentHashMap<>();
    private final ThreadLocal<BinaryEncoder> encoders = new ThreadLocal<>();
    private final ThreadLocal<RecordBuffer> buffers = ThreadLocal.withInitial(RecordBuffer::new);

    public WireFormatAvroSerializer(SchemaRegistry registry, boolean isKey) {
        this.registry = registry;
        this.isKey = isKey;
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        Schema schema = record.getSchema();
        int id = ids.computeIfAbsent(topic, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(schema, s -> registry.register(WireFormat.subject(topic, isKey), s));
        RecordBuffer out = buffers.get();
        try {
            out.reset();
            out.write(WireFormat.MAGIC_BYTE);
            out.write(new byte[] {(byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id});
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, encoders.get());
            encoders.set(encoder);
            writerFor(record).write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            encoders.remove();   // a failed write may leave bytes in the encoder's buffer
            throw new SerializationException("Cannot serialise " + schema.getFullName() + " for topic " + topic + ": " + e.getMessage(), e);
        } finally {
            out.release();
        }
    }

    /**
     * The model of a generated class with Avro's generated coders switched on: a record without logical types (a
     * mention, an actor, a country, a piece of evidence) writes its own fields, in schema order, instead of being
     * walked field by field through the schema. The bytes are the same (Avro's binary encoding has one form); the
     * model's logical-type conversions are kept for the records that still go through the schema. A copy, so the
     * generated class's shared model is left as it is.
     */
    static SpecificData withCustomCoders(SpecificData model) {
        SpecificData coded = new SpecificData(model.getClassLoader());
        model.getConversions().forEach(coded::addLogicalTypeConversion);
        coded.setCustomCoders(true);
        return coded;
    }

    /** One buffer per thread, reused from record to record, so that a large record does not grow a new one by doubling each time. */
    private static final class RecordBuffer extends ByteArrayOutputStream {
        private static final int KEPT_BYTES = 1 << 20;

        RecordBuffer() {
            super(8192);
        }

        /** Lets go of a buffer grown past what is worth keeping (one huge record). */
        void release() {
            if (buf.length > KEPT_BYTES) {
                buf = new byte[8192];
            }
        }
    }

    // Specific records carry logical types as Instant/LocalDate; generic ones as plain long/int, so no conversions.
    private DatumWriter<T> writerFor(T record) {
        if (record instanceof SpecificRecord) {
            return specificWriters.computeIfAbsent(record.getSchema(), s -> new SpecificDatumWriter<>(s, withCustomCoders(SpecificData.getForSchema(s))));
        }
        return genericWriters.computeIfAbsent(record.getSchema(), s -> new GenericDatumWriter<>(s, GenericData.get()));
    }
}
