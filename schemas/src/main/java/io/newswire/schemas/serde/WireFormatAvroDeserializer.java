package io.newswire.schemas.serde;

import io.newswire.schemas.registry.SchemaRegistry;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads Confluent wire-format records into a specific Avro class, resolving the writer schema
 * (fetched by id and cached) against the class's own schema, so older and newer writers both read.
 */
public class WireFormatAvroDeserializer<T> implements Deserializer<T> {
    private final SchemaRegistry registry;
    private final Schema readerSchema;
    private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();

    public WireFormatAvroDeserializer(SchemaRegistry registry, Class<T> type) {
        this.registry = registry;
        this.readerSchema = SpecificData.get().getSchema(type);
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        int id = WireFormat.readSchemaId(buffer);
        try {
            DatumReader<T> reader = readers.computeIfAbsent(id, i -> new SpecificDatumReader<>(registry.getById(i), readerSchema));
            return reader.read(null, DecoderFactory.get().binaryDecoder(data, buffer.position(), buffer.remaining(), null));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot deserialise " + readerSchema.getFullName() + " with schema id " + id + " from topic " + topic + ": " + e.getMessage(), e);
        }
    }
}
