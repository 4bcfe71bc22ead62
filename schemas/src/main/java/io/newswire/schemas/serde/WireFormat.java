package io.newswire.schemas.serde;

import org.apache.kafka.common.errors.SerializationException;

import java.nio.ByteBuffer;

/** Confluent's wire format: magic byte 0, a 4-byte big-endian schema id, then the Avro binary payload. */
public final class WireFormat {
    public static final byte MAGIC_BYTE = 0x0;
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    /** Subject name under TopicNameStrategy: {@code <topic>-key} or {@code <topic>-value}. */
    public static String subject(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }

    public static ByteBuffer header(int schemaId, int payloadSize) {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_SIZE + payloadSize);
        buffer.put(MAGIC_BYTE).putInt(schemaId);
        return buffer;
    }

    /** Reads the schema id from the header, leaving the buffer at the start of the Avro payload. */
    public static int readSchemaId(ByteBuffer buffer) {
        if (buffer.remaining() < HEADER_SIZE) {
            throw new SerializationException("Record of " + buffer.remaining() + " bytes is too short for the Confluent wire format");
        }
        byte magic = buffer.get();
        if (magic != MAGIC_BYTE) {
            throw new SerializationException("Unknown magic byte " + magic + ": not in the Confluent wire format");
        }
        return buffer.getInt();
    }
}
