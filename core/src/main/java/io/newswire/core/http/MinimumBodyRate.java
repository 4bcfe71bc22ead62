package io.newswire.core.http;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpStatus;

import java.time.Duration;

/**
 * The slowest one request body may arrive: {@code http.min.body.bytes.per.second} on average, counted after a grace
 * period, as Apache's mod_reqtimeout does. Jetty 11's own check counts from the first byte at every read, so a 10-byte
 * body read 20 ms late on a loaded machine was answered 408 as if its sender were slow.
 */
final class MinimumBodyRate {
    /** Time any body has before its rate counts: longer than a request waits for a thread on a busy machine. */
    static final Duration GRACE = Duration.ofSeconds(1);

    private final long bytesPerSecond;
    private final long begunNanos;
    private long arrived;

    /** @param bytesPerSecond the minimum average rate; 0 for none */
    MinimumBodyRate(long bytesPerSecond, long begunNanos) {
        this.bytesPerSecond = bytesPerSecond;
        this.begunNanos = begunNanos;
    }

    /**
     * Counts {@code bytes} more of the body, read at {@code nowNanos}.
     *
     * @throws BadMessageException 408 when the body has arrived slower than the minimum since the grace ended
     */
    void arrived(int bytes, long nowNanos) {
        arrived += bytes;
        long counted = nowNanos - begunNanos - GRACE.toNanos();
        if (bytesPerSecond > 0 && counted > 0 && arrived < bytesPerSecond * (counted / 1_000_000) / 1000) {
            throw new BadMessageException(HttpStatus.REQUEST_TIMEOUT_408, "Request body data rate < " + bytesPerSecond + " B/s on average ("
                    + arrived + " bytes in " + (nowNanos - begunNanos) / 1_000_000 + " ms)");
        }
    }
}
