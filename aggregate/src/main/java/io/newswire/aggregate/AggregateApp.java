package io.newswire.aggregate;

import io.newswire.aggregate.api.ContactQueries;
import io.newswire.aggregate.api.HttpApi;
import io.newswire.aggregate.api.LocalStores;
import io.newswire.aggregate.api.MetadataService;
import io.newswire.aggregate.api.PipelineHealth;
import io.newswire.aggregate.api.live.LiveFeed;
import io.newswire.aggregate.webhook.AlertWebhook;
import io.newswire.core.ConfigLoader;
import io.newswire.core.DateTrust;
import io.newswire.core.StreamsDefaults;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.registry.SchemaRegistry;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
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

    private final AggregateConfig config;
    private final HttpApi api;
    private final KafkaStreams streams;
    private final AlertWebhook webhook;
    private final LiveFeed feed;
    private final PipelineHealth health;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private AggregateApp(AggregateConfig config, HttpApi api, KafkaStreams streams, AlertWebhook webhook, LiveFeed feed, PipelineHealth health) {
        this.config = config;
        this.api = api;
        this.streams = streams;
        this.webhook = webhook;
        this.feed = feed;
        this.health = health;
    }

    /** Creates missing topics, starts the HTTP API and Kafka Streams, and returns once Streams is RUNNING. */
    public static AggregateApp start(Map<String, String> values) {
        AggregateConfig config = new AggregateConfig(values);
        AggregateTopics.ensure(config);
        SchemaRegistry registry = new HttpSchemaRegistryClient(config.registryUrl(), config.registryUserInfo());

        HttpApi api = new HttpApi();
        int port = api.start(config.httpPort());
        HostInfo self = new HostInfo(config.serverHost(), port);
        KafkaStreams streams;
        try {
            StreamsBuilder builder = new StreamsBuilder();
            ContactsTopology.build(builder, config, registry);
            streams = new KafkaStreams(builder.build(), streamsProperties(config, self));
            StreamsDefaults.replaceFailedThreads(streams, "Aggregate");
            api.serve(new ContactQueries(new MetadataService(streams, self), new LocalStores(streams), config.retentionDays(),
                    DateTrust.of(config), Clock.systemUTC()));
            streams.start();
            awaitRunning(streams);
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
        AlertWebhook webhook = config.webhookUrl().isBlank() ? null : AlertWebhook.start(config, registry);
        LiveFeed feed = LiveFeed.start(config, registry);
        PipelineHealth health = new PipelineHealth(config, Clock.systemUTC());
        api.live().serve(feed, health, self.host() + ":" + self.port(), config.liveHeldRecords(), config.liveReplayMaxRecords());
        LOG.info("Aggregate {} running: HTTP API on port {}, reading {}", config.applicationId(), port, config.enrichedTopic());
        return new AggregateApp(config, api, streams, webhook, feed, health);
    }

    /** The shared Streams defaults, plus where this instance answers and how many threads it runs. */
    public static Properties streamsProperties(AggregateConfig config, HostInfo self) {
        Properties props = StreamsDefaults.properties(config, config.applicationId(), config.stateDir().toAbsolutePath().toString(), STREAMS_PREFIX);
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
        feed.close();
        health.close();
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
