package io.newswire.core.http;

import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Closes connections whose request line and headers have been arriving for longer than the header timeout. Jetty's
 * idle timeout restarts with every byte, so a client sending one byte every few seconds (slowloris) would hold its
 * connection for ever; this bounds the whole header, as Apache's mod_reqtimeout does. Checked every quarter timeout.
 */
final class HeaderDeadline extends AbstractLifeCycle {
    private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);

    private final AbstractConnector connector;
    private final long timeoutNanos;
    private final long sweepMillis;
    private final Map<EndPoint, Long> headersBegan = new ConcurrentHashMap<>();

    HeaderDeadline(AbstractConnector connector, Duration timeout) {
        this.connector = connector;
        this.timeoutNanos = timeout.toNanos();
        this.sweepMillis = Math.max(100, timeout.toMillis() / 4);
    }

    @Override
    protected void doStart() {
        schedule();
    }

    private void schedule() {
        if (isRunning() || isStarting()) {
            connector.getScheduler().schedule(this::sweep, sweepMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            Set<EndPoint> midHeader = new HashSet<>();
            for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                if (endPoint.getConnection() instanceof HttpConnection http && receivingHeaders(http.getParser())) {
                    midHeader.add(endPoint);
                    long began = headersBegan.computeIfAbsent(endPoint, e -> now);
                    if (now - began > timeoutNanos) {
                        LOG.debug("Closing {}: request headers still incomplete after {} ms", endPoint.getRemoteSocketAddress(),
                                TimeUnit.NANOSECONDS.toMillis(now - began));
                        headersBegan.remove(endPoint);
                        endPoint.close();
                    }
                }
            }
            headersBegan.keySet().retainAll(midHeader);
        } finally {
            schedule();
        }
    }

    /** Some of a request has arrived, but not all of its headers. */
    private static boolean receivingHeaders(HttpParser parser) {
        return parser.inHeaderState() && !parser.isStart();
    }
}
