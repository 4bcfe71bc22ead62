package io.newswire.ingest;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The body of the answer to a stored dispatch, {@code {"id":"...","version":2}} (and {@code "duplicate":true} for a
 * send already published), written from pre-encoded parts: every 202 has it, and a mapper and a map per answer cost
 * more than the rest of the answer.
 */
final class StoredAnswer {
    private static final byte[] BEFORE_ID = "{\"id\":\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BEFORE_VERSION = "\",\"version\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] END = "}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DUPLICATE_END = ",\"duplicate\":true}".getBytes(StandardCharsets.UTF_8);

    private StoredAnswer() {
    }

    /** @param receipt a published or duplicate receipt, with its id and version */
    static byte[] of(Receipt receipt) {
        byte[] id = JsonStringEncoder.getInstance().quoteAsUTF8(receipt.id());
        byte[] version = Integer.toString(receipt.version()).getBytes(StandardCharsets.US_ASCII);
        byte[] end = receipt.outcome() == Receipt.Outcome.DUPLICATE ? DUPLICATE_END : END;
        byte[] body = Arrays.copyOf(BEFORE_ID, BEFORE_ID.length + id.length + BEFORE_VERSION.length + version.length + end.length);
        int at = BEFORE_ID.length;
        at = put(body, at, id);
        at = put(body, at, BEFORE_VERSION);
        at = put(body, at, version);
        put(body, at, end);
        return body;
    }

    private static int put(byte[] body, int at, byte[] part) {
        System.arraycopy(part, 0, body, at, part.length);
        return at + part.length;
    }
}
