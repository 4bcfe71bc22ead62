package io.newswire.aggregate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.core.metrics.AppMetrics;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.registry.InMemorySchemaRegistry;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;

import static io.newswire.aggregate.ContactsTopologyTest.people;
import static io.newswire.aggregate.bench.EnrichedDispatchBuilder.dispatch;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The contacts that begin and stop counting are metered once each, by type. */
class ContactMetersTest {
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    @TempDir
    Path stateDir;

    @Test
    void eachContactComingAndGoingIsMeteredOnce() {
        MeterRegistry meters = new SimpleMeterRegistry();
        AggregateConfig config = new AggregateConfig(Map.of());
        InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
        StreamsBuilder builder = new StreamsBuilder();
        ContactsTopology.build(builder, config, registry, Stores::inMemoryKeyValueStore);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "aggregate-meters-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(AppMetrics.CONFIG, meters);
        Map<String, String> presidents = people("RUS", "Vladimir Putin", "TUR", "Recep Tayyip Erdogan");
        Map<String, String> ministers = people("RUS", "Sergei Lavrov", "TUR", "Hakan Fidan");
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            TestInputTopic<String, EnrichedDispatch> enriched = driver.createInputTopic(config.enrichedTopic(), new StringSerializer(),
                    new AggregateSerdes(registry).enrichedDispatch.serializer());
            // v1 reports the presidents' call; v2 the same call (no change) and the ministers'; v3 only the ministers'.
            enriched.pipeInput("afp-1", dispatch("afp-1").version(1).on(MONDAY).call(MONDAY, presidents).build());
            enriched.pipeInput("afp-1", dispatch("afp-1").version(2).on(MONDAY).call(MONDAY, presidents).call(MONDAY, ministers).build());
            enriched.pipeInput("afp-1", dispatch("afp-1").version(3).on(MONDAY).call(MONDAY, ministers).build());
        }

        assertEquals(2.0, meters.counter("aggregate.contacts", "type", "PHONE_CALL", "change", "counted").count());
        assertEquals(1.0, meters.counter("aggregate.contacts", "type", "PHONE_CALL", "change", "withdrawn").count());
    }
}
