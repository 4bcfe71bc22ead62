package io.newswire.aggregate.state;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

import java.nio.BufferUnderflowException;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The compact binary form of one kind of value only aggregate reads back (a store or a repartition topic): a byte
 * naming the kind, a byte for the format's version, then the fields. Strict: a value of another kind or version,
 * cut short, or with bytes left over is refused with a message saying so, never read as something else.
 */
public final class CompactFormat<T> implements Serializer<T>, Deserializer<T> {
    private static final ThreadLocal<CompactWriter> WRITERS = ThreadLocal.withInitial(CompactWriter::new);
    private static final int HEADER_SIZE = 2;

    private final String name;
    private final byte kind;
    private final byte version;
    private final BiConsumer<CompactWriter, T> write;
    private final Function<CompactReader, T> read;

    CompactFormat(String name, char kind, int version, BiConsumer<CompactWriter, T> write, Function<CompactReader, T> read) {
        this.name = name;
        this.kind = (byte) kind;
        this.version = (byte) version;
        this.write = write;
        this.read = read;
    }

    public Serde<T> serde() {
        return Serdes.serdeFrom(this, this);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // nothing to configure: the format is the code
    }

    @Override
    public void close() {
        // holds nothing to release
    }

    /** Whether {@code data} starts as this kind's values do (its letter), whatever the version: null is no value. */
    public boolean wrote(byte[] data) {
        return data == null || data.length > 0 && data[0] == kind;
    }

    @Override
    public byte[] serialize(String topic, T value) {
        if (value == null) {
            return null;
        }
        CompactWriter out = WRITERS.get();
        out.reset();
        out.writeByte(kind);
        out.writeByte(version);
        try {
            write.accept(out, value);
        } catch (RuntimeException e) {
            throw new SerializationException("Cannot write " + name + " for " + topic + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length < HEADER_SIZE || data[0] != kind || data[1] != version) {
            throw new SerializationException("Cannot read " + name + " from " + topic + ": not written in its compact format, version " + version
                    + " (an older version's value is refused, never read as this one: see the README's upgrade note)");
        }
        CompactReader in = new CompactReader(data, HEADER_SIZE);
        T value;
        try {
            value = read.apply(in);
        } catch (BufferUnderflowException e) {
            throw new SerializationException("Cannot read " + name + " from " + topic + ": cut short", e);
        } catch (RuntimeException e) {
            throw new SerializationException("Cannot read " + name + " from " + topic + ": " + e.getMessage(), e);
        }
        if (in.remaining() != 0) {
            throw new SerializationException("Cannot read " + name + " from " + topic + ": " + in.remaining() + " bytes left over");
        }
        return value;
    }
}
