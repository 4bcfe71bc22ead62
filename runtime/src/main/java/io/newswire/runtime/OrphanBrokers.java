package io.newswire.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Broker processes still running on a data directory whose supervisor is gone: left by a newswire killed before
 * brokers watched their parent, or one still shutting down after its parent died. They hold the port and the log
 * directory's lock, so a new broker could not start; they are ended (SIGTERM, then SIGKILL), and the caller says so.
 */
final class OrphanBrokers {
    private static final Logger LOG = LoggerFactory.getLogger(OrphanBrokers.class);
    private static final Duration CLEAN_STOP = Duration.ofSeconds(30);

    private OrphanBrokers() {
    }

    /** Ends every process started on this broker properties file; returns their pids. Call only while holding the directory. */
    static List<Long> endAll(Path propertiesFile) {
        String path = propertiesFile.toAbsolutePath().toString();
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> orphans = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> arguments(p).contains(path))
                .toList();
        orphans.forEach(orphan -> end(orphan, path));
        return orphans.stream().map(ProcessHandle::pid).toList();
    }

    /** A process's arguments; from /proc where there is one, as the JDK cuts a command line at 4096 bytes (a broker's class path is longer). */
    private static List<String> arguments(ProcessHandle process) {
        Path cmdline = Path.of("/proc", String.valueOf(process.pid()), "cmdline");
        if (Files.isReadable(cmdline)) {
            try {
                return List.of(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0"));
            } catch (IOException gone) {
                return List.of();
            }
        }
        return process.info().arguments().map(Arrays::asList).orElse(List.of());
    }

    private static void end(ProcessHandle orphan, String path) {
        LOG.warn("Ending an orphaned broker (pid {}) left running on {} by a process that is gone", orphan.pid(), path);
        orphan.destroy();
        if (!exited(orphan, CLEAN_STOP)) {
            LOG.warn("Orphaned broker (pid {}) did not stop within {} s; killing it", orphan.pid(), CLEAN_STOP.toSeconds());
            orphan.destroyForcibly();
            if (!exited(orphan, Duration.ofSeconds(10))) {
                throw new IllegalStateException("Cannot end the orphaned broker (pid " + orphan.pid() + ") running on " + path);
            }
        }
    }

    private static boolean exited(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
