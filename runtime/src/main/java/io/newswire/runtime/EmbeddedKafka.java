package io.newswire.runtime;

import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A real Kafka cluster in KRaft mode, one node or several (each broker and controller), run from Maven Central's
 * {@code kafka_2.13} as supervised child processes ({@link BrokerNode}): log directories are formatted once, then the
 * nodes started. Data and ports survive restarts, so a restarted cluster is the same cluster. Child processes, not
 * in-process, so that tests can kill them for real. Listens on loopback unless given another address.
 *
 * <p>Layout: a single node keeps its data in the data directory itself; node {@code i} of a larger cluster in
 * {@code broker-i} under it. Each node directory holds a lock ({@code newswire.lock}) while a process supervises it.
 */
public final class EmbeddedKafka implements AutoCloseable {
    /** Where the embedded cluster listens unless told otherwise: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

    private final Path dataDir;
    private final List<BrokerNode> nodes;
    private final List<Long> endedOrphans;

    private EmbeddedKafka(Path dataDir, List<BrokerNode> nodes, List<Long> endedOrphans) {
        this.dataDir = dataDir;
        this.nodes = List.copyOf(nodes);
        this.endedOrphans = List.copyOf(endedOrphans);
    }

    /** Starts a single broker on loopback whose data lives in {@code dataDir}; port 0 picks a free one (or reuses the one of an earlier run). */
    public static EmbeddedKafka start(Path dataDir, int port) {
        return start(dataDir, 1, LOOPBACK, port);
    }

    /**
     * Starts {@code brokers} nodes listening on {@code host}; node {@code i} on {@code port + i - 1}, or, with port 0, on
     * the port of an earlier run or a free one. Returns once every node serves.
     */
    public static EmbeddedKafka start(Path dataDir, int brokers, String host, int port) {
        if (brokers < 1) {
            throw new IllegalArgumentException("A cluster needs at least one broker, not " + brokers);
        }
        List<BrokerNode> nodes = new ArrayList<>();
        List<Long> ended = new ArrayList<>();
        try {
            Files.createDirectories(dataDir);
            checkLayout(dataDir, brokers);
            List<BrokerProperties.Address> addresses = new ArrayList<>();
            for (int id = 1; id <= brokers; id++) {
                Path dir = brokers == 1 ? dataDir : dataDir.resolve("broker-" + id);
                Files.createDirectories(dir);
                DirectoryLock lock = DirectoryLock.claim(dir);
                try {
                    ended.addAll(OrphanBrokers.endAll(dir.resolve("server.properties")));
                    BrokerProperties.Address address = address(dir, id, port);
                    addresses.add(address);
                    nodes.add(new BrokerNode(id, dir, host, address.port(), jvmOptions(brokers), lock));
                } catch (RuntimeException e) {
                    lock.close();
                    throw e;
                }
            }
            for (int i = 0; i < brokers; i++) {
                write(nodes.get(i).dir().resolve("server.properties"), BrokerProperties.of(addresses.get(i), addresses, host, logDir(nodes.get(i))));
            }
            formatWhereNeeded(nodes);
            nodes.forEach(BrokerNode::launch);
            nodes.forEach(BrokerNode::awaitReady);
            return new EmbeddedKafka(dataDir, nodes, ended);
        } catch (IOException e) {
            nodes.forEach(BrokerNode::close);
            throw new UncheckedIOException("Cannot start the embedded broker in " + dataDir, e);
        } catch (RuntimeException e) {
            nodes.forEach(BrokerNode::close);
            throw e;
        }
    }

    /** A single broker gets the JIT's full optimisation; three on two cores start faster and share the CPU better with C1 alone. */
    private static List<String> jvmOptions(int brokers) {
        return brokers == 1 ? List.of("-Xms128m", "-Xmx768m", "-XX:+UseG1GC")
                : List.of("-Xms128m", "-Xmx512m", "-XX:+UseG1GC", "-XX:TieredStopAtLevel=1");
    }

    public String bootstrapServers() {
        return nodes.stream().map(BrokerNode::bootstrapServer).collect(Collectors.joining(","));
    }

    /** The first broker's port. */
    public int port() {
        return nodes.get(0).port();
    }

    public Path dataDir() {
        return dataDir;
    }

    public List<BrokerNode> brokers() {
        return nodes;
    }

    /** The node with this {@code node.id} (1 to the number of brokers). */
    public BrokerNode broker(int nodeId) {
        return nodes.stream().filter(n -> n.id() == nodeId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No broker " + nodeId + " in a cluster of " + nodes.size()));
    }

    /** Pids of broker processes that were still running on this data directory, for a supervisor that was gone, and were ended at start. */
    public List<Long> endedOrphans() {
        return endedOrphans;
    }

    /** True when every node runs. */
    public boolean isRunning() {
        return nodes.stream().allMatch(BrokerNode::isRunning);
    }

    /** Kills every node at once (SIGKILL), as a crash would; they stay down until {@link #restart()}. */
    public void kill() {
        nodes.forEach(BrokerNode::kill);
    }

    /** Starts every node again on the same ports and data, and waits until they serve. */
    public void restart() {
        nodes.forEach(BrokerNode::stop);
        nodes.forEach(BrokerNode::launch);
        nodes.forEach(BrokerNode::awaitReady);
    }

    /** Stops every node cleanly (controlled shutdown) and gives the data directory up. */
    @Override
    public void close() {
        nodes.forEach(BrokerNode::close);
    }

    /** A data directory holds one shape of cluster: a single node's layout, or {@code broker-i} directories. */
    private static void checkLayout(Path dataDir, int brokers) throws IOException {
        boolean single = Files.exists(dataDir.resolve("kafka-logs"));
        long multi;
        try (var entries = Files.list(dataDir)) {
            multi = entries.filter(p -> p.getFileName().toString().matches("broker-\\d+") && Files.exists(p.resolve("kafka-logs"))).count();
        }
        if ((brokers == 1 && multi > 0) || (brokers > 1 && single) || (brokers > 1 && multi > 0 && multi != brokers)) {
            throw new IllegalStateException(dataDir + " holds a cluster of " + (single ? 1 : multi) + " broker(s), not " + brokers
                    + ": start it with that many, or use another data directory");
        }
    }

    /** The node's ports: given, kept from an earlier run, or free ones. */
    private static BrokerProperties.Address address(Path dir, int id, int firstPort) throws IOException {
        Path file = dir.resolve("server.properties");
        Properties stored = Files.exists(file) ? read(file) : new Properties();
        int port = firstPort != 0 ? firstPort + id - 1
                : Integer.parseInt(stored.getProperty(BrokerProperties.PORT, String.valueOf(FreePorts.pick())));
        int controllerPort = Integer.parseInt(stored.getProperty(BrokerProperties.CONTROLLER_PORT, String.valueOf(FreePorts.pickOtherThan(port))));
        return new BrokerProperties.Address(id, port, controllerPort);
    }

    private static Path logDir(BrokerNode node) {
        return node.dir().resolve("kafka-logs");
    }

    /** Formats the log directories not formatted yet, all with the cluster's id, in parallel. */
    private static void formatWhereNeeded(List<BrokerNode> nodes) throws IOException {
        String clusterId = null;
        List<BrokerNode> unformatted = new ArrayList<>();
        for (BrokerNode node : nodes) {
            Path meta = logDir(node).resolve("meta.properties");
            if (Files.exists(meta)) {
                clusterId = read(meta).getProperty("cluster.id");
            } else {
                unformatted.add(node);
            }
        }
        String id = clusterId != null ? clusterId : Uuid.randomUuid().toString();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, unformatted.size()));
        try {
            CompletableFuture.allOf(unformatted.stream().map(node -> CompletableFuture.runAsync(() -> node.runTool("kafka.tools.StorageTool",
                    List.of("format", "-t", id, "-c", node.dir().resolve("server.properties").toString()), "format"), pool))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            pool.shutdown();
        }
        if (!unformatted.isEmpty()) {
            LOG.info("Formatted {} broker log director{} for cluster {}", unformatted.size(), unformatted.size() == 1 ? "y" : "ies", id);
        }
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
}
