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
import java.util.HashMap;
import java.util.Map;

/**
 * The embedded default: a real KRaft cluster (one broker, or three for the real thing) and a schema registry
 * persisted in it, all listening on loopback unless told otherwise.
 */
public final class LocalCluster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalCluster.class);
    private static LocalCluster shared;

    /**
     * What to start: how many brokers, the address everything listens on, the first Kafka port and the registry port
     * (0 for free ones), and the registry's Basic auth as "user:password" (empty: open).
     */
    public record Settings(int brokers, String host, int kafkaPort, int registryPort, String registryUserInfo) {
        public static Settings defaults() {
            return new Settings(1, EmbeddedKafka.LOOPBACK, 0, 0, "");
        }

        public Settings withBrokers(int count) {
            return new Settings(count, host, kafkaPort, registryPort, registryUserInfo);
        }

        public Settings withPorts(int kafka, int registry) {
            return new Settings(brokers, host, kafka, registry, registryUserInfo);
        }

        public Settings withRegistryAuth(String userInfo) {
            return new Settings(brokers, host, kafkaPort, registryPort, userInfo == null ? "" : userInfo);
        }
    }

    private final EmbeddedKafka kafka;
    private final Settings settings;
    private final int registryPort;
    private RegistryServer registry;

    private LocalCluster(EmbeddedKafka kafka, RegistryServer registry, Settings settings) {
        this.kafka = kafka;
        this.registry = registry;
        this.settings = settings;
        this.registryPort = registry.port();
    }

    /** Starts one broker with its data in {@code dataDir/kafka} and an open registry on top; port 0 picks a free port. */
    public static LocalCluster start(Path dataDir, int kafkaPort, int registryPort) {
        return start(dataDir, Settings.defaults().withPorts(kafkaPort, registryPort));
    }

    /** Starts the brokers with their data under {@code dataDir/kafka}, then the registry on them. */
    public static LocalCluster start(Path dataDir, Settings settings) {
        EmbeddedKafka kafka = EmbeddedKafka.start(dataDir.resolve("kafka"), settings.brokers(), settings.host(), settings.kafkaPort());
        try {
            RegistryServer registry = RegistryServer.start(kafka.bootstrapServers(), settings.host(), settings.registryPort(), settings.registryUserInfo());
            return new LocalCluster(kafka, registry, settings);
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
        registry = RegistryServer.start(kafka.bootstrapServers(), settings.host(), registryPort, settings.registryUserInfo());
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String registryUrl() {
        return "http://" + settings.host() + ":" + registryPort;
    }

    /**
     * The configuration that points an app at this cluster: where Kafka and the registry are, the registry's
     * credentials, and, on several brokers, topics with three replicas of which two must have every write.
     */
    public Map<String, String> config() {
        Map<String, String> config = new HashMap<>();
        config.put(CommonConfig.BOOTSTRAP_SERVERS, bootstrapServers());
        config.put(CommonConfig.REGISTRY_URL, registryUrl());
        if (!settings.registryUserInfo().isEmpty()) {
            config.put(CommonConfig.REGISTRY_USER_INFO, settings.registryUserInfo());
        }
        if (settings.brokers() > 1) {
            config.put(CommonConfig.TOPIC_REPLICATION_FACTOR, String.valueOf(BrokerProperties.replicas(settings.brokers())));
            config.put(CommonConfig.TOPIC_MIN_INSYNC_REPLICAS, String.valueOf(BrokerProperties.minInSync(settings.brokers())));
        }
        return Map.copyOf(config);
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
