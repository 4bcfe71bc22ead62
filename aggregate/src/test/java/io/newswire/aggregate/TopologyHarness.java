package io.newswire.aggregate;

import io.newswire.aggregate.state.PairDay;
import io.newswire.schemas.ContactCount;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.SummitAlert;
import io.newswire.schemas.aggregate.Contact;
import io.newswire.schemas.registry.InMemorySchemaRegistry;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The aggregate topology in a TopologyTestDriver, with its topics and stores at hand. */
final class TopologyHarness implements AutoCloseable {
    final AggregateConfig config;
    final TopologyTestDriver driver;
    final TestInputTopic<String, EnrichedDispatch> enriched;
    final TestInputTopic<String, byte[]> rawEnriched;
    final TestOutputTopic<String, ContactCount> contacts;
    final TestOutputTopic<String, SummitAlert> alerts;
    final TestOutputTopic<String, byte[]> deadLetters;
    /** Every ContactCount emitted so far, the latest per pair and day. */
    private final Map<String, ContactCount> latestCounts = new LinkedHashMap<>();

    TopologyHarness(Path stateDir, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(overrides);
        config = new AggregateConfig(values);
        InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
        AggregateSerdes serdes = new AggregateSerdes(registry);
        StreamsBuilder builder = new StreamsBuilder();
        ContactsTopology.build(builder, config, registry, Stores::inMemoryKeyValueStore);  // logic tests: no RocksDB flush per record
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "aggregate-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), props);
        enriched = driver.createInputTopic(config.enrichedTopic(), new StringSerializer(), serdes.enrichedDispatch.serializer());
        rawEnriched = driver.createInputTopic(config.enrichedTopic(), new StringSerializer(), new ByteArraySerializer());
        contacts = driver.createOutputTopic(config.contactsTopic(), new StringDeserializer(), serdes.contactCount.deserializer());
        alerts = driver.createOutputTopic(config.alertsTopic(), new StringDeserializer(), serdes.summitAlert.deserializer());
        deadLetters = driver.createOutputTopic(config.deadLetterTopic(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    void send(EnrichedDispatch... dispatches) {
        for (EnrichedDispatch d : dispatches) {
            enriched.pipeInput(d.getDispatch().getId(), d);
        }
    }

    /** The latest count emitted for a pair and day (null if none). */
    ContactCount count(String pair, LocalDate day) {
        drainContacts();
        return latestCounts.get(pair + "|" + day);
    }

    int contactsOn(String pair, LocalDate day) {
        ContactCount count = count(pair, day);
        return count == null ? 0 : count.getContacts();
    }

    private void drainContacts() {
        for (TestRecord<String, ContactCount> r : contacts.readRecordsToList()) {
            latestCounts.put(r.key() + "|" + r.value().getDay(), r.value());
        }
    }

    /** The pair-days kept, each counted as the app counts it. */
    Map<String, ContactCount> pairDays() {
        Map<String, ContactCount> days = new TreeMap<>();
        storedDays().forEach(day -> days.put(ContactCounter.dayKey(day.pair(), day.day()), DayTally.count(CountryPair.parse(day.pair()), day.day(), day.contacts())));
        return days;
    }

    /** Every contact kept, by id. */
    Map<String, Contact> contactReports() {
        Map<String, Contact> contacts = new TreeMap<>();
        storedDays().forEach(day -> day.contacts().forEach(c -> contacts.put(c.getContactId(), c)));
        return contacts;
    }

    private List<PairDay> storedDays() {
        KeyValueStore<String, PairDay> store = driver.getKeyValueStore(ContactsTopology.PAIR_DAYS);
        List<PairDay> days = new ArrayList<>();
        try (KeyValueIterator<String, PairDay> all = store.all()) {
            all.forEachRemaining(entry -> days.add(entry.value));
        }
        return days;
    }

    List<TestRecord<String, SummitAlert>> alertRecords() {
        return alerts.readRecordsToList();
    }

    @Override
    public void close() {
        driver.close();
    }
}
