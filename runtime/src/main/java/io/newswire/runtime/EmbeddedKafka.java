package io.newswire.runtime;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
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
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker and controller), run from Maven Central's
 * {@code kafka_2.13} as a child process: the log directory is formatted once, then the broker started.
 * Its data directory survives restarts, and so do its ports, so a restarted broker is the same broker.
 * A child process, not in-process, so that tests can kill it for real.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Path dataDir;
    private final Path propertiesFile;
    private final int port;
    private Process process;

    private EmbeddedKafka(Path dataDir, int port, Path propertiesFile) {
        this.dataDir = dataDir;
        this.port = port;
        this.propertiesFile = propertiesFile;
    }

    /** Starts a broker whose data lives in {@code dataDir}; port 0 picks a free one (or reuses the one of an earlier run). */
    public static EmbeddedKafka start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            Path propertiesFile = dataDir.resolve("server.properties");
            Properties properties = Files.exists(propertiesFile) ? read(propertiesFile) : new Properties();
            int brokerPort = port != 0 ? port : Integer.parseInt(properties.getProperty("newswire.port", String.valueOf(FreePorts.pick())));
            int controllerPort = Integer.parseInt(properties.getProperty("newswire.controller.port", String.valueOf(FreePorts.pick())));
            write(propertiesFile, brokerProperties(dataDir, brokerPort, controllerPort));
            EmbeddedKafka kafka = new EmbeddedKafka(dataDir, brokerPort, propertiesFile);
            kafka.formatIfNeeded();
            kafka.launch();
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded broker in " + dataDir, e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Kills the broker process at once (SIGKILL), as a crash would. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(30));
            process = null;
        }
    }

    /** Starts the broker again on the same port and data. */
    public synchronized void restart() {
        if (isRunning()) {
            close();
        }
        launch();
    }

    /** Stops the broker cleanly (SIGTERM, controlled shutdown), killing it if it does not stop in time. */
    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            if (!waitFor(process, Duration.ofSeconds(45))) {
                process.destroyForcibly();
                waitFor(process, Duration.ofSeconds(10));
            }
            process = null;
        }
    }

    private void formatIfNeeded() {
        if (Files.exists(dataDir.resolve("kafka-logs").resolve("meta.properties"))) {
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        runToEnd(List.of("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", propertiesFile.toString()), "format");
    }

    private synchronized void launch() {
        List<String> command = javaCommand(List.of("-Xms128m", "-Xmx768m", "-XX:+UseG1GC", "-Dlogback.configurationFile=" + loggingConfig()));
        command.addAll(List.of("kafka.Kafka", propertiesFile.toString()));
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("broker.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch the broker", e);
        }
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, "embedded-kafka-reaper"));
        awaitReady(started);
        LOG.info("Kafka broker ready at {} (data in {})", bootstrapServers(), dataDir);
    }

    private void awaitReady(Process started) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                if (!started.isAlive()) {
                    throw new IllegalStateException("Broker exited with " + started.exitValue() + ":\n" + logTail());
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    sleep(250);
                }
            }
        }
        throw new IllegalStateException("Broker not ready after " + READY_TIMEOUT.toSeconds() + " s:\n" + logTail());
    }

    private void runToEnd(List<String> mainAndArgs, String what) {
        List<String> command = javaCommand(List.of("-Xmx256m", "-Dlogback.configurationFile=" + loggingConfig()));
        command.addAll(mainAndArgs);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("broker.log").toFile())).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("Broker " + what + " failed:\n" + logTail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run broker " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during broker " + what, e);
        }
    }

    private static List<String> javaCommand(List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        return command;
    }

    private String loggingConfig() {
        Path config = dataDir.resolve("broker-logback.xml");
        if (!Files.exists(config)) {
            try (InputStream in = EmbeddedKafka.class.getResourceAsStream("/newswire-broker-logback.xml");
                 OutputStream out = Files.newOutputStream(config)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return config.toString();
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("broker.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no broker log: " + e.getMessage() + ")";
        }
    }

    private static Properties brokerProperties(Path dataDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", dataDir.resolve("kafka-logs").toAbsolutePath().toString());
        p.setProperty("num.partitions", "1");
        // A single node: every internal topic has one replica, and few partitions so the broker starts fast.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "5");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("newswire.port", String.valueOf(port));
        p.setProperty("newswire.controller.port", String.valueOf(controllerPort));
        return p;
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }

    private static void write(Path file, Properties p) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "Embedded newswire broker (generated)");
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
