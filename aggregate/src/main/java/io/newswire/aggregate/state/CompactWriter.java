package io.newswire.aggregate.state;

import org.apache.kafka.common.utils.ByteUtils;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.function.BiConsumer;

/**
 * Writes one value of aggregate's own state in its compact form: numbers as varints, dates as epoch days,
 * country codes and contact ids as numbers, strings as UTF-8 after their length (-1: null). Reused from value to value.
 */
public final class CompactWriter {
    /** The value so far, in an array of its own grown by doubling: no lock and no stream call per byte. */
    private byte[] buffer = new byte[512];
    private int size;

    void reset() {
        size = 0;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    public void writeByte(int value) {
        room(1);
        buffer[size++] = (byte) value;
    }

    public void writeBoolean(boolean value) {
        writeByte(value ? 1 : 0);
    }

    /** Zig-zag, then 7 bits a byte, low bits first: what Kafka's {@code ByteUtils.writeVarint} writes. */
    public void writeInt(int value) {
        room(5);
        int v = (value << 1) ^ (value >> 31);
        while ((v & 0xFFFFFF80) != 0) {
            buffer[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[size++] = (byte) v;
    }

    /** Zig-zag, then 7 bits a byte, low bits first: what Kafka's {@code ByteUtils.writeVarlong} writes. */
    public void writeLong(long value) {
        room(10);
        long v = (value << 1) ^ (value >> 63);
        while ((v & 0xFFFFFFFFFFFFFF80L) != 0L) {
            buffer[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[size++] = (byte) v;
    }

    private void write(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    private void room(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    public void writeString(String value) {
        if (value == null) {
            writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        write(utf8);
    }

    public void writeDate(LocalDate date) {
        writeInt(Math.toIntExact(date.toEpochDay()));
    }

    /** A time to the millisecond, as Avro's timestamp-millis kept it; null allowed. */
    public void writeInstant(Instant time) {
        writeBoolean(time != null);
        if (time != null) {
            writeLong(time.toEpochMilli());
        }
    }

    /** An ISO 3166-1 alpha-3 code (three letters A-Z) as a number below 26³, in two bytes. */
    public void writeCountry(String code) {
        if (code == null || code.length() != 3) {
            throw new IllegalArgumentException("Not a three-letter country code: " + code);
        }
        int n = 0;
        for (int i = 0; i < 3; i++) {
            char c = code.charAt(i);
            if (c < 'A' || c > 'Z') {
                throw new IllegalArgumentException("Not a three-letter country code: " + code);
            }
            n = n * 26 + (c - 'A');
        }
        writeByte(n >>> 8);
        writeByte(n);
    }

    /** A pair key such as {@code RUS-TUR}: its two codes. */
    public void writePair(String pair) {
        if (pair == null || pair.length() != 7 || pair.charAt(3) != '-') {
            throw new IllegalArgumentException("Not a country pair: " + pair);
        }
        writeCountry(pair.substring(0, 3));
        writeCountry(pair.substring(4));
    }

    /** A contact id ({@code c-} and 16 hex digits, as {@code ContactIdentity} makes them) as its 8 bytes. */
    public void writeContactId(String id) {
        if (id == null || id.length() != 18 || !id.startsWith("c-") || !id.substring(2).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("Not a contact id (c- and 16 lower-case hex digits): " + id);
        }
        long hash = HexFormat.fromHexDigitsToLong(id, 2, 18);
        for (int shift = 56; shift >= 0; shift -= 8) {
            writeByte((int) (hash >>> shift));
        }
    }

    public <T> void writeList(Collection<T> items, BiConsumer<CompactWriter, T> item) {
        writeInt(items.size());
        items.forEach(i -> item.accept(this, i));
    }
}
