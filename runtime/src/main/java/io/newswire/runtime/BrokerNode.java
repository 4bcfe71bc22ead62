package io.newswire.runtime;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One node of the embedded cluster (broker and KRaft controller), run as a supervised child process
 * ({@link BrokerMain}, which exits when this JVM goes). A node that dies unasked is started again on the same port
 * and data, after a back-off that doubles while it keeps dying (1 s up to 30 s). {@link #kill()} and
 * {@link #stop()} are asked for: the node stays down until {@link #restart()}.
 */
public final class BrokerNode {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerNode.class);
    // Three nodes starting at once on a busy two-core machine have taken 90 s.
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    // A node that stayed up this long was healthy: its next death starts the back-off again from the first step.
    private static final Duration HEALTHY_AFTER = Duration.ofSeconds(60);

    private final int id;
    private final Path dir;
    private final Path propertiesFile;
    private final String host;
    private final int port;
    private final List<String> jvmOptions;
    private final DirectoryLock lock;
    private final ScheduledExecutorService supervisor;
    private final Thread reaper;
    private Process process;
    private long launchedAt;
    private boolean heldDown = true;
    private boolean closed;
    private Duration backoff = FIRST_BACKOFF;
    private int restarts;

    BrokerNode(int id, Path dir, String host, int port, List<String> jvmOptions, DirectoryLock lock) {
        this.id = id;
        this.dir = dir;
        this.propertiesFile = dir.resolve("server.properties");
        this.host = host;
        this.port = port;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.lock = lock;
        this.supervisor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "broker-" + id + "-supervisor");
            t.setDaemon(true);
            return t;
        });
        this.reaper = new Thread(this::kill, "broker-" + id + "-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    public int id() {
        return id;
    }

    public int port() {
        return port;
    }

    public String bootstrapServer() {
        return host + ":" + port;
    }

    Path dir() {
        return dir;
    }

    /** The broker process's pid, for a test that kills it as the OS would. */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("Broker " + id + " is not running");
        }
        return process.pid();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** How often the supervisor has started this node again after it died unasked. */
    public synchronized int restarts() {
        return restarts;
    }

    /** Kills the node at once (SIGKILL), as a crash would, and keeps it down until {@link #restart()}. */
    public synchronized void kill() {
        heldDown = true;
        if (process != null) {
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(30));
        }
    }

    /** Starts the node again on the same port and data (stopping it first if it runs), and waits until it serves. */
    public void restart() {
        synchronized (this) {
            if (isRunning()) {
                stop();
            }
            launch();
        }
        awaitReady();
    }

    /** Stops the node cleanly (SIGTERM: controlled shutdown), killing it if it does not stop in time; it stays down. */
    public synchronized void stop() {
        heldDown = true;
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor(process, Duration.ofSeconds(45))) {
                process.destroyForcibly();
                waitFor(process, Duration.ofSeconds(10));
            }
        }
    }

    /** Stops the node and gives its data directory up. */
    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop();
        supervisor.shutdownNow();
        lock.close();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // Closed by another shutdown hook: the reaper finds the node already stopped.
        }
    }

    /** Launches the broker process without waiting for it to serve. */
    synchronized void launch() {
        if (closed) {
            throw new IllegalStateException("Broker " + id + " is closed");
        }
        List<String> jvm = new ArrayList<>(jvmOptions);
        jvm.add("-Dlogback.configurationFile=" + loggingConfig());
        jvm.add("-D" + BrokerMain.PARENT_PID + "=" + ProcessHandle.current().pid());
        try {
            process = ChildJvm.of(jvm, BrokerMain.class.getName(), List.of(propertiesFile.toAbsolutePath().toString()), log()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch broker " + id, e);
        }
        heldDown = false;
        launchedAt = System.nanoTime();
        lock.record(process.pid());
        Process started = process;
        started.onExit().thenRun(() -> exited(started));
    }

    /** Waits until the node is a live member of the cluster, failing if its process dies or the time runs out. */
    void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServer(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                if (!isRunning()) {
                    throw new IllegalStateException("Broker " + id + " exited while starting:\n" + logTail());
                }
                try {
                    if (admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).stream().anyMatch(n -> n.id() == id)) {
                        LOG.info("Kafka broker {} ready at {} (data in {})", id, bootstrapServer(), dir);
                        return;
                    }
                } catch (Exception notYet) {
                    // Still starting, or the quorum is not formed yet.
                }
                sleep(250);
            }
        }
        throw new IllegalStateException("Broker " + id + " not ready after " + READY_TIMEOUT.toSeconds() + " s:\n" + logTail());
    }

    private synchronized void exited(Process which) {
        if (which != process || heldDown || closed) {
            return;
        }
        boolean wasHealthy = System.nanoTime() - launchedAt > HEALTHY_AFTER.toNanos();
        Duration delay = wasHealthy ? FIRST_BACKOFF : backoff;
        backoff = delay.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay.multipliedBy(2);
        LOG.warn("Kafka broker {} (pid {}) died (exit {}); starting it again in {} ms", id, which.pid(), which.exitValue(), delay.toMillis());
        supervisor.schedule(this::startAgain, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void startAgain() {
        synchronized (this) {
            if (heldDown || closed || isRunning()) {
                return;
            }
            launch();
            restarts++;
        }
        try {
            awaitReady();
        } catch (IllegalStateException e) {
            // Its exit, if it died, schedules the next try; one that hangs is left to its own timeouts.
            LOG.warn("Kafka broker {} did not come back: {}", id, e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private Path log() {
        return dir.resolve("broker.log");
    }

    /** Runs a Kafka tool's main in a child JVM to its end, with the broker's logging. */
    void runTool(String mainClass, List<String> args, String what) {
        try {
            Process p = ChildJvm.of(List.of("-Xmx256m", "-Dlogback.configurationFile=" + loggingConfig()), mainClass, args, log()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("Broker " + id + " " + what + " failed:\n" + logTail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run broker " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during broker " + what, e);
        }
    }

    private String loggingConfig() {
        Path config = dir.resolve("broker-logback.xml");
        if (!Files.exists(config)) {
            try (InputStream in = BrokerNode.class.getResourceAsStream("/newswire-broker-logback.xml");
                 OutputStream out = Files.newOutputStream(config)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return config.toString();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no broker log: " + e.getMessage() + ")";
        }
    }

    private static boolean waitFor(Process p, Duration timeout) {
        try {
            return p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
