package io.newswire.aggregate;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.aggregate.api.ContactQueries;
import io.newswire.aggregate.api.HttpApi;
import io.newswire.aggregate.api.LocalStores;
import io.newswire.aggregate.api.MetadataService;
import io.newswire.aggregate.api.PeerGate;
import io.newswire.aggregate.api.PipelineHealth;
import io.newswire.aggregate.api.live.LiveFeed;
import io.newswire.aggregate.webhook.AlertWebhook;
import io.newswire.core.ConfigLoader;
import io.newswire.core.DateTrust;
import io.newswire.core.Resources;
import io.newswire.core.StreamsDefaults;
import io.newswire.core.health.DependencyWatch;
import io.newswire.core.health.Health;
import io.newswire.core.health.StreamsHealth;
import io.newswire.core.http.AppServer;
import io.newswire.core.http.HttpSettings;
import io.newswire.core.metrics.AppMetrics;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.registry.SchemaRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The aggregate app: the contacts and alerts topology on Kafka Streams (exactly once), its HTTP API, and the
 * optional alert webhook. Instances with the same application id share the work and answer for each other.
 */
public final class AggregateApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AggregateApp.class);
    /** Keys with this prefix are passed to Kafka Streams as they are ({@code aggregate.streams.commit.interval.ms}). */
    public static final String STREAMS_PREFIX = "aggregate.streams.";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

    /** How often Kafka and the registry are probed for {@code /health}, and how long a probe may take. */
    private static final Duration HEALTH_INTERVAL = Duration.ofSeconds(5);
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(3);

    private final AggregateConfig config;
    private final HttpApi api;
    private final KafkaStreams streams;
    private final AlertWebhook webhook;
    private final List<AutoCloseable> watchers;
    private final PrometheusMeterRegistry meters;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private AggregateApp(AggregateConfig config, HttpApi api, KafkaStreams streams, AlertWebhook webhook, List<AutoCloseable> watchers,
                         PrometheusMeterRegistry meters) {
        this.config = config;
        this.api = api;
        this.streams = streams;
        this.webhook = webhook;
        this.watchers = watchers;
        this.meters = meters;
    }

    /**
     * Creates missing topics, starts the HTTP API (answering 503 until the stores are ready), Kafka Streams, and the
     * dependency watch behind {@code /health}; returns once Streams is RUNNING.
     */
    public static AggregateApp start(Map<String, String> values) {
        AggregateConfig config = new AggregateConfig(values);
        AggregateTopics.ensure(config);
        SchemaRegistry registry = new HttpSchemaRegistryClient(config.registryUrl(), config.registryUserInfo());
        PrometheusMeterRegistry meters = AppMetrics.create("aggregate");
        List<AutoCloseable> watchers = new ArrayList<>();
        DependencyWatch dependencies = DependencyWatch.open(config, "newswire-aggregate-health", HEALTH_INTERVAL, HEALTH_TIMEOUT);
        watchers.add(dependencies);

        StreamsBuilder builder = new StreamsBuilder();
        ContactsTopology.build(builder, config, registry);
        Health health = new Health().parts(dependencies);
        PeerGate peers = new PeerGate(config.internalSecret());
        HttpApi api = new HttpApi(peers);
        KafkaStreams streams;
        HostInfo self;
        try {
            int port = api.start(AppServer.builder("aggregate", HttpSettings.of(config, config.httpHost(), config.httpPort(), HttpApi.MAX_BODY_BYTES))
                    .health(health).metrics(meters));
            self = new HostInfo(config.serverHost(), port);
            streams = new KafkaStreams(builder.build(), streamsProperties(config, self, meters));
            health.parts(StreamsHealth.watch(streams));
            StreamsDefaults.replaceFailedThreads(streams, "Aggregate");
            watchers.add(0, AppMetrics.watch(streams, meters));
            api.serve(new ContactQueries(new MetadataService(streams, self), new LocalStores(streams), peers, config.retentionDays(),
                    DateTrust.of(config), Clock.systemUTC()));
            streams.start();
            awaitRunning(streams);
        } catch (RuntimeException e) {
            api.close();
            Resources.closeAll(watchers);
            throw e;
        }
        AlertWebhook webhook = config.webhookUrl().isBlank() ? null : AlertWebhook.start(config, registry, meters);
        LiveFeed feed = LiveFeed.start(config, registry);
        watchers.add(feed);
        PipelineHealth pipelineHealth = new PipelineHealth(config, Clock.systemUTC());
        watchers.add(pipelineHealth);
        api.live().serve(feed, pipelineHealth, self.host() + ":" + self.port(), config.liveHeldRecords(), config.liveReplayMaxRecords());
        LOG.info("Aggregate {} running: HTTP API on {}, reading {}", config.applicationId(), api.url(), config.enrichedTopic());
        return new AggregateApp(config, api, streams, webhook, watchers, meters);
    }

    /**
     * The shared Streams defaults, plus where this instance answers and how many threads it runs, and sends not
     * compressed: aggregate writes small compact records to nine topics (27 partitions by default), in batches that
     * exactly-once closes at every commit, and setting up an LZ4 frame for each batch took a tenth of its stream thread
     * ({@code aggregate.streams.producer.compression.type} sets it).
     */
    public static Properties streamsProperties(AggregateConfig config, HostInfo self, PrometheusMeterRegistry meters) {
        Properties props = StreamsDefaults.properties(config, config.applicationId(), config.stateDir().toAbsolutePath().toString(), STREAMS_PREFIX);
        String compression = StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG);
        if (!config.originalsWithPrefix(STREAMS_PREFIX).containsKey(compression)) {
            props.put(compression, "none");
        }
        StreamsDefaults.meter(props, meters, config);
        props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
        props.putIfAbsent(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        return props;
    }

    private static void awaitRunning(KafkaStreams streams) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
                throw new IllegalStateException("Kafka Streams stopped while starting: " + streams.state());
            }
            if (System.nanoTime() > deadline) {
                streams.close(Duration.ofSeconds(10));
                throw new IllegalStateException("Kafka Streams not RUNNING after " + STARTUP_TIMEOUT.toSeconds() + " s: " + streams.state());
            }
            sleep(100);
        }
    }

    public int httpPort() {
        return api.port();
    }

    /** Where a client on this machine reaches the HTTP API. */
    public String httpUrl() {
        return api.url();
    }

    /** The app's meters, as {@code /metrics} serves them. */
    public PrometheusMeterRegistry meters() {
        return meters;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public AggregateConfig config() {
        return config;
    }

    /** Blocks until {@link #close()}. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        if (webhook != null) {
            webhook.close();
        }
        api.close();
        Resources.closeAll(watchers);
        streams.close(Duration.ofSeconds(30));
        stopped.countDown();
        LOG.info("Aggregate {} stopped", config.applicationId());
    }

    /** Runs until killed; configuration from {@code newswire.properties}, {@code NEWSWIRE_*} variables and {@code key=value} arguments. */
    public static void main(String[] args) throws InterruptedException {
        Map<String, String> overrides = new java.util.HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                overrides.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        AggregateApp app = start(ConfigLoader.load(overrides));
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "aggregate-shutdown"));
        app.awaitStop();
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
