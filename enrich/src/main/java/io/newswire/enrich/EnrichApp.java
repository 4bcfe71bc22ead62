package io.newswire.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.core.ConfigLoader;
import io.newswire.core.Resources;
import io.newswire.core.StreamsDefaults;
import io.newswire.core.Topics;
import io.newswire.core.health.DependencyWatch;
import io.newswire.core.health.Health;
import io.newswire.core.health.StreamsHealth;
import io.newswire.core.http.AppServer;
import io.newswire.core.http.HttpSettings;
import io.newswire.core.metrics.AppMetrics;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.registry.SchemaRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The enrich Kafka Streams app: creates its topics, loads the tagger, runs the topology, and serves {@code /health}
 * and {@code /metrics} on {@code enrich.http.port}.
 */
public final class EnrichApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichApp.class);
    /** How often Kafka and the registry are probed for {@code /health}, and how long a probe may take. */
    private static final Duration HEALTH_INTERVAL = Duration.ofSeconds(5);
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(3);
    /** The endpoint reads no request body. */
    private static final long MAX_BODY_BYTES = 64 * 1024;

    private final KafkaStreams streams;
    private final SchemaRegistry registry;
    private final AppServer http;
    private final List<AutoCloseable> watchers;

    private EnrichApp(KafkaStreams streams, SchemaRegistry registry, AppServer http, List<AutoCloseable> watchers) {
        this.streams = streams;
        this.registry = registry;
        this.http = http;
        this.watchers = watchers;
    }

    public static EnrichApp start(Map<String, String> values) {
        EnrichConfig config = new EnrichConfig(values);
        Topics.ensure(config.bootstrapServers(), topics(config));
        Tagger tagger = Tagger.loadDefault();
        SchemaRegistry registry = new HttpSchemaRegistryClient(config.registryUrl(), config.registryUserInfo());
        PrometheusMeterRegistry meters = AppMetrics.create("enrich");

        KafkaStreams streams = new KafkaStreams(topology(config, tagger, registry, meters), streamsProperties(config, meters));
        StreamsHealth streamsHealth = StreamsHealth.watch(streams);
        StreamsDefaults.replaceFailedThreads(streams, "Enrich");
        List<AutoCloseable> watchers = new ArrayList<>();
        AppServer http = null;
        try {
            watchers.add(AppMetrics.watch(streams, meters));
            DependencyWatch dependencies = DependencyWatch.open(config, "newswire-enrich-health", HEALTH_INTERVAL, HEALTH_TIMEOUT);
            watchers.add(dependencies);
            http = AppServer.builder("enrich", HttpSettings.of(config, config.httpHost(), config.httpPort(), MAX_BODY_BYTES))
                    .health(new Health().parts(dependencies).parts(streamsHealth).facts(() -> Map.of("tagger", Tagger.version())))
                    .metrics(meters)
                    .start();
            streams.start();
            StreamsDefaults.awaitRunning(streams, Duration.ofSeconds(90));
        } catch (RuntimeException e) {
            if (http != null) {
                http.close();
            }
            Resources.closeAll(watchers);
            streams.close(Duration.ofSeconds(10));
            throw e;
        }
        LOG.info("Enrich running: {} -> {} (tagger {}); health and metrics on {}", config.getString(EnrichConfig.TOPIC_DISPATCHES),
                config.getString(EnrichConfig.TOPIC_ENRICHED), Tagger.version(), http.url());
        return new EnrichApp(streams, registry, http, watchers);
    }

    /** The enrich topology over one tagger and registry, recording to {@code meters}. */
    public static Topology topology(EnrichConfig config, Tagger tagger, SchemaRegistry registry, MeterRegistry meters) {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, config, tagger, registry, Clock.systemUTC(), new EnrichMeters(meters));
        return builder.build();
    }

    /** The shared Streams defaults with enrich's application id, state directory, {@code enrich.streams.*} overrides and meters. */
    public static Properties streamsProperties(EnrichConfig config, MeterRegistry meters) {
        Properties properties = StreamsDefaults.properties(config, config.getString(EnrichConfig.APPLICATION_ID), config.stateDir(),
                EnrichConfig.STREAMS_PREFIX);
        StreamsDefaults.meter(properties, meters, config);
        return properties;
    }

    /** The topics enrich reads and writes, as declared in {@link Topics}. */
    public static List<NewTopic> topics(EnrichConfig config) {
        List<NewTopic> topics = new ArrayList<>();
        for (Topics.Declared topic : List.of(Topics.Declared.DISPATCHES, Topics.Declared.ENRICHED, Topics.Declared.DEAD_LETTERS, Topics.Declared.KB_ACTORS)) {
            topics.add(topic.newTopic(config));
        }
        config.eventTypes().forEach(type -> topics.add(Topics.eventTopic(config, type)));
        return topics;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public int httpPort() {
        return http.port();
    }

    /** Where a client on this machine reaches {@code /health} and {@code /metrics}. */
    public String httpUrl() {
        return http.url();
    }

    @Override
    public void close() {
        http.close();
        Resources.closeAll(watchers);
        streams.close(Duration.ofSeconds(30));
        registry.close();
    }

    public static void main(String[] args) throws InterruptedException {
        EnrichApp app = start(ConfigLoader.load(Map.of()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "enrich-shutdown"));
        stopped.await();
    }
}
