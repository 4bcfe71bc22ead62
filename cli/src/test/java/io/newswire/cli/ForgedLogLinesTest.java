package io.newswire.cli;

import io.newswire.core.CommonConfig;
import io.newswire.core.metrics.AppMetrics;
import io.newswire.ingest.DropFolder;
import io.newswire.ingest.IngestConfig;
import io.newswire.ingest.Intake;
import io.newswire.ingest.format.DispatchMetadata;
import io.newswire.runtime.LocalCluster;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tries to forge an ERROR line in the log through every entry point that logs an outside value: a Kafka key read by
 * enrich and by aggregate, a schema registry subject, a watched file's name. The log is the command line's own
 * (LogSetup: the file under the data directory, with the escaping layout).
 */
class ForgedLogLinesTest {
    private static final String FORGED_PREFIX = "00:00:00.000 ERROR [main] i.n.Forged - FORGED";

    @AfterEach
    void restoreTestLogging() {
        LogSetup.quiet();
    }

    private static String payload(String entryPoint) {
        return "x\r\n" + FORGED_PREFIX + " " + entryPoint + "\u2028" + FORGED_PREFIX + " " + entryPoint + "-ls\n";
    }

    @Test
    void noOutsideValueCanForgeALogLine(@TempDir Path dataDir) throws Exception {
        Path log = LogSetup.toFile(dataDir, false);
        LocalCluster cluster = LocalCluster.shared();
        PipelineUnderTest run = PipelineUnderTest.isolated(cluster, dataDir, "forged-log");
        try (Pipeline pipeline = Pipeline.start(run.config());
             var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()),
                     new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(run.topic(CommonConfig.TOPIC_DISPATCHES), payload("enrich-key"), "not avro".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(run.topic(CommonConfig.TOPIC_ENRICHED), payload("aggregate-key"), "not avro".getBytes(StandardCharsets.UTF_8))).get();

            String subject = URLEncoder.encode(payload("registry-subject"), StandardCharsets.UTF_8).replace("+", "%20");
            HttpResponse<String> registered = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(cluster.registryUrl() + "/subjects/" + subject + "/versions"))
                    .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"schema\":\"{\\\"type\\\":\\\"string\\\"}\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, registered.statusCode(), registered.body());

            Path inbox = Files.createDirectories(dataDir.resolve("inbox"));
            Files.writeString(inbox.resolve(payload("watched-file-name").replace("/", "_") + ".json"), "{not json");
            IngestConfig ingest = new IngestConfig(Map.of(CommonConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers(), CommonConfig.REGISTRY_URL,
                    cluster.registryUrl(), CommonConfig.TOPIC_DISPATCHES, run.topic(CommonConfig.TOPIC_DISPATCHES), IngestConfig.WATCH_STABLE_MS, "100"));
            try (Intake intake = Intake.open(ingest, AppMetrics.create("ingest"))) {
                DropFolder folder = new DropFolder(inbox, intake, DispatchMetadata.none());
                Thread watching = new Thread(folder, "forged-log-watch");
                watching.start();
                awaitInLog(log, List.of("enrich-key", "aggregate-key", "registry-subject", "watched-file-name"), Duration.ofSeconds(90));
                folder.close();
                watching.join(10_000);
            }
        }
        List<String> forged = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith(FORGED_PREFIX) || line.contains("\u2028")) {
                forged.add(line);
            }
        }
        assertTrue(forged.isEmpty(), "forged lines in " + log + ":\n" + String.join("\n", forged));
    }

    /** Waits until the log mentions every entry point's payload: each value was logged, escaped. */
    private static void awaitInLog(Path log, List<String> entryPoints, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        List<String> missing = entryPoints;
        while (System.nanoTime() < deadline) {
            String text = Files.readString(log);
            missing = entryPoints.stream().filter(e -> !text.contains("FORGED " + e)).toList();
            if (missing.isEmpty()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("never logged: " + missing + "\n" + Files.readString(log));
    }
}
