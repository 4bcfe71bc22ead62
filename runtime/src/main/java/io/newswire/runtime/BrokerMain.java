package io.newswire.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;

/**
 * The embedded broker's entry point: Kafka's own main, plus a watch on the process that started it. A parent killed
 * with SIGKILL runs no shutdown hook, so the broker itself notices that it was handed over to another parent and
 * shuts down: it never outlives its parent, and never holds the port and the data directory for nobody.
 */
public final class BrokerMain {
    /** System property: the pid of the process the broker must not outlive. */
    static final String PARENT_PID = "newswire.broker.parent.pid";
    private static final Logger LOG = LoggerFactory.getLogger(BrokerMain.class);
    private static final Duration CHECK_EVERY = Duration.ofMillis(200);
    // A clean shutdown needs the controller quorum; when every node of a cluster loses its parent at once, it may not come.
    private static final Duration CLEAN_SHUTDOWN_LIMIT = Duration.ofSeconds(20);

    private BrokerMain() {
    }

    public static void main(String[] args) {
        long parent = Long.getLong(PARENT_PID, 0L);
        if (parent > 0) {
            watch(parent);
        }
        kafka.Kafka.main(args);
    }

    private static void watch(long parent) {
        Thread watcher = new Thread(() -> {
            while (parentPid().filter(pid -> pid == parent).isPresent()) {
                pause(CHECK_EVERY);
            }
            LOG.warn("The process that started this broker (pid {}) is gone; shutting down", parent);
            Thread halt = new Thread(() -> {
                pause(CLEAN_SHUTDOWN_LIMIT);
                LOG.warn("No clean shutdown within {} s; halting", CLEAN_SHUTDOWN_LIMIT.toSeconds());
                Runtime.getRuntime().halt(1);
            }, "newswire-broker-halt");
            halt.setDaemon(true);
            halt.start();
            System.exit(0);
        }, "newswire-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The current parent: once the original one dies, the OS hands the broker to another (init or a subreaper). */
    private static Optional<Long> parentPid() {
        return ProcessHandle.current().parent().filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
