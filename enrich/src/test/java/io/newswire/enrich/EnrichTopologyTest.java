package io.newswire.enrich;

import io.newswire.core.DeadLetters;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.DispatchEvent;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import io.newswire.schemas.EventType;
import io.newswire.schemas.registry.InMemorySchemaRegistry;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnrichTopologyTest {
    private static final Tagger TAGGER = Tagger.loadDefault();
    private static final String CALL = "ANKARA, 21 février 2020 - Le président turc Recep Tayyip Erdogan et son homologue russe "
            + "Vladimir Poutine se sont entretenus au téléphone vendredi au sujet de la situation à Idleb, a annoncé la présidence turque.";

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final EnrichConfig config = new EnrichConfig(Map.of());
    private TopologyTestDriver driver;
    private TestInputTopic<String, Dispatch> dispatches;
    private TestInputTopic<String, byte[]> rawDispatches;
    private TestOutputTopic<String, EnrichedDispatch> enriched;
    private TestOutputTopic<String, DispatchEvent> phoneCalls;
    private TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, config, TAGGER, registry);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(builder.build(), props);
        String in = config.getString(EnrichConfig.TOPIC_DISPATCHES);
        dispatches = driver.createInputTopic(in, new StringSerializer(), AvroSerdes.value(Dispatch.class, registry).serializer());
        rawDispatches = driver.createInputTopic(in, new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(config.getString(EnrichConfig.TOPIC_ENRICHED), new StringDeserializer(),
                AvroSerdes.value(EnrichedDispatch.class, registry).deserializer());
        phoneCalls = driver.createOutputTopic(config.eventTopic(EventType.PHONE_CALL), new StringDeserializer(),
                AvroSerdes.value(DispatchEvent.class, registry).deserializer());
        deadLetters = driver.createOutputTopic(config.getString(EnrichConfig.TOPIC_DEAD_LETTERS), new StringDeserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void dispatchIsEnrichedUnderItsIdAndItsCallGoesToThePhoneCallTopic() {
        dispatches.pipeInput("afp-1", dispatch("afp-1", CALL));

        TestRecord<String, EnrichedDispatch> record = enriched.readRecord();
        assertEquals("afp-1", record.key());
        assertEquals("fr", record.value().getLanguage());
        Event call = record.value().getEvents().stream().filter(e -> e.getType().equals(EventType.PHONE_CALL.wireName())).findFirst().orElseThrow();
        assertEquals(List.of("RUS", "TUR"), call.getCountries());

        TestRecord<String, DispatchEvent> event = phoneCalls.readRecord();
        assertEquals("afp-1/" + call.getId(), event.key());
        assertEquals("afp-1", event.value().getDispatch().getId());
    }

    @Test
    void unreadableRecordGoesToDeadLettersWithTheReasonAndTheNextOneIsStillEnriched() {
        byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
        rawDispatches.pipeInput("broken-1", garbage);
        dispatches.pipeInput("afp-2", dispatch("afp-2", CALL));

        TestRecord<String, byte[]> dead = deadLetters.readRecord();
        assertEquals("broken-1", dead.key());
        assertEquals("not avro at all", new String(dead.value(), StandardCharsets.UTF_8));
        String reason = new String(dead.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("magic byte"), reason);
        assertEquals("tag", new String(dead.headers().lastHeader(DeadLetters.STAGE).value(), StandardCharsets.UTF_8));

        assertEquals("afp-2", enriched.readRecord().key());
        assertTrue(enriched.isEmpty());
    }

    private static Dispatch dispatch(String id, String body) {
        return Dispatch.newBuilder().setId(id).setSource("AFP").setBody(body)
                .setPublished(Instant.parse("2020-02-21T17:00:00Z")).setReceived(Instant.parse("2020-02-21T17:00:05Z")).build();
    }
}
