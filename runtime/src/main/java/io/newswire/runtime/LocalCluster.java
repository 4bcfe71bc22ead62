package io.newswire.runtime;

import io.newswire.core.CommonConfig;
import io.newswire.core.Directories;
import io.newswire.runtime.registry.RegistryServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The embedded default: a real KRaft broker and a schema registry persisted in it. */
public final class LocalCluster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalCluster.class);
    private static LocalCluster shared;

    private final EmbeddedKafka kafka;
    private final int registryPort;
    private RegistryServer registry;

    private LocalCluster(EmbeddedKafka kafka, RegistryServer registry) {
        this.kafka = kafka;
        this.registry = registry;
        this.registryPort = registry.port();
    }

    /** Starts a broker with its data in {@code dataDir/kafka} and a registry on top; port 0 picks a free port. */
    public static LocalCluster start(Path dataDir, int kafkaPort, int registryPort) {
        EmbeddedKafka kafka = EmbeddedKafka.start(dataDir.resolve("kafka"), kafkaPort);
        try {
            return new LocalCluster(kafka, RegistryServer.start(kafka.bootstrapServers(), registryPort));
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    /** One ephemeral cluster per JVM for tests, in a temporary directory removed at exit. */
    public static synchronized LocalCluster shared() {
        if (shared == null) {
            Path dir = temporaryDirectory();
            shared = start(dir, 0, 0);
            LocalCluster cluster = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                cluster.close();
                Directories.deleteRecursively(dir);
            }, "local-cluster-shutdown"));
        }
        return shared;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public synchronized RegistryServer registry() {
        return registry;
    }

    /** Starts the registry again on its port (after a test closed it); it rebuilds its state from Kafka. */
    public synchronized void restartRegistry() {
        registry.close();
        registry = RegistryServer.start(kafka.bootstrapServers(), registryPort);
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String registryUrl() {
        return "http://127.0.0.1:" + registryPort;
    }

    /** The configuration that points an app at this cluster. */
    public Map<String, String> config() {
        return Map.of(CommonConfig.BOOTSTRAP_SERVERS, bootstrapServers(), CommonConfig.REGISTRY_URL, registryUrl());
    }

    @Override
    public synchronized void close() {
        registry.close();
        kafka.close();
        LOG.info("Local cluster stopped");
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("newswire-cluster-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
