package io.newswire.ingest;

import io.newswire.schemas.registry.SchemaRegistry;
import io.newswire.schemas.registry.SchemaRegistryException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Knows whether Kafka and the schema registry are up. A background probe asks both every interval; a failed
 * publish reports its dependency down at once. Only a successful probe brings a dependency back up, so while
 * one is down dispatches are refused with 503 without each waiting for a timeout.
 */
public final class HealthWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HealthWatch.class);

    /** The state of one dependency. */
    public record Status(boolean up, String problem, Instant since) {
    }

    private final Admin admin;
    private final SchemaRegistry registryProbe;
    private final Duration interval;
    private final Duration kafkaProbeTimeout;
    private final Map<Dependency, Status> statuses = new EnumMap<>(Dependency.class);
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ingest-health");
        thread.setDaemon(true);
        return thread;
    });

    /** @param registryProbe a registry client that fails fast (no retries, short timeouts) */
    public HealthWatch(Admin admin, SchemaRegistry registryProbe, Duration interval, Duration kafkaProbeTimeout) {
        this.admin = admin;
        this.registryProbe = registryProbe;
        this.interval = interval;
        this.kafkaProbeTimeout = kafkaProbeTimeout;
        Instant now = Instant.now();
        for (Dependency dependency : Dependency.values()) {
            statuses.put(dependency, new Status(true, null, now));
        }
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
                LOG.warn("{} is down: {}", dependency.label(), problem);
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
    }
}
