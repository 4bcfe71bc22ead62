package io.newswire.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.aggregate.api.Json;
import io.newswire.aggregate.bench.NewsGenerator;
import io.newswire.aggregate.bench.NewsGenerator.ExpectedDay;
import io.newswire.core.CommonConfig;
import io.newswire.core.ConfigLoader;
import io.newswire.core.DeadLetters;
import io.newswire.runtime.FreePorts;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.ContactCount;
import io.newswire.schemas.SummitAlert;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static io.newswire.aggregate.ClusterSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The aggregate app in a child JVM is killed (SIGKILL) while it works through a few thousand generated dispatches,
 * restarted on the same state directory, and must end with exactly the expected counts and alerts: exactly once,
 * nothing lost, nothing doubled, whatever transaction the kill interrupted.
 */
class AggregateCrashRecoveryTest {
    private static final Logger LOG = LoggerFactory.getLogger(AggregateCrashRecoveryTest.class);
    private static final String ALL_DAYS = "from=2025-01-01&to=2025-12-31";

    @TempDir
    Path dir;
    private Process child;

    @AfterEach
    void killChild() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void killedMidStreamAndRestartedEndsWithExactlyTheExpectedCountsAndAlerts() throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        Map<String, String> config = ClusterSupport.isolatedConfig(cluster, "crash");
        String input = config.get(CommonConfig.TOPIC_ENRICHED);
        String group = config.get(AggregateConfig.APPLICATION_ID);
        ClusterSupport.createTopic(cluster.bootstrapServers(), input, 4);
        NewsGenerator.News news = NewsGenerator.generate(2025, NewsGenerator.Shape.small(2000));
        List<NewsGenerator.Sent> records = news.records();
        int firstPart = records.size() * 6 / 10;
        LOG.info("{} records ({} distinct contacts, {} alerts, {} late dispatches)", records.size(),
                news.expected().distinctContacts(), news.expected().alertMentions().size(), news.expected().lateDeadLetters());

        ClusterSupport.produce(config, records.subList(0, firstPart));
        int port = FreePorts.pick();
        child = startChild(config, port, "first");
        await(Duration.ofSeconds(120), "the child to commit a fifth of the input", () -> {
            assertTrue(child.isAlive(), "child exited: " + logTail("first"));
            return committed(cluster, group, input) >= records.size() / 5;
        });
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long committedAtKill = committed(cluster, group, input);
        LOG.info("Killed the child with {} of {} records committed", committedAtKill, records.size());
        assertTrue(committedAtKill < records.size(), "killed partway through");

        ClusterSupport.produce(config, records.subList(firstPart, records.size()));
        child = startChild(config, port, "second");
        await(Duration.ofSeconds(150), "the restarted child to commit the whole input", () -> {
            assertTrue(child.isAlive(), "child exited: " + logTail("second"));
            try {
                return ClusterSupport.caughtUp(cluster.bootstrapServers(), group, input);
            } catch (Exception e) {
                return false;
            }
        });

        var registry = new HttpSchemaRegistryClient(cluster.registryUrl(), "");
        var counts = AvroSerdes.value(ContactCount.class, registry).deserializer();
        var alerts = AvroSerdes.value(SummitAlert.class, registry).deserializer();
        String contactsTopic = config.get(CommonConfig.TOPIC_CONTACTS);
        await(Duration.ofSeconds(60), "the contacts topic to hold the expected counts", () ->
                news.expected().days().equals(latestCounts(cluster, contactsTopic, counts)));
        assertEquals(news.expected().days(), latestCounts(cluster, contactsTopic, counts));

        Map<String, Integer> alertMentions = new TreeMap<>();
        Map<String, Integer> timesRaised = new TreeMap<>();
        await(Duration.ofSeconds(30), "the alerts topic to hold the expected alerts", () -> {
            alertMentions.clear();
            timesRaised.clear();
            for (ConsumerRecord<String, byte[]> r : ClusterSupport.readCommitted(cluster.bootstrapServers(), config.get(CommonConfig.TOPIC_ALERTS))) {
                SummitAlert alert = alerts.deserialize(r.topic(), r.value());
                alertMentions.put(r.key(), alert.getMentions());
                if (alert.getMentions() == 1) {
                    timesRaised.merge(r.key(), 1, Integer::sum);
                }
            }
            return news.expected().alertMentions().equals(alertMentions);
        });
        assertEquals(news.expected().alertMentions(), alertMentions, "every alert with its exact mention count");
        assertTrue(timesRaised.values().stream().allMatch(n -> n == 1), "each alert raised exactly once: " + timesRaised);
        assertEquals(news.expected().alertMentions().keySet(), timesRaised.keySet());

        long lateLetters = ClusterSupport.readCommitted(cluster.bootstrapServers(), config.get(CommonConfig.TOPIC_DEAD_LETTERS)).stream()
                .filter(r -> NotCountedToDeadLetters.LATE_STAGE.equals(header(r, DeadLetters.STAGE))).count();
        assertEquals(news.expected().lateDeadLetters(), lateLetters, "one dead letter per dispatch version with late contacts");

        for (String pair : news.expected().pairs()) {
            String[] c = pair.split("-");
            ClusterSupport.Response response = ClusterSupport.get(port, "/api/contacts/" + c[0] + "/" + c[1] + "?" + ALL_DAYS);
            assertEquals(200, response.status(), response.body());
            Map<String, ExpectedDay> days = new TreeMap<>();
            for (JsonNode day : Json.MAPPER.readTree(response.body()).get("days")) {
                Map<String, Integer> byType = new TreeMap<>();
                day.get("byType").fields().forEachRemaining(e -> byType.put(e.getKey(), e.getValue().asInt()));
                days.put(pair + "|" + day.get("day").asText(), new ExpectedDay(day.get("contacts").asInt(), day.get("mentions").asInt(), byType));
            }
            Map<String, ExpectedDay> expected = new TreeMap<>();
            news.expected().days().forEach((k, v) -> {
                if (k.startsWith(pair + "|")) {
                    expected.put(k, v);
                }
            });
            assertEquals(expected, days, "HTTP API for " + pair);
        }
    }

    /** The latest count per pair and day on the compacted contacts topic, read committed; days back to zero left out. */
    private static Map<String, ExpectedDay> latestCounts(LocalCluster cluster, String topic,
                                                         org.apache.kafka.common.serialization.Deserializer<ContactCount> counts) {
        Map<String, ExpectedDay> latest = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> r : ClusterSupport.readCommitted(cluster.bootstrapServers(), topic)) {
            ExpectedDay.fold(latest, r.key(), counts.deserialize(r.topic(), r.value()));
        }
        return latest;
    }

    private Process startChild(Map<String, String> config, int port, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), AggregateApp.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("NEWSWIRE_"));
        env.put(ConfigLoader.CONFIG_FILE_ENV, dir.resolve("none.properties").toString());
        Map<String, String> childConfig = new TreeMap<>(config);
        childConfig.put(AggregateConfig.HTTP_PORT, Integer.toString(port));
        childConfig.put(AggregateConfig.STATE_DIR, dir.resolve("state").toString());
        // A killed member is noticed after its session times out; keep that short so the restart is quick.
        childConfig.put(AggregateApp.STREAMS_PREFIX + "session.timeout.ms", "10000");
        childConfig.put(AggregateApp.STREAMS_PREFIX + "heartbeat.interval.ms", "1000");
        childConfig.forEach((key, value) -> env.put(ConfigLoader.envName(key), value));
        return builder.start();
    }

    private static long committed(LocalCluster cluster, String group, String topic) {
        try {
            return ClusterSupport.committedCount(cluster.bootstrapServers(), group, topic);
        } catch (Exception e) {
            return 0;
        }
    }

    private String logTail(String name) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(name + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
