package io.newswire.core.http;

import io.newswire.core.CommonConfig;

import java.time.Duration;
import java.util.Map;

/**
 * How one app's HTTP server listens and what it bears: the address and port are the app's own keys, the limits are
 * the shared {@code http.*} keys, and the largest body is the app's to say (ingest's dispatches, the registry's schemas).
 */
public record HttpSettings(String host, int port, int maxConnections, int maxThreads, Duration idleTimeout, Duration headerTimeout,
                           int maxHeaderBytes, long maxBodyBytes, int minBodyBytesPerSecond) {

    /** The address every app listens on unless told otherwise: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    /** The shared limits from {@code config}, with the app's own address, port and largest body. */
    public static HttpSettings of(CommonConfig config, String host, int port, long maxBodyBytes) {
        return new HttpSettings(host, port,
                config.getInt(CommonConfig.HTTP_MAX_CONNECTIONS),
                config.getInt(CommonConfig.HTTP_MAX_THREADS),
                Duration.ofMillis(config.getInt(CommonConfig.HTTP_IDLE_TIMEOUT_MS)),
                Duration.ofMillis(config.getInt(CommonConfig.HTTP_HEADER_TIMEOUT_MS)),
                config.getInt(CommonConfig.HTTP_MAX_HEADER_BYTES),
                maxBodyBytes,
                config.getInt(CommonConfig.HTTP_MIN_BODY_BYTES_PER_SECOND));
    }

    /** The declared defaults of the shared limits, for a server started without an app's configuration (the registry). */
    public static HttpSettings defaults(String host, int port, long maxBodyBytes) {
        return of(new CommonConfig(Map.of()), host, port, maxBodyBytes);
    }

    /** At most this many requests read a body at once, so the other half of the threads stays free for everything else. */
    public int maxBodyReaders() {
        return Math.max(1, maxThreads / 2);
    }
}
