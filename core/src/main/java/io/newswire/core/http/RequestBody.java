package io.newswire.core.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.http.BadMessageException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a request body the one safe way: bounded, and with every way a body can fail to arrive (a bad chunk size, a
 * body cut short, a sender slower than {@code http.min.body.bytes.per.second}) turned into a 4xx that names it. Javalin's
 * own {@code ctx.bodyAsBytes()} answers such bodies with an empty 500.
 */
public final class RequestBody {
    private static final int FIRST_CHUNKED_BYTES = 8 * 1024;

    private RequestBody() {
    }

    /** A body over the limit: 413. {@code size} is what was declared or read, -1 when unknown. */
    public static final class TooLarge extends HttpResponseException {
        private final long size;

        TooLarge(long size, long limit) {
            super(413, "The request body is " + (size < 0 ? "more than " + limit + " bytes" : size + " bytes") + ", over the limit of " + limit + " bytes");
            this.size = size;
        }

        public long size() {
            return size;
        }
    }

    /** A body that could not be read: 400, or 408 when it arrived too slowly. */
    public static final class Unreadable extends HttpResponseException {
        Unreadable(int status, String message) {
            super(status, message);
        }
    }

    /**
     * The whole body, at most {@code limit} bytes, in one array of its size when the sender declared it (the common
     * case): nothing is allocated beyond the body. A chunked body grows an array from a small start instead.
     */
    public static byte[] read(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw new TooLarge(declared, limit);
        }
        try {
            InputStream in = ctx.req().getInputStream();
            return declared >= 0 ? readDeclared(in, (int) declared) : readChunked(in, limit);
        } catch (IOException | BadMessageException e) {
            throw unreadable(e);
        }
    }

    private static byte[] readDeclared(InputStream in, int declared) throws IOException {
        byte[] body = new byte[declared];
        int read = in.readNBytes(body, 0, declared);   // into the body itself: InputStream.readNBytes(n) would copy through 8 KiB pieces
        if (read < declared) {
            throw new Unreadable(400, "The request body ended after " + read + " of the " + declared + " bytes its Content-Length declares");
        }
        // Read on to the end, which the server keeps the body's framing to: that tells it the body is in (BodyReaders).
        if (in.read() != -1) {
            throw new Unreadable(400, "The request body is longer than the " + declared + " bytes its Content-Length declares");
        }
        return body;
    }

    private static byte[] readChunked(InputStream in, long limit) throws IOException {
        byte[] body = new byte[(int) Math.min(limit, FIRST_CHUNKED_BYTES)];
        int total = 0;
        while (true) {
            if (total == body.length) {
                if (total >= limit) {
                    if (in.read() == -1) {
                        return body;
                    }
                    throw new TooLarge(-1, limit);
                }
                body = Arrays.copyOf(body, (int) Math.min(limit, 2L * total));
            }
            int n = in.read(body, total, body.length - total);
            if (n == -1) {
                return total == body.length ? body : Arrays.copyOf(body, total);
            }
            total += n;
        }
    }

    /** Reads and drops what is left of a body, up to {@code budget} bytes, so the client reads the answer rather than a reset. */
    public static void drain(Context ctx, long budget) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = ctx.req().getInputStream();
            for (int n; budget > 0 && (n = in.read(buffer)) != -1; ) {
                budget -= n;
            }
        } catch (IOException | BadMessageException e) {
            // the client went away or broke off: nothing more to read
        }
    }

    private static Unreadable unreadable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadMessageException bad) {
                return bad.getCode() == 408
                        ? new Unreadable(408, "The request body arrived too slowly: " + bad.getReason())
                        : new Unreadable(bad.getCode() >= 400 && bad.getCode() < 500 ? bad.getCode() : 400,
                        "The request body could not be read (bad chunked encoding, or the body ended early): " + bad.getReason());
            }
        }
        return new Unreadable(400, "The request body could not be read (bad chunked encoding, or the body ended early): " + e.getMessage());
    }
}
