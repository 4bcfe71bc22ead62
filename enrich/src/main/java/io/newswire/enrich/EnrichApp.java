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
                StreamsDefaults.properties(config, config.getString(EnrichConfig.APPLICATION_ID), config.stateDir(), EnrichConfig.STREAMS_PREFIX));
        StreamsDefaults.replaceFailedThreads(streams, "Enrich");
        streams.start();
        StreamsDefaults.awaitRunning(streams, Duration.ofSeconds(90));
        LOG.info("Enrich running: {} -> {} (tagger {})", config.getString(EnrichConfig.TOPIC_DISPATCHES),
                config.getString(EnrichConfig.TOPIC_ENRICHED), Tagger.version());
        return new EnrichApp(streams, registry);
    }

    /** The topics enrich reads and writes, as declared in {@link Topics}. */
    static List<NewTopic> topics(EnrichConfig config) {
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
