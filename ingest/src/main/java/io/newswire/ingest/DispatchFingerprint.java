package io.newswire.ingest;

import io.newswire.schemas.Dispatch;
import io.newswire.schemas.serde.WireFormat;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.util.Utf8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content hash of a dispatch: SHA-256 over everything the sender said (not {@code received}, which is
 * ours, nor {@code format}, since the same story may come as ninjs once and NewsML-G2 another time).
 * Two sends with the same id, version and fingerprint are the same dispatch.
 */
public final class DispatchFingerprint {
    // Each request thread keeps its digest and buffers: getting a digest and a copy of every field per dispatch cost as much as hashing.
    private static final ThreadLocal<Hashing> HASHING = ThreadLocal.withInitial(Hashing::new);

    // The record reader below walks Dispatch's fields in this order: a schema change must be made there too.
    private static final List<String> RECORD_FIELDS = List.of("id", "version", "source", "language", "headline", "body", "dateline",
            "published", "received", "url", "format", "metadata");

    static {
        List<String> fields = Dispatch.getClassSchema().getFields().stream().map(Schema.Field::name).toList();
        if (!fields.equals(RECORD_FIELDS)) {
            throw new IllegalStateException("DispatchFingerprint reads a Dispatch record as " + RECORD_FIELDS + " but the schema has " + fields);
        }
    }

    private DispatchFingerprint() {
    }

    public static String of(Dispatch dispatch) {
        Hashing hashing = HASHING.get();
        hashing.digest.reset();
        hashing.add(dispatch.getId());
        hashing.add(String.valueOf(dispatch.getVersion()));
        hashing.add(dispatch.getSource());
        hashing.add(dispatch.getLanguage());
        hashing.add(dispatch.getHeadline());
        hashing.add(dispatch.getBody());
        hashing.add(dispatch.getDateline());
        return finish(hashing, dispatch);
    }

    /**
     * The same fingerprint, its strings hashed from their UTF-8 in the dispatch's record as ingest's serializer wrote it
     * (Confluent's wire format), so that the text is encoded once, by Avro, instead of once more for the hash.
     *
     * @param record {@code dispatch} serialised with Dispatch's own schema
     */
    public static String of(Dispatch dispatch, byte[] record) {
        Hashing hashing = HASHING.get();
        hashing.digest.reset();
        BinaryDecoder avro = DecoderFactory.get().binaryDecoder(record, WireFormat.HEADER_SIZE, record.length - WireFormat.HEADER_SIZE, hashing.decoder);
        hashing.decoder = avro;
        try {
            hashing.addRead(avro, false);   // id
            avro.readInt();                 // the version, hashed as its digits, as of(Dispatch) does
            hashing.add(String.valueOf(dispatch.getVersion()));
            hashing.addRead(avro, false);   // source
            hashing.addRead(avro, true);    // language
            hashing.addRead(avro, true);    // headline
            hashing.addRead(avro, false);   // body
            hashing.addRead(avro, true);    // dateline
        } catch (IOException e) {
            throw new UncheckedIOException("The dispatch's record ends early", e);
        } finally {
            hashing.releaseText();
        }
        return finish(hashing, dispatch);
    }

    /** The fields after the dateline, hashed from the dispatch by both: published, url and the metadata in key order. */
    private static String finish(Hashing hashing, Dispatch dispatch) {
        hashing.add(dispatch.getPublished() == null ? null : String.valueOf(dispatch.getPublished().toEpochMilli()));
        hashing.add(dispatch.getUrl());
        Map<String, String> metadata = dispatch.getMetadata() == null || dispatch.getMetadata().isEmpty() ? Map.of() : new TreeMap<>(dispatch.getMetadata());
        metadata.forEach((key, value) -> {
            hashing.add(key);
            hashing.add(value);
        });
        return HexFormat.of().formatHex(hashing.digest.digest());
    }

    /** One thread's digest, and the buffers a field is encoded in before it is hashed. */
    private static final class Hashing {
        private static final int KEPT_CHARS = 64 * 1024;

        private final MessageDigest digest = sha256();
        private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final byte[] length = new byte[4];
        private BinaryDecoder decoder;
        private Utf8 text = new Utf8();
        private char[] chars = new char[4096];
        private ByteBuffer bytes = ByteBuffer.allocate(3 * 4096);

        /** Length-prefixed, so ("ab", "c") and ("a", "bc") differ; null differs from empty. As String.getBytes(UTF_8) would encode it. */
        void add(String value) {
            if (value == null) {
                update(-1);
                return;
            }
            int n = value.length();
            if (chars.length < n || chars.length > KEPT_CHARS && n <= KEPT_CHARS) {
                chars = new char[Math.max(n, 4096)];
                bytes = ByteBuffer.allocate(3 * chars.length);   // at most 3 bytes per UTF-16 unit
            }
            value.getChars(0, n, chars, 0);
            bytes.clear();
            utf8.reset();
            CoderResult result = utf8.encode(CharBuffer.wrap(chars, 0, n), bytes, true);
            if (result.isOverflow()) {
                throw new IllegalStateException("UTF-8 buffer of " + bytes.capacity() + " bytes too small for " + n + " characters");
            }
            utf8.flush(bytes);
            update(bytes.position());
            digest.update(bytes.array(), 0, bytes.position());
        }

        /** The next string of the record (or null, for {@code ["null", "string"]}), hashed as {@link #add} hashes a String. */
        void addRead(BinaryDecoder avro, boolean nullable) throws IOException {
            if (nullable && avro.readIndex() == 0) {
                update(-1);
                return;
            }
            text = avro.readString(text);
            update(text.getByteLength());
            digest.update(text.getBytes(), 0, text.getByteLength());
        }

        /** Lets go of a buffer grown past what is worth keeping (one huge body). */
        void releaseText() {
            if (text.getBytes().length > 3 * KEPT_CHARS) {
                text = new Utf8();
            }
        }

        private void update(int value) {
            length[0] = (byte) (value >>> 24);
            length[1] = (byte) (value >>> 16);
            length[2] = (byte) (value >>> 8);
            length[3] = (byte) value;
            digest.update(length);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
