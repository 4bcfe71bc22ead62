package io.newswire.core.health;

import io.newswire.core.CommonConfig;
import io.newswire.core.LogSafe;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.registry.RetryPolicy;
import io.newswire.schemas.registry.SchemaRegistry;
import io.newswire.schemas.registry.SchemaRegistryException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Knows whether Kafka and the schema registry are up. A background probe asks both every interval; a failure seen
 * elsewhere (ingest's publish) reports its dependency down at once. Only a successful probe brings a dependency back
 * up, so while one is down ingest refuses dispatches with 503 without each waiting for a timeout, and every app's
 * {@code /health} says which is down and since when.
 */
public final class DependencyWatch implements AutoCloseable, Supplier<Collection<Health.Part>> {
    private static final Logger LOG = LoggerFactory.getLogger(DependencyWatch.class);

    /** The state of one dependency. */
    public record Status(boolean up, String problem, Instant since) {
    }

    private final Admin admin;
    private final SchemaRegistry registryProbe;
    private final Duration interval;
    private final Duration kafkaProbeTimeout;
    private final Map<Dependency, Status> statuses = new EnumMap<>(Dependency.class);
    private final List<AutoCloseable> owned = new ArrayList<>();
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "dependency-watch");
        thread.setDaemon(true);
        return thread;
    });

    /** @param registryProbe a registry client that fails fast (no retries, short timeouts) */
    public DependencyWatch(Admin admin, SchemaRegistry registryProbe, Duration interval, Duration kafkaProbeTimeout) {
        this.admin = admin;
        this.registryProbe = registryProbe;
        this.interval = interval;
        this.kafkaProbeTimeout = kafkaProbeTimeout;
        Instant now = Instant.now();
        for (Dependency dependency : Dependency.values()) {
            statuses.put(dependency, new Status(true, null, now));
        }
    }

    /**
     * A watch with its own admin client and registry probe (closed with it), for an app that has neither: probes
     * every {@code interval}, each probe waiting at most {@code timeout}. Probes once before returning.
     */
    public static DependencyWatch open(CommonConfig config, String clientId, Duration interval, Duration timeout) {
        Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, clientId,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis()));
        HttpSchemaRegistryClient registry = HttpSchemaRegistryClient.builder(config.registryUrl())
                .userInfo(config.registryUserInfo()).connectTimeout(timeout).requestTimeout(timeout).retry(RetryPolicy.NONE).build();
        DependencyWatch watch = new DependencyWatch(admin, registry, interval, timeout);
        watch.owned.add(registry);
        watch.owned.add(admin);
        watch.probeNow();
        watch.start();
        return watch;
    }

    /** The state of both, for {@code /health}. */
    @Override
    public synchronized Collection<Health.Part> get() {
        List<Health.Part> parts = new ArrayList<>();
        statuses.forEach((dependency, status) -> {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("since", status.since().toString());
            if (!status.up()) {
                detail.put("problem", status.problem());
            }
            parts.add(Health.Part.of(dependency.key(), status.up(), detail));
        });
        return parts;
    }

    public void start() {
        probe.scheduleWithFixedDelay(this::probeNow, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Probes both dependencies now. */
    public void probeNow() {
        set(Dependency.KAFKA, probeKafka());
        set(Dependency.REGISTRY, probeRegistry());
    }

    /** The first dependency that is down, if any. */
    public synchronized Optional<Map.Entry<Dependency, Status>> outage() {
        return statuses.entrySet().stream().filter(e -> !e.getValue().up()).findFirst().map(e -> Map.entry(e.getKey(), e.getValue()));
    }

    public synchronized Map<Dependency, Status> statuses() {
        return new EnumMap<>(statuses);
    }

    /** A publish failed because of this dependency. */
    public void reportDown(Dependency dependency, String problem) {
        set(dependency, problem);
    }

    /** @return null when Kafka answered, else the problem */
    private String probeKafka() {
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) kafkaProbeTimeout.toMillis()))
                    .nodes().get(kafkaProbeTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return "Kafka did not answer: " + e.getCause().getMessage();
        } catch (java.util.concurrent.TimeoutException e) {
            return "Kafka did not answer within " + kafkaProbeTimeout.toMillis() + " ms";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (RuntimeException e) {
            return "Kafka probe failed: " + e.getMessage();
        }
    }

    /** @return null when the registry answered (even with an error status below 500), else the problem */
    private String probeRegistry() {
        try {
            registryProbe.compatibility(null);
            return null;
        } catch (SchemaRegistryException e) {
            return e.isUnavailable() ? e.getMessage() : null;
        } catch (RuntimeException e) {
            return "Schema registry probe failed: " + e.getMessage();
        }
    }

    private synchronized void set(Dependency dependency, String problem) {
        Status before = statuses.get(dependency);
        boolean up = problem == null;
        if (before.up() != up) {
            if (up) {
                LOG.info("{} is back up", dependency.label());
            } else {
                LOG.warn("{} is down: {}", dependency.label(), LogSafe.quote(problem, 500));
            }
            statuses.put(dependency, new Status(up, problem, Instant.now()));
        } else if (!up) {
            statuses.put(dependency, new Status(false, problem, before.since()));
        }
    }

    @Override
    public void close() {
        probe.shutdownNow();
        try {
            probe.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (AutoCloseable resource : owned) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.debug("Error while closing {}", resource, e);
            }
        }
    }
}
