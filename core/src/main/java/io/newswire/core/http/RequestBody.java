package io.newswire.core.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.http.BadMessageException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body the one safe way: bounded, and with every way a body can fail to arrive (a bad chunk size, a
 * body cut short, a sender slower than {@code http.min.body.bytes.per.second}) turned into a 4xx that names it. Javalin's
 * own {@code ctx.bodyAsBytes()} answers such bodies with an empty 500.
 */
public final class RequestBody {
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

    /** The whole body, at most {@code limit} bytes. */
    public static byte[] read(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw new TooLarge(declared, limit);
        }
        try {
            InputStream in = ctx.req().getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, 64 * 1024));
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > limit) {
                    throw new TooLarge(-1, limit);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException | BadMessageException e) {
            throw unreadable(e);
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
