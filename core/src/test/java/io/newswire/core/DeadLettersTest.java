package io.newswire.core;

import io.newswire.schemas.registry.SchemaRegistryException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadLettersTest {
    private final UnwritableRecords unwritable = new UnwritableRecords();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> in;
    private TestOutputTopic<String, String> out;
    private TestOutputTopic<String, byte[]> dead;

    @BeforeEach
    void start() {
        start(Map.of());
    }

    private void start(Map<String, Object> streamsConfig) {
        StreamsBuilder builder = new StreamsBuilder();
        DeadLetters.tryMapValues(builder.stream("in", Consumed.with(Serdes.String(), Serdes.ByteArray())), "parse",
                        (key, bytes) -> parse(new String(bytes, StandardCharsets.UTF_8)), "dead")
                .mapValues(DeadLettersTest::deliver)
                .to("out", Produced.with(Serdes.String(), Serdes.String()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dead-letters-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(UnwritableRecords.CONFIG, unwritable);
        props.putAll(streamsConfig);
        driver = new TopologyTestDriver(builder.build(), props);
        in = driver.createInputTopic("in", new StringSerializer(), new ByteArraySerializer());
        out = driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer());
        dead = driver.createOutputTopic("dead", new StringDeserializer(), Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    /** A step after the one under test, failing for one value: its failure is not the record's. */
    private static String deliver(String value) {
        if (value.equals("downstream fails")) {
            throw new IllegalStateException("the sink refused it");
        }
        return value;
    }

    private static String parse(String text) {
        if (text.equals("registry down")) {
            throw new SchemaRegistryException("Schema registry unreachable at http://localhost:1: connection refused", null);
        }
        if (!text.startsWith("ok:")) {
            throw new IllegalArgumentException("not an ok record: " + text);
        }
        return text.substring(3);
    }

    @Test
    void badRecordGoesToDeadLettersUnchangedWithReasonAndStageAndTheStreamGoesOn() {
        in.pipeInput("k1", "garbage".getBytes(StandardCharsets.UTF_8));
        in.pipeInput("k2", "ok:fine".getBytes(StandardCharsets.UTF_8));

        TestRecord<String, byte[]> letter = dead.readRecord();
        assertEquals("k1", letter.key());
        assertEquals("garbage", new String(letter.value(), StandardCharsets.UTF_8));
        assertEquals("not an ok record: garbage", header(letter, DeadLetters.REASON));
        assertEquals("parse", header(letter, DeadLetters.STAGE));
        assertEquals("in", header(letter, DeadLetters.SOURCE_TOPIC));
        assertEquals("fine", out.readValue());
        assertTrue(dead.isEmpty());
    }

    @Test
    void unavailableRegistryFailsTheRecordForRetryInsteadOfDeadLetteringIt() {
        assertThrows(RuntimeException.class, () -> in.pipeInput("k3", "registry down".getBytes(StandardCharsets.UTF_8)));
        assertTrue(dead.isEmpty());
        assertTrue(out.isEmpty());
    }

    @Test
    void failureDownstreamIsNotTakenForTheRecordsOwn() {
        assertThrows(RuntimeException.class, () -> in.pipeInput("k4", "ok:downstream fails".getBytes(StandardCharsets.UTF_8)));
        assertTrue(dead.isEmpty(), "a refused write must fail the task, not be written as a dead letter in the same failing transaction");
    }

    @Test
    void recordWhoseOutputKafkaRefusedIsDeadLetteredWhenReadAgain() {
        unwritable.remember("in", 0, 0, "Kafka refused the record for out: RecordTooLargeException");
        in.pipeInput("k5", "ok:too big for out".getBytes(StandardCharsets.UTF_8));
        in.pipeInput("k6", "ok:fine".getBytes(StandardCharsets.UTF_8));

        TestRecord<String, byte[]> letter = dead.readRecord();
        assertEquals("k5", letter.key());
        assertEquals("ok:too big for out", new String(letter.value(), StandardCharsets.UTF_8));
        assertEquals(DeadLetters.WRITE_STAGE, header(letter, DeadLetters.STAGE));
        assertEquals("Kafka refused the record for out: RecordTooLargeException", header(letter, DeadLetters.REASON));
        assertEquals(List.of("fine"), out.readValuesToList());
    }

    @Test
    void deadLetterTooLargeToWriteKeepsItsReasonAndPointsToTheOriginal() {
        driver.close();
        start(Map.of(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 2000));
        byte[] big = ("x".repeat(5000) + "\nline two").getBytes(StandardCharsets.UTF_8);
        in.pipeInput("k7", big);

        TestRecord<String, byte[]> letter = dead.readRecord();
        assertEquals(0, letter.value().length);
        assertTrue(Integer.parseInt(header(letter, DeadLetters.ORIGINAL_BYTES)) > 5000);
        assertEquals("0", header(letter, DeadLetters.SOURCE_OFFSET));
        assertTrue(header(letter, DeadLetters.REASON).startsWith("not an ok record: xxx"));
        assertTrue(header(letter, DeadLetters.REASON).length() < 2100, "reasons are bounded");
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
