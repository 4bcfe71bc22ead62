package io.newswire.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.core.DispatchLimits;
import io.newswire.core.Resources;
import io.newswire.core.Topics;
import io.newswire.core.health.Dependency;
import io.newswire.core.health.DependencyWatch;
import io.newswire.ingest.format.Delivery;
import io.newswire.ingest.format.DispatchMetadata;
import io.newswire.ingest.format.DispatchReader;
import io.newswire.ingest.format.InvalidDispatchException;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.registry.RetryPolicy;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ingest's front desk, shared by the HTTP API, the watch folder and the command line: reads a dispatch,
 * refuses what is malformed, recognises what was already published, and publishes the rest, answering
 * only once the broker has stored it. One lock per id stripe, so two sends of the same dispatch cannot
 * both publish.
 */
public final class Intake implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);
    // Each lock is held until the broker acknowledges: with 64 stripes, 64 senders at once waited on each other's
    // acknowledgements for a third of their posts; 4,096 stripes leave one or two posts in a hundred waiting.
    private static final int LOCK_STRIPES = 4096;

    private final IngestConfig config;
    private final DispatchReader reader = new DispatchReader();
    private final DispatchLimits limits;
    private final DispatchMetadata channelDefaults;
    private final PublishedLedger ledger;
    private final DispatchProducer producer;
    private final DependencyWatch health;
    private final IngestMetrics metrics;
    private final List<AutoCloseable> resources;
    private final Object[] locks = new Object[LOCK_STRIPES];

    private Intake(IngestConfig config, PublishedLedger ledger, DispatchProducer producer, DependencyWatch health,
                   IngestMetrics metrics, List<AutoCloseable> resources) {
        this.config = config;
        this.limits = DispatchLimits.of(config);
        this.channelDefaults = DispatchMetadata.fromSource(config.defaultSource());
        this.ledger = ledger;
        this.producer = producer;
        this.health = health;
        this.metrics = metrics;
        this.resources = resources;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Connects to Kafka and the registry, makes sure the dispatches topic exists, rebuilds the record of
     * published dispatches from it and starts watching the health of both.
     */
    public static Intake open(IngestConfig config, MeterRegistry meters) {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            Admin admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                    AdminClientConfig.CLIENT_ID_CONFIG, "newswire-ingest-admin",
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
            resources.add(admin);
            Duration registryTimeout = config.registryTimeout();
            HttpSchemaRegistryClient registry = HttpSchemaRegistryClient.builder(config.registryUrl())
                    .userInfo(config.registryUserInfo())
                    .connectTimeout(registryTimeout).requestTimeout(registryTimeout)
                    .retry(2, Duration.ofMillis(100), Duration.ofMillis(500), registryTimeout)
                    .build();
            resources.add(registry);
            HttpSchemaRegistryClient probe = HttpSchemaRegistryClient.builder(config.registryUrl())
                    .userInfo(config.registryUserInfo())
                    .connectTimeout(registryTimeout).requestTimeout(registryTimeout)
                    .retry(RetryPolicy.NONE)
                    .build();
            resources.add(probe);
            Duration kafkaProbeTimeout = config.requestTimeout().compareTo(Duration.ofSeconds(3)) < 0 ? config.requestTimeout() : Duration.ofSeconds(3);
            DependencyWatch health = new DependencyWatch(admin, probe, config.healthInterval(), kafkaProbeTimeout);
            resources.add(0, health);
            // Asked first, so that an outage is said plainly within seconds instead of after the topic's 30 s timeout.
            health.probeNow();
            Optional<Map.Entry<Dependency, DependencyWatch.Status>> outage = health.outage();
            if (outage.isPresent()) {
                throw new Unreachable(outage.get().getKey(), outage.get().getKey().label() + " cannot be reached: " + outage.get().getValue().problem());
            }
            Topics.ensure(admin, List.of(Topics.Declared.DISPATCHES.newTopic(config)), Duration.ofSeconds(30));
            PublishedLedger ledger = PublishedLedger.rebuild(config.bootstrapServers(), config.dispatchesTopic(), config.ledgerRebuildTimeout());
            health.start();
            DispatchProducer producer = new DispatchProducer(config, registry, meters);
            resources.add(0, producer);
            LOG.info("Ingest ready: publishing to {} on {} (registry {}); {} dispatches already published",
                    config.dispatchesTopic(), config.bootstrapServers(), config.registryUrl(), ledger.size());
            return new Intake(config, ledger, producer, health, new IngestMetrics(meters), resources);
        } catch (RuntimeException e) {
            Resources.closeAll(resources);
            throw e;
        }
    }

    /** Kafka or the registry could not be reached when ingest started: nothing can be published. */
    public static final class Unreachable extends RuntimeException {
        private final Dependency dependency;

        Unreachable(Dependency dependency, String message) {
            super(message);
            this.dependency = dependency;
        }

        public Dependency dependency() {
            return dependency;
        }
    }

    /**
     * Reads and publishes one dispatch, or each item of a bundle (a newsMessage, a JSON array); never throws for a
     * bad dispatch or an unavailable dependency.
     *
     * @param sender  metadata from the sender (query parameters, options); the configured default source fills its gap
     * @param channel where it came from, for metrics: http, watch, file
     * @return the receipt; for a bundle, with one receipt per item
     */
    public Receipt submit(byte[] content, String contentType, DispatchMetadata sender, String channel) {
        long start = System.nanoTime();
        if (content.length > config.maxDispatchBytes()) {
            return refuseTooLarge(content.length, channel);
        }
        Delivery delivery;
        try {
            delivery = reader.readAll(content, contentType, (sender == null ? DispatchMetadata.none() : sender).orElse(channelDefaults));
        } catch (InvalidDispatchException e) {
            return refuse(e, channel);
        }
        List<Receipt> receipts = new ArrayList<>();
        for (Delivery.Item item : delivery.items()) {
            Receipt receipt = receiptFor(item);
            metrics.count(receipt, channel, item.dispatch());
            if (receipt.outcome() == Receipt.Outcome.PUBLISHED) {
                metrics.published(System.nanoTime() - start);
            }
            receipts.add(receipt);
        }
        return delivery.bundle() ? Receipt.bundle(receipts) : receipts.get(0);
    }

    private Receipt receiptFor(Delivery.Item item) {
        if (item.problem() != null) {
            String id = item.id() != null && limits.idProblem(item.id()).isEmpty() ? item.id() : null;
            return Receipt.refused(item.problem(), id);
        }
        Optional<String> problem = limits.problem(item.dispatch());
        // Refused without echoing the id: it may be the problem, a megabyte long or holding line breaks.
        return problem.isPresent() ? Receipt.refused(Receipt.Outcome.INVALID, problem.get()) : publish(item.dispatch());
    }

    /** Counts a dispatch refused before it was read in full (HTTP 413); size -1 when unknown. */
    public Receipt refuseTooLarge(long size, String channel) {
        Receipt receipt = tooLarge(size);
        metrics.count(receipt, channel, null);
        return receipt;
    }

    /** Counts a dispatch refused by its channel before reading, e.g. for bad query parameters. */
    public Receipt refuse(InvalidDispatchException problem, String channel) {
        Receipt receipt = Receipt.refused(problem, null);
        metrics.count(receipt, channel, null);
        return receipt;
    }

    private Receipt tooLarge(long size) {
        return Receipt.refused(Receipt.Outcome.TOO_LARGE, "The dispatch is " + (size < 0 ? "more than" : size + " bytes,") + " over the limit of "
                + config.maxDispatchBytes() + " bytes (" + IngestConfig.MAX_DISPATCH_BYTES + ")");
    }

    private Receipt publish(Dispatch dispatch) {
        String id = dispatch.getId();
        int version = dispatch.getVersion();
        byte[] value = null;
        DependencyUnavailableException unserializable = null;
        var outage = health.outage();   // asked once per dispatch: it streams over every dependency's status
        if (outage.isEmpty()) {
            try {
                value = producer.serialize(dispatch);
            } catch (DependencyUnavailableException e) {
                unserializable = e;   // said below, once a duplicate has had its answer
            }
        }
        // Hashed from the record's UTF-8 when there is one: the text is then encoded once, not twice.
        String fingerprint = value != null ? DispatchFingerprint.of(dispatch, value) : DispatchFingerprint.of(dispatch);
        synchronized (locks[Math.floorMod(id.hashCode(), LOCK_STRIPES)]) {
            switch (ledger.check(id, version, fingerprint)) {
                case DUPLICATE -> {
                    return new Receipt(Receipt.Outcome.DUPLICATE, id, version, "Already published; nothing new was written", null);
                }
                case CONFLICT -> {
                    return new Receipt(Receipt.Outcome.CONFLICT, id, version, "Dispatch " + id + " version " + version
                            + " was already published with different content; send the change as a new version", null);
                }
                case NEW -> {
                }
            }
            if (outage.isPresent()) {
                Dependency down = outage.get().getKey();
                return new Receipt(Receipt.Outcome.UNAVAILABLE, id, version, unavailable(down, outage.get().getValue().problem()), down);
            }
            try {
                if (unserializable != null) {
                    throw unserializable;
                }
                producer.publish(dispatch, value, fingerprint, (stored, where) -> ledger.record(stored.getId(), stored.getVersion(), fingerprint));
                ledger.record(id, version, fingerprint);
                return new Receipt(Receipt.Outcome.PUBLISHED, id, version, "Published", null);
            } catch (DependencyUnavailableException e) {
                health.reportDown(e.dependency(), e.getMessage());
                return new Receipt(Receipt.Outcome.UNAVAILABLE, id, version, unavailable(e.dependency(), e.getMessage()), e.dependency());
            } catch (RecordTooLargeException e) {
                return new Receipt(Receipt.Outcome.TOO_LARGE, id, version, "The dispatch is too large to store: " + e.getMessage(), null);
            }
        }
    }

    private static String unavailable(Dependency dependency, String problem) {
        return dependency.label() + " is unavailable, so nothing was stored; send the dispatch again later (" + problem + ")";
    }

    public IngestConfig config() {
        return config;
    }

    public DependencyWatch health() {
        return health;
    }

    /** Number of distinct (id, version) published, including those found on the topic at start. */
    public int publishedCount() {
        return ledger.size();
    }

    @Override
    public void close() {
        Resources.closeAll(resources);
    }
}
