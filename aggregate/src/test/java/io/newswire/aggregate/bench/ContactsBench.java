package io.newswire.aggregate.bench;

import io.newswire.aggregate.AggregateConfig;
import io.newswire.aggregate.AggregateSerdes;
import io.newswire.aggregate.ContactsTopology;
import io.newswire.core.Directories;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.aggregate.state.PairDay;
import io.newswire.schemas.registry.InMemorySchemaRegistry;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Pushes N generated enriched dispatches through the aggregate topology (TopologyTestDriver, RocksDB stores in
 * a temporary directory) and prints events per second into counts and the state stores' size on disk per
 * million contacts: the topology's own cost, without a broker. {@code newswire aggregate --bench N} is the app on a broker.
 * Run with {@code mvn -q -B -o -pl aggregate test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.newswire.aggregate.bench.ContactsBench -Dexec.args="50000 [memory]"}.
 */
public final class ContactsBench {
    /** Flush RocksDB once per this many records, about what a 100 ms commit interval gives at a few thousand records/s. */
    private static final int RECORDS_PER_FLUSH = 500;

    private ContactsBench() {
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 50_000;
        boolean inMemory = args.length > 1 && args[1].equals("memory");
        run(events, inMemory, System.out);
    }

    public static BenchResult run(int events, boolean inMemory, PrintStream out) {
        out.printf("Generating %,d enriched dispatches (fixed seed)...%n", events);
        NewsGenerator.Shape shape = new NewsGenerator.Shape(Math.max(10, events * 10 / 13), 40, 365, 7, 7);
        List<NewsGenerator.Sent> records = NewsGenerator.generate(7, shape).records();
        records = records.subList(0, Math.min(events, records.size()));

        Path stateDir = temporaryDirectory();
        try {
            AggregateConfig config = new AggregateConfig(Map.of());
            InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
            StreamsBuilder builder = new StreamsBuilder();
            ContactsTopology.build(builder, config, registry,
                    name -> inMemory ? Stores.inMemoryKeyValueStore(name) : new CommitPacedStores(name, RECORDS_PER_FLUSH));
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "contacts-bench");
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            long contacts;
            double seconds;
            try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
                TestInputTopic<String, EnrichedDispatch> input = driver.createInputTopic(config.enrichedTopic(),
                        new StringSerializer(), new AggregateSerdes(registry).enrichedDispatch.serializer());
                long start = System.nanoTime();
                for (NewsGenerator.Sent sent : records) {
                    input.pipeInput(sent.key(), sent.value());
                }
                seconds = (System.nanoTime() - start) / 1e9;
                contacts = count(driver.getKeyValueStore(ContactsTopology.PAIR_DAYS));
            }
            long bytes = sizeOf(stateDir, p -> true);
            BenchResult result = new BenchResult(records.size(), seconds, contacts, bytes);
            out.printf("%,d events in %.1f s: %,.0f events/s into counts (%s stores)%n", result.events(), seconds, result.eventsPerSecond(),
                    inMemory ? "in-memory" : "RocksDB");
            if (inMemory) {
                out.printf("%,d distinct contacts%n", contacts);
                return result;
            }
            out.printf("%,d distinct contacts; state stores on disk %,d bytes: %,.0f bytes (%.1f MB) per million contacts%n",
                    contacts, bytes, result.bytesPerMillionContacts(), result.bytesPerMillionContacts() / 1e6);
            long logs = sizeOf(stateDir, p -> p.getFileName().toString().startsWith("LOG"));
            for (String store : List.of(ContactsTopology.SEEN_DISPATCHES, ContactsTopology.PAIR_DAYS, ContactsTopology.SUMMIT_ALERTS)) {
                out.printf("  %-18s %,12d bytes%n", store, sizeOf(stateDir, p -> p.toString().contains("/rocksdb/" + store + "/")));
            }
            out.printf("  of which RocksDB LOG files %,d bytes%n", logs);
            return result;
        } finally {
            Directories.deleteRecursively(stateDir);
        }
    }

    private static long count(KeyValueStore<String, PairDay> store) {
        long n = 0;
        try (KeyValueIterator<String, PairDay> all = store.all()) {
            while (all.hasNext()) {
                n += all.next().value.contacts().size();
            }
        }
        return n;
    }

    private static long sizeOf(Path dir, java.util.function.Predicate<Path> which) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(which).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** In /dev/shm when there is one: TopologyTestDriver fsyncs each store's position file after every record, a cost the app pays once per commit. */
    private static Path temporaryDirectory() {
        try {
            Path shm = Path.of("/dev/shm");
            return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "contacts-bench-")
                    : Files.createTempDirectory("contacts-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
