package io.newswire.schemas.serde;

import io.newswire.schemas.registry.SchemaRegistry;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
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
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            out.write(WireFormat.MAGIC_BYTE);
            out.write(new byte[] {(byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id});
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            new SpecificDatumWriter<T>(schema).write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot serialise " + schema.getFullName() + " for topic " + topic + ": " + e.getMessage(), e);
        }
    }
}
