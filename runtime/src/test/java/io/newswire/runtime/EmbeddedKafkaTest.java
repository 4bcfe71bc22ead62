package io.newswire.runtime;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class EmbeddedKafkaTest {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaTest.class);

    @Test
    void acknowledgedRecordsSurviveABrokerKillAndRestart(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
            produce(kafka, "survivors", List.of("one", "two", "three"));

            kafka.kill();
            assertFalse(kafka.isRunning());
            kafka.restart();

            assertTrue(kafka.isRunning());
            assertEquals(List.of("one", "two", "three"), consumeAll(kafka, "survivors", 3));
        }
    }

    @Test
    void restartedBrokerKeepsItsPortAndData(@TempDir Path dir) throws Exception {
        int port;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
            port = kafka.port();
            produce(kafka, "kept", List.of("a"));
        }
        try (EmbeddedKafka again = EmbeddedKafka.start(dir, 0)) {
            assertEquals(port, again.port());
            assertEquals(List.of("a"), consumeAll(again, "kept", 1));
        }
    }

    @Test
    void brokerKilledFromOutsideIsStartedAgainByItsSupervisor(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
            produce(kafka, "before-crash", List.of("kept"));
            BrokerNode broker = kafka.broker(1);
            long killed = broker.pid();

            ProcessHandle.of(killed).orElseThrow().destroyForcibly();
            long start = System.nanoTime();

            await(Duration.ofSeconds(90), "the supervisor to start the broker again", () -> broker.restarts() == 1 && broker.isRunning());
            assertTrue(broker.pid() != killed);
            produce(kafka, "after-crash", List.of("written"));
            LOG.info("Broker killed with SIGKILL took writes again {} ms later", (System.nanoTime() - start) / 1_000_000);
            assertEquals(List.of("kept"), consumeAll(kafka, "before-crash", 1));
        }
    }

    @Test
    void brokerDoesNotOutliveTheJvmThatStartedItWhenThatJvmIsKilled(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("child.log");
        Process child = ChildJvm.of(List.of("-Xmx256m"), ClusterInChildJvm.class.getName(), List.of(dir.resolve("data").toString(), "1"), log).start();
        try {
            await(Duration.ofSeconds(120), "the child JVM's cluster to serve", () -> {
                assertTrue(child.isAlive(), () -> "child exited:\n" + read(log));
                return read(log).contains(ClusterInChildJvm.READY);
            });
            Path brokerDir = dir.resolve("data").resolve("kafka");
            ProcessHandle broker = ProcessHandle.of(lockedPid(brokerDir, "broker")).orElseThrow();
            int port = Integer.parseInt(serverProperties(brokerDir).getProperty(BrokerProperties.PORT));

            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            long killed = System.nanoTime();

            try {
                broker.onExit().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                fail("broker pid " + broker.pid() + " outlived its parent by 60 s");
            }
            long exited = System.nanoTime();
            assertTrue(portIsFree(port), "the broker's port is free again");
            try (EmbeddedKafka again = EmbeddedKafka.start(brokerDir, 0)) {
                assertEquals(port, again.port());
                assertTrue(again.endedOrphans().isEmpty(), "nothing was left to end");
            }
            LOG.info("Parent killed: its broker exited {} ms later; the next start took {} ms", (exited - killed) / 1_000_000,
                    (System.nanoTime() - exited) / 1_000_000);
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void liveOrphanOnTheDataDirectoryIsEndedAndSaidSoButALiveSupervisorKeepsIt(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
            produce(kafka, "orphaned", List.of("still here"));
        }
        // What a newswire killed before brokers watched their parent left behind: Kafka itself, supervised by nobody.
        Process orphan = ChildJvm.of(List.of("-Xmx256m", "-Dlogback.configurationFile=" + dir.resolve("broker-logback.xml")),
                "kafka.Kafka", List.of(dir.resolve("server.properties").toAbsolutePath().toString()), dir.resolve("orphan.log")).start();
        try {
            int port = Integer.parseInt(serverProperties(dir).getProperty(BrokerProperties.PORT));
            Path orphanLog = dir.resolve("orphan.log");
            // an orphan that exits fails at once with its own log; one slow to bind under a loaded build gets 180 s
            await(Duration.ofSeconds(180), () -> "the orphan to hold the port; its log ends:\n" + tail(orphanLog, 40), () -> {
                if (!orphan.isAlive()) throw new AssertionError("the orphan broker exited with " + orphan.exitValue() + "; its log ends:\n" + tail(orphanLog, 40));
                return !portIsFree(port);
            });

            try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
                assertEquals(List.of(orphan.pid()), kafka.endedOrphans());
                assertFalse(orphan.isAlive());
                assertEquals(List.of("still here"), consumeAll(kafka, "orphaned", 1));

                IllegalStateException refused = assertThrows(IllegalStateException.class, () -> EmbeddedKafka.start(dir, 0));
                assertTrue(refused.getMessage().contains("in use by another running newswire"), refused.getMessage());
                assertTrue(kafka.isRunning(), "a broker with a live supervisor is left alone");
            }
        } finally {
            orphan.destroyForcibly();
        }
    }

    static long lockedPid(Path brokerDir, String role) {
        return read(brokerDir.resolve(DirectoryLock.FILE_NAME)).lines().filter(l -> l.startsWith(role + "="))
                .map(l -> Long.parseLong(l.substring(role.length() + 1))).findFirst().orElseThrow();
    }

    private static Properties serverProperties(Path brokerDir) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newInputStream(brokerDir.resolve("server.properties"))) {
            p.load(in);
        }
        return p;
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getByName(EmbeddedKafka.LOOPBACK))) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static String tail(Path file, int lines) {
        List<String> all = read(file).lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        await(timeout, () -> what, condition);
    }

    static void await(Duration timeout, Supplier<String> what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what.get());
            }
            Thread.sleep(100);
        }
    }

    static void produce(EmbeddedKafka kafka, String topic, List<String> values) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, value, value)).get();
            }
        }
    }

    static List<String> consumeAll(EmbeddedKafka kafka, String topic, int expected) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + System.nanoTime(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 60_000;
            while (values.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
