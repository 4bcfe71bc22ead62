package io.newswire.cli;

import io.newswire.aggregate.AggregateApp;
import io.newswire.aggregate.AggregateConfig;
import io.newswire.aggregate.ContactsTopology;
import io.newswire.aggregate.bench.BenchResult;
import io.newswire.aggregate.bench.NewsGenerator.ExpectedDay;
import io.newswire.aggregate.bench.NewsGenerator;
import io.newswire.core.CommonConfig;
import io.newswire.core.Directories;
import io.newswire.core.Topics;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.ContactCount;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The aggregate app on a real (embedded) broker: N generated enriched dispatches are produced to the enriched topic
 * first, then the app starts (exactly once v2, default commit interval) and the clock runs until the committed
 * {@code contacts} topic holds every expected count. Prints events/s into counts, the RocksDB state directory's
 * size, after the app's clean close, per million distinct contacts, and the records sent per input record by topic
 * (changelogs and repartitions included). {@code newswire aggregate --bench N}.
 */
public final class ContactsBrokerBench {
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final List<String> STORES = List.of(ContactsTopology.SEEN_DISPATCHES,
            ContactsTopology.PAIR_DAYS, ContactsTopology.LATEST_EVENT_DAY, ContactsTopology.SUMMIT_ALERTS);

    private ContactsBrokerBench() {
    }

    /** {@code ContactsBrokerBench [N [key=value ...]]}: the values override the app's configuration. */
    public static void main(String[] args) throws Exception {
        Map<String, String> overrides = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            overrides.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
        }
        run(args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 50_000, overrides, System.out);
    }

    /** Runs the bench; {@code overrides} (e.g. {@code aggregate.stream.threads=2}) go over the embedded cluster's configuration. */
    public static BenchResult run(int events, Map<String, String> overrides, PrintStream out) throws Exception {
        // The generator sends about 1.54 records per dispatch (versions and replays); all of them go, so the expected counts hold.
        NewsGenerator.News news = NewsGenerator.generate(7, new NewsGenerator.Shape(Math.max(10, events * 100 / 154), 40, 365, 7, 7));
        List<NewsGenerator.Sent> records = news.records();
        int contacts = news.expected().distinctContacts();
        out.printf("Generated %,d enriched dispatch records (fixed seed): %,d distinct contacts, %,d pair-days expected%n",
                records.size(), contacts, news.expected().days().size());

        Path dir = Files.createTempDirectory("contacts-broker-bench-");
        try (LocalCluster cluster = LocalCluster.start(dir.resolve("cluster"), 0, 0)) {
            Map<String, String> config = new HashMap<>(cluster.config());
            config.put(AggregateConfig.STATE_DIR, dir.resolve("state").toString());
            config.put(AggregateConfig.HTTP_PORT, "0");
            config.putAll(overrides);
            AggregateConfig aggregate = new AggregateConfig(config);

            long produceStart = System.nanoTime();
            produce(aggregate, records);
            out.printf("Produced them to %s in %.1f s%n", aggregate.enrichedTopic(), seconds(produceStart));

            Map<String, ExpectedDay> counted = new TreeMap<>();
            try (KafkaConsumer<String, ContactCount> contactsTopic = committedReader(aggregate)) {
                contactsTopic.subscribe(List.of(aggregate.contactsTopic()));
                long start = System.nanoTime();
                AggregateApp app = AggregateApp.start(config);
                double startup = seconds(start);
                Map<String, Double> sent;
                try {
                    awaitCounts(contactsTopic, counted, news.expected().days(), start);
                    sent = recordsSentByTopic(app.streams());
                } finally {
                    app.close();
                }
                double seconds = seconds(start);
                Path state = aggregate.stateDir().resolve(aggregate.applicationId());
                long bytes = sizeOf(state, p -> p.toString().contains("/rocksdb/"));
                long logs = sizeOf(state, p -> p.toString().contains("/rocksdb/") && p.getFileName().toString().startsWith("LOG"));
                BenchResult result = new BenchResult(records.size(), seconds, contacts, bytes - logs);

                out.printf("%,d events in %.1f s (%.1f s of it starting Streams): %,.0f events/s into counts (broker, EOS v2, RocksDB%s)%n",
                        result.events(), seconds, startup, result.eventsPerSecond(), overrides.isEmpty() ? "" : ", " + overrides);
                out.printf("%,d distinct contacts; RocksDB state after close %,d bytes (without RocksDB LOG files): %,.0f bytes (%.1f MB) per million contacts%n",
                        contacts, result.stateBytes(), result.bytesPerMillionContacts(), result.bytesPerMillionContacts() / 1e6);
                for (String store : STORES) {
                    long storeBytes = sizeOf(state, p -> p.toString().contains("/rocksdb/" + store + "/") && !p.getFileName().toString().startsWith("LOG"));
                    out.printf("  %-18s %,12d bytes  %,8.0f bytes a contact%n", store, storeBytes, contacts == 0 ? 0.0 : (double) storeBytes / contacts);
                }
                out.printf("  RocksDB LOG files  %,12d bytes (not counted)%n", logs);
                out.printf("Records the app sent per input record, by topic (changelogs written at commits, after the stores' caches):%n");
                sent.forEach((topic, n) -> out.printf("  %-45s %,10.0f  %6.3f a record%n", topic, n, n / records.size()));
                return result;
            }
        } finally {
            Directories.deleteRecursively(dir);
        }
    }

    private static void produce(AggregateConfig config, List<NewsGenerator.Sent> records) {
        Topics.ensure(config.bootstrapServers(), List.of(Topics.Declared.ENRICHED.newTopic(config)));
        Serde<EnrichedDispatch> serde = AvroSerdes.value(EnrichedDispatch.class, new HttpSchemaRegistryClient(config.registryUrl(), config.registryUserInfo()));
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20);
        try (KafkaProducer<String, EnrichedDispatch> producer = new KafkaProducer<>(props, new StringSerializer(), serde.serializer())) {
            for (NewsGenerator.Sent sent : records) {
                producer.send(new ProducerRecord<>(config.enrichedTopic(), sent.key(), sent.value()));
            }
            producer.flush();
        }
    }

    private static KafkaConsumer<String, ContactCount> committedReader(AggregateConfig config) {
        Serde<ContactCount> serde = AvroSerdes.value(ContactCount.class, new HttpSchemaRegistryClient(config.registryUrl(), config.registryUserInfo()));
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "contacts-broker-bench", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(props, new StringDeserializer(), serde.deserializer());
    }

    /** Reads committed counts until every pair-day holds what the generator expects. */
    private static void awaitCounts(KafkaConsumer<String, ContactCount> consumer, Map<String, ExpectedDay> counted,
                                    Map<String, ExpectedDay> expected, long start) {
        long deadline = start + TIMEOUT.toNanos();
        while (!counted.equals(expected)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Counts not complete after " + TIMEOUT.toMinutes() + " min: " + counted.size() + " of " + expected.size() + " pair-days");
            }
            for (ConsumerRecord<String, ContactCount> r : consumer.poll(Duration.ofMillis(100))) {
                ExpectedDay.fold(counted, r.key(), r.value());
            }
        }
    }

    /** The app's producers' {@code record-send-total}, summed per topic over its stream threads. */
    private static Map<String, Double> recordsSentByTopic(KafkaStreams streams) {
        Map<String, Double> sent = new TreeMap<>();
        for (Metric metric : streams.metrics().values()) {
            MetricName name = metric.metricName();
            if (name.group().equals("producer-topic-metrics") && name.name().equals("record-send-total")) {
                String topic = name.tags().get("topic");
                sent.merge(topic, ((Number) metric.metricValue()).doubleValue(), Double::sum);
            }
        }
        return sent;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long sizeOf(Path dir, Predicate<Path> which) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(which).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
