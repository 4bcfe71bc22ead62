package io.newswire.enrich;

import io.newswire.core.ConfigLoader;
import io.newswire.core.StreamsDefaults;
import io.newswire.core.Topics;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.registry.SchemaRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** The enrich Kafka Streams app: creates its topics, loads the tagger, runs the topology. */
public final class EnrichApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichApp.class);

    private final KafkaStreams streams;
    private final SchemaRegistry registry;

    private EnrichApp(KafkaStreams streams, SchemaRegistry registry) {
        this.streams = streams;
        this.registry = registry;
    }

    public static EnrichApp start(Map<String, String> values) {
        EnrichConfig config = new EnrichConfig(values);
        Topics.ensure(config.bootstrapServers(), topics(config));
        Tagger tagger = Tagger.loadDefault();
        SchemaRegistry registry = new HttpSchemaRegistryClient(config.registryUrl(), config.registryUserInfo());

        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, config, tagger, registry);
        KafkaStreams streams = new KafkaStreams(builder.build(),
                StreamsDefaults.properties(config, config.getString(EnrichConfig.APPLICATION_ID), config.stateDir()));
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Enrich stream thread failed; replacing it", e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
        StreamsDefaults.awaitRunning(streams, Duration.ofSeconds(90));
        LOG.info("Enrich running: {} -> {} (tagger {})", config.getString(EnrichConfig.TOPIC_DISPATCHES),
                config.getString(EnrichConfig.TOPIC_ENRICHED), Tagger.version());
        return new EnrichApp(streams, registry);
    }

    static List<NewTopic> topics(EnrichConfig config) {
        int partitions = config.getInt(EnrichConfig.PARTITIONS);
        List<NewTopic> topics = new ArrayList<>(List.of(
                Topics.topic(config.getString(EnrichConfig.TOPIC_DISPATCHES), partitions),
                Topics.topic(config.getString(EnrichConfig.TOPIC_ENRICHED), partitions),
                Topics.topic(config.getString(EnrichConfig.TOPIC_DEAD_LETTERS), 1)));
        config.eventTypes().forEach(type -> topics.add(Topics.topic(config.eventTopic(type), partitions)));
        return topics;
    }

    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
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
