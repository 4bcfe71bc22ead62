package io.newswire.aggregate.state;

import org.apache.kafka.common.utils.ByteUtils;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/** Reads what {@link CompactWriter} wrote, in the same order; running past the end throws {@link BufferUnderflowException}. */
public final class CompactReader {
    private static final HexFormat HEX = HexFormat.of();
    private final ByteBuffer in;

    CompactReader(byte[] data, int offset) {
        this.in = ByteBuffer.wrap(data, offset, data.length - offset);
    }

    int remaining() {
        return in.remaining();
    }

    public int readByte() {
        return in.get() & 0xFF;
    }

    public boolean readBoolean() {
        int b = readByte();
        if (b > 1) {
            throw new IllegalArgumentException("Not a boolean: " + b);
        }
        return b == 1;
    }

    public int readInt() {
        return ByteUtils.readVarint(in);
    }

    public long readLong() {
        return ByteUtils.readVarlong(in);
    }

    public String readString() {
        int length = readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0) {
            throw new IllegalArgumentException("String of " + length + " bytes");
        }
        if (length > in.remaining()) {
            throw new BufferUnderflowException();
        }
        String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    public LocalDate readDate() {
        return LocalDate.ofEpochDay(readInt());
    }

    public Instant readInstant() {
        return readBoolean() ? Instant.ofEpochMilli(readLong()) : null;
    }

    public String readCountry() {
        int n = in.getShort() & 0xFFFF;
        if (n >= 26 * 26 * 26) {
            throw new IllegalArgumentException("Not a country code: " + n);
        }
        return new String(new char[] {(char) ('A' + n / 676), (char) ('A' + n / 26 % 26), (char) ('A' + n % 26)});
    }

    public String readPair() {
        return readCountry() + "-" + readCountry();
    }

    public String readContactId() {
        return "c-" + HEX.toHexDigits(in.getLong());
    }

    public <T> List<T> readList(Function<CompactReader, T> item) {
        int size = readInt();
        if (size < 0) {
            throw new IllegalArgumentException("List of " + size + " items");
        }
        if (size > in.remaining()) {   // each item takes a byte at least
            throw new BufferUnderflowException();
        }
        List<T> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(item.apply(this));
        }
        return items;
    }
}
