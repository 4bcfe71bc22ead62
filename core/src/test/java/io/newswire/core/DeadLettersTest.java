package io.newswire.core;

import io.newswire.schemas.registry.SchemaRegistryException;
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
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadLettersTest {
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> in;
    private TestOutputTopic<String, String> out;
    private TestOutputTopic<String, byte[]> dead;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        DeadLetters.tryMapValues(builder.stream("in", Consumed.with(Serdes.String(), Serdes.ByteArray())), "parse",
                        (key, bytes) -> parse(new String(bytes, StandardCharsets.UTF_8)), "dead")
                .to("out", Produced.with(Serdes.String(), Serdes.String()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dead-letters-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(builder.build(), props);
        in = driver.createInputTopic("in", new StringSerializer(), new ByteArraySerializer());
        out = driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer());
        dead = driver.createOutputTopic("dead", new StringDeserializer(), Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
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

    private static String header(TestRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
