package io.newswire.enrich;

import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.ActorTag;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.KbActor;
import io.newswire.schemas.KbTenure;
import io.newswire.schemas.registry.InMemorySchemaRegistry;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** People of the kb-actors topic are laid over the knowledge base from the next dispatch on, without a restart. */
class KbOverlayTopologyTest {
    private static final Instant NOW = Instant.parse("2024-03-12T09:00:00Z");
    private static final String TEXT = "WARSAW, March 12 - Deputy Foreign Minister Andrzej Szejna met the visiting delegation. Szejna said talks went well.";

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final EnrichConfig config = new EnrichConfig(Map.of());
    private TopologyTestDriver driver;
    private TestInputTopic<String, Dispatch> dispatches;
    private TestInputTopic<String, KbActor> people;
    private TestInputTopic<String, byte[]> rawPeople;
    private TestOutputTopic<String, EnrichedDispatch> enriched;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, config, Tagger.loadDefault(), registry, Clock.fixed(NOW, ZoneOffset.UTC));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-overlay-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(builder.build(), props);
        dispatches = driver.createInputTopic(config.getString(EnrichConfig.TOPIC_DISPATCHES), new StringSerializer(), AvroSerdes.value(Dispatch.class, registry).serializer());
        people = driver.createInputTopic(config.getString(EnrichConfig.TOPIC_KB_ACTORS), new StringSerializer(), AvroSerdes.value(KbActor.class, registry).serializer());
        rawPeople = driver.createInputTopic(config.getString(EnrichConfig.TOPIC_KB_ACTORS), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(config.getString(EnrichConfig.TOPIC_ENRICHED), new StringDeserializer(), AvroSerdes.value(EnrichedDispatch.class, registry).deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aPersonAddedToTheTopicIsTaggedFromTheNextDispatchOn() {
        assertTrue(szejna(tag("before")).isEmpty() || !szejna(tag("before-2")).orElseThrow().getLinked(), "unknown before the entry: open-world at most");

        people.pipeInput("andrzej-szejna", entry("andrzej-szejna", "Andrzej Szejna", "POL", "deputy_foreign_minister", List.of("Szejna")));
        ActorTag szejna = szejna(tag("after")).orElseThrow();

        assertTrue(szejna.getLinked());
        assertEquals("POL", szejna.getCountry());
        assertEquals("deputy_foreign_minister", szejna.getRole());
        assertEquals(2, szejna.getMentions().size(), "name and alias: " + szejna.getMentions());
    }

    @Test
    void aLaterEntryForTheSameIdReplacesTheEarlierOneAndATombstoneRemovesIt() {
        people.pipeInput("andrzej-szejna", entry("andrzej-szejna", "Andrzej Szejna", "POL", "deputy_foreign_minister", List.of()));
        people.pipeInput("andrzej-szejna", entry("andrzej-szejna", "Andrzej Szejna", "POL", "ambassador", List.of()));
        assertEquals("ambassador", szejna(tag("replaced")).orElseThrow().getRole());

        people.pipeInput("andrzej-szejna", (KbActor) null);
        Optional<ActorTag> after = szejna(tag("removed"));
        assertTrue(after.isEmpty() || !after.get().getLinked(), "the overlay no longer knows him: " + after);
    }

    @Test
    void anEntryTheKnowledgeBaseCannotReadIsLeftOutAndThePipelineGoesOn() {
        rawPeople.pipeInput("garbage", new byte[]{0, 0, 0, 0, 42, 1, 2});
        people.pipeInput("andrzej-szejna", entry("andrzej-szejna", "Andrzej Szejna", "ZZZ", "deputy_foreign_minister", List.of()));
        people.pipeInput("someone", entry("someone", "Some One", "POL", "grand_vizier", List.of()));

        EnrichedDispatch e = tag("still-running");
        assertFalse(szejna(e).map(ActorTag::getLinked).orElse(false), "an entry with an unknown country is not read");
        assertTrue(e.getActors().stream().noneMatch(a -> a.getName().equals("Some One")));
    }

    private EnrichedDispatch tag(String id) {
        dispatches.pipeInput(id, Dispatch.newBuilder().setId(id).setSource("PAP").setBody(TEXT)
                .setPublished(Instant.parse("2024-03-12T08:00:00Z")).setReceived(Instant.parse("2024-03-12T08:01:00Z")).build());
        return enriched.readValue();
    }

    private static Optional<ActorTag> szejna(EnrichedDispatch e) {
        return e.getActors().stream().filter(a -> a.getName().contains("Szejna")).findFirst();
    }

    static KbActor entry(String id, String name, String country, String role, List<String> aliases) {
        return new KbActor(id, name, country, aliases, List.of(new KbTenure(country, role, LocalDate.of(2023, 12, 13), null)),
                "test", null, Instant.parse("2024-03-12T07:00:00Z"));
    }
}
