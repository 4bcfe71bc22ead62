package io.newswire.enrich;

import io.newswire.core.DerivedHeaders;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import io.newswire.core.DeadLetters;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.DateSource;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.DispatchEvent;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import io.newswire.schemas.Truncation;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnrichTopologyTest {
    private static final Tagger TAGGER = Tagger.loadDefault();
    private static final String CALL = "ANKARA, 21 février 2020 - Le président turc Recep Tayyip Erdogan et son homologue russe "
            + "Vladimir Poutine se sont entretenus au téléphone vendredi au sujet de la situation à Idleb, a annoncé la présidence turque.";

    private static final String[] DENSE = {
            "Russia and Turkey spoke by phone with France, Germany and Ukraine on Friday. ",
            "Vladimir Putin called Recep Tayyip Erdogan about Syria, Iran and Israel. ",
            "The presidents of China, India and Brazil held a telephone call with Egypt. "};
    /** The clock of the topology under test: dispatches are received before it, in 2020. */
    private static final Instant NOW = Instant.parse("2020-02-22T09:00:00Z");

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private EnrichConfig config = new EnrichConfig(Map.of());
    private TopologyTestDriver driver;
    private TestInputTopic<String, Dispatch> dispatches;
    private TestInputTopic<String, byte[]> rawDispatches;
    private TestOutputTopic<String, EnrichedDispatch> enriched;
    private TestOutputTopic<String, DispatchEvent> phoneCalls;
    private TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, config, TAGGER, registry, Clock.fixed(NOW, ZoneOffset.UTC));
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
    void enrichedDispatchAndEventsDescribeThemselvesNotTheDispatchsHeaders() {
        Headers dispatchHeaders = new RecordHeaders();
        dispatchHeaders.add("newswire.dispatch.sha256", "9f2c".getBytes(StandardCharsets.UTF_8));
        dispatchHeaders.add("newswire.dispatch.version", "1".getBytes(StandardCharsets.UTF_8));
        dispatches.pipeInput(new TestRecord<>("afp-1", dispatch("afp-1", CALL), dispatchHeaders));

        Headers onEnriched = enriched.readRecord().headers();
        Headers onEvent = phoneCalls.readRecord().headers();
        for (Headers headers : List.of(onEnriched, onEvent)) {
            assertNull(headers.lastHeader("newswire.dispatch.sha256"));
            assertNull(headers.lastHeader("newswire.dispatch.version"));
            assertEquals("enrich", new String(headers.lastHeader(DerivedHeaders.PRODUCER).value(), StandardCharsets.UTF_8));
        }
        assertEquals("io.newswire.schemas.EnrichedDispatch", new String(onEnriched.lastHeader(DerivedHeaders.SCHEMA).value(), StandardCharsets.UTF_8));
        assertEquals("io.newswire.schemas.DispatchEvent", new String(onEvent.lastHeader(DerivedHeaders.SCHEMA).value(), StandardCharsets.UTF_8));
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

    @Test
    void denseDispatchIsKeptWithinTheCapsAndTheCapsAreRecorded() {
        dispatches.pipeInput("dense-1", dispatch("dense-1", dense(100_000)));

        EnrichedDispatch record = enriched.readValue();
        Truncation cut = record.getTruncation();
        assertEquals(20, cut.getMaxMentionsPerTag());
        assertTrue(cut.getMentionsLeftOut() > 1000 && cut.getEvidenceLeftOut() > 100, cut.toString());
        assertTrue(record.getActors().stream().allMatch(a -> a.getMentions().size() <= 20));
        assertTrue(record.getCountries().stream().allMatch(c -> c.getMentions().size() <= 20));
        assertTrue(record.getEvents().stream().allMatch(e -> e.getEvidence().size() <= 10));
        assertTrue(encodedSize(record) < 64 * 1024, "the record of 100 kB of dense text stays small: " + encodedSize(record));
    }

    @Test
    void ordinaryDispatchIsNotTruncated() {
        dispatches.pipeInput("afp-1", dispatch("afp-1", CALL));

        assertNull(enriched.readValue().getTruncation());
    }

    @Test
    void longEvidenceSentenceIsCutAtAWordBoundary() {
        String longCall = CALL.replace("a annoncé la présidence turque.", "a annoncé la présidence turque, " + "et ainsi de suite ".repeat(60) + "pour finir.");
        dispatches.pipeInput("afp-1", dispatch("afp-1", longCall));

        String sentence = enriched.readValue().getEvents().get(0).getEvidence().get(0).getSentence();
        assertTrue(sentence.length() <= 500 && sentence.endsWith("suite…"), sentence);
    }

    @Test
    void idOverTheLimitGoesToDeadLettersAndTheNextDispatchIsEnriched() {
        String longId = "h".repeat(10_000);
        dispatches.pipeInput(longId, dispatch(longId, CALL));
        dispatches.pipeInput("afp-2", dispatch("afp-2", CALL));

        TestRecord<String, byte[]> dead = deadLetters.readRecord();
        String reason = new String(dead.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8);
        assertEquals("Dispatch refused: record key: id is 10000 characters long, over the limit of 256 (dispatch.max.id.chars)", reason);
        assertEquals("afp-2", enriched.readRecord().key());
    }

    @Test
    void recordKeyOtherThanTheIdGoesToDeadLetters() {
        dispatches.pipeInput("afp-9", dispatch("afp-1", CALL));

        assertTrue(enriched.isEmpty());
        assertTrue(new String(deadLetters.readRecord().headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8)
                .contains("is not the dispatch id"));
    }

    @Test
    void publishedIn9999IsTaggedButItsDatesAreMarkedAndTheRecordsCarryTheReceipt() {
        Instant received = Instant.parse("2020-02-21T17:00:05Z");
        dispatches.pipeInput("afp-1", Dispatch.newBuilder(dispatch("afp-1", CALL.replace("21 février 2020", "21 février")))
                .setPublished(Instant.parse("9999-12-30T10:00:00Z")).setReceived(received).build());

        TestRecord<String, EnrichedDispatch> record = enriched.readRecord();
        assertFalse(record.value().getReferenceDateTrusted());
        Event call = record.value().getEvents().get(0);
        assertEquals(DateSource.UNTRUSTED.wireName(), call.getDateSource());
        assertEquals(received.toEpochMilli(), record.timestamp(), "the Kafka timestamp is the receipt, never the sender's date");
        assertEquals(received.toEpochMilli(), phoneCalls.readRecord().timestamp());
    }

    @Test
    void receiptAheadOfTheClockIsReplacedByTheClock() {
        dispatches.pipeInput("afp-1", Dispatch.newBuilder(dispatch("afp-1", CALL)).setReceived(Instant.parse("9999-12-30T10:00:00Z")).build());

        TestRecord<String, EnrichedDispatch> record = enriched.readRecord();
        assertEquals(NOW.toEpochMilli(), record.timestamp());
        assertTrue(record.value().getReferenceDateTrusted(), "published 2020-02-21 is before the clock's 2020-02-22");
    }

    @Test
    void enrichedRecordOverTheRecordLimitGoesToDeadLettersWithItsSize() {
        driver.close();
        config = new EnrichConfig(Map.of(EnrichConfig.MAX_MENTIONS_PER_TAG, "10000", EnrichConfig.MAX_EVIDENCE_PER_EVENT, "1000",
                EnrichConfig.TOPIC_MAX_MESSAGE_BYTES, String.valueOf(1024 * 1024)));
        start();
        dispatches.pipeInput("dense-1", dispatch("dense-1", dense(500_000)));
        dispatches.pipeInput("afp-2", dispatch("afp-2", CALL));

        String reason = new String(deadLetters.readRecord().headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8);
        assertTrue(reason.startsWith("The enriched dispatch for dispatches-enriched is ") && reason.contains("over the limit of 1032192 bytes"), reason);
        assertEquals("afp-2", enriched.readRecord().key());
    }

    private int encodedSize(EnrichedDispatch record) {
        return AvroSerdes.value(EnrichedDispatch.class, registry).serializer().serialize("size", record).length;
    }

    private static String dense(int chars) {
        StringBuilder text = new StringBuilder(chars + 100);
        for (int i = 0; text.length() < chars; i++) {
            text.append(DENSE[i % DENSE.length]);
        }
        return text.toString();
    }

    private static Dispatch dispatch(String id, String body) {
        return Dispatch.newBuilder().setId(id).setSource("AFP").setBody(body)
                .setPublished(Instant.parse("2020-02-21T17:00:00Z")).setReceived(Instant.parse("2020-02-21T17:00:05Z")).build();
    }
}
