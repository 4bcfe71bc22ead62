package io.newswire.aggregate;

import io.newswire.schemas.registry.SchemaRegistry;
import io.newswire.schemas.serde.WireFormat;
import io.newswire.schemas.serde.WireFormatAvroDeserializer;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Values only aggregate itself reads back (its stores and repartition topics) in Avro's single-object encoding
 * (C3 01, the schema's CRC-64-AVRO fingerprint, then the record): no registry on the way in or out. Values written
 * before, in Confluent's wire format (magic byte 0), are still read through the registry, so the state and the
 * in-flight repartition records of an older version restore as they are.
 */
final class InternalAvroSerde {
    private static final int HEADER_SIZE = 10;

    private InternalAvroSerde() {
    }

    static <T extends SpecificRecord> Serde<T> of(Class<T> type, SchemaRegistry registry) {
        SpecificData model = SpecificData.getForClass(type);
        Schema schema = model.getSchema(type);
        byte[] header = header(schema);
        @SuppressWarnings("unchecked")
        DatumWriter<T> writer = (DatumWriter<T>) model.createDatumWriter(schema);
        @SuppressWarnings("unchecked")
        DatumReader<T> reader = (DatumReader<T>) model.createDatumReader(schema, schema);
        return Serdes.serdeFrom(new Writer<>(header, writer, schema.getFullName()),
                new Reader<>(header, reader, new WireFormatAvroDeserializer<>(registry, type), schema.getFullName()));
    }

    /** Avro's single-object header: marker C3 01 and the 64-bit fingerprint of the schema's parsing form, little-endian. */
    private static byte[] header(Schema schema) {
        return ByteBuffer.allocate(HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 0xC3).put((byte) 0x01).putLong(SchemaNormalization.parsingFingerprint64(schema)).array();
    }

    private record Writer<T>(byte[] header, DatumWriter<T> writer, String name) implements Serializer<T> {
        private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

        @Override
        public byte[] serialize(String topic, T value) {
            if (value == null) {
                return null;
            }
            Buffer out = BUFFERS.get();
            try {
                out.reset();
                out.write(header);
                out.encoder = EncoderFactory.get().binaryEncoder(out, out.encoder);
                writer.write(value, out.encoder);
                out.encoder.flush();
                return out.toByteArray();
            } catch (IOException | RuntimeException e) {
                out.encoder = null;   // a failed write may leave bytes in the encoder's buffer
                throw new SerializationException("Cannot serialise " + name + " for " + topic + ": " + e.getMessage(), e);
            }
        }
    }

    /** One per thread, reused from record to record. */
    private static final class Buffer extends ByteArrayOutputStream {
        BinaryEncoder encoder;

        Buffer() {
            super(1024);
        }
    }

    private record Reader<T>(byte[] header, DatumReader<T> reader, Deserializer<T> older, String name) implements Deserializer<T> {
        private static final ThreadLocal<BinaryDecoder> DECODERS = new ThreadLocal<>();

        @Override
        public T deserialize(String topic, byte[] data) {
            if (data == null) {
                return null;
            }
            if (data.length > 0 && data[0] == WireFormat.MAGIC_BYTE) {
                return older.deserialize(topic, data);
            }
            if (data.length < HEADER_SIZE || !Arrays.equals(data, 0, HEADER_SIZE, header, 0, HEADER_SIZE)) {
                throw new SerializationException("Cannot deserialise " + name + " from " + topic + ": not written with its current schema");
            }
            try {
                BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, HEADER_SIZE, data.length - HEADER_SIZE, DECODERS.get());
                DECODERS.set(decoder);
                return reader.read(null, decoder);
            } catch (IOException | RuntimeException e) {
                DECODERS.remove();
                throw new SerializationException("Cannot deserialise " + name + " from " + topic + ": " + e.getMessage(), e);
            }
        }
    }
}
