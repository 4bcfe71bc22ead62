package io.newswire.cli;

import io.newswire.schemas.ActorTag;
import io.newswire.schemas.CountryTag;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import io.newswire.schemas.registry.SchemaRegistry;
import io.newswire.schemas.serde.WireFormatAvroDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the enriched topic until every published dispatch is there, and prints what was tagged. */
final class EnrichedSummary {
    private final String bootstrapServers;
    private final String topic;
    private final SchemaRegistry registry;

    EnrichedSummary(String bootstrapServers, String topic, SchemaRegistry registry) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.registry = registry;
    }

    /** The latest enriched version of each id, waiting up to {@code timeout} for all of them. */
    Map<String, EnrichedDispatch> await(Collection<String> ids, Duration timeout) {
        Map<String, EnrichedDispatch> found = new LinkedHashMap<>();
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, EnrichedDispatch> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new WireFormatAvroDeserializer<>(registry, EnrichedDispatch.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!found.keySet().containsAll(ids) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, EnrichedDispatch> record : consumer.poll(Duration.ofMillis(250))) {
                    if (ids.contains(record.key())) {
                        found.put(record.key(), record.value());
                    }
                }
            }
        }
        return found;
    }

    static void print(EnrichedDispatch d, PrintStream out) {
        out.printf("%n%s  [%s] %s%n", d.getDispatch().getId(), d.getLanguage(), d.getDispatch().getHeadline() == null ? "" : d.getDispatch().getHeadline());
        out.println("  actors:    " + d.getActors().stream().map(EnrichedSummary::actor).collect(Collectors.joining(", ")));
        out.println("  countries: " + d.getCountries().stream().map(CountryTag::getCode).collect(Collectors.joining(" ")));
        for (Event e : d.getEvents()) {
            out.printf("  event:     %-16s %-18s %s %s%n", e.getType(), String.join("-", e.getCountries()), e.getDate(), e.getStatus());
        }
    }

    private static String actor(ActorTag a) {
        return a.getName() + (a.getCountry() == null ? "" : " (" + a.getCountry() + ")");
    }
}
