package io.newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.core.CommonConfig;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every app's {@code /metrics}, after the sample wire and one undecodable record went through the whole pipeline, read
 * by Prometheus' own parser ({@code promtool check metrics}); the application meters are there, as histograms and
 * counters (no summaries); and every metric the Grafana dashboard queries is one that an app serves, in valid PromQL.
 */
class MetricsExpositionTest {
    private static final Path DASHBOARD = Path.of("..", "monitoring", "grafana", "dashboards", "newswire.json");
    private static final Pattern METRIC_NAME = Pattern.compile("\\b((?:ingest|enrich|aggregate|newswire|jvm|process|kafka)_[a-z0-9_]+)");

    @Test
    void everyAppsMetricsParseWithPrometheusOwnParserAndCarryTheApplicationMeters(@TempDir Path dataDir) throws Exception {
        Promtool.require();
        LocalCluster cluster = LocalCluster.shared();
        PipelineUnderTest run = PipelineUnderTest.isolated(cluster, dataDir, "metrics");
        Map<String, String> scraped = new LinkedHashMap<>();
        try (Pipeline pipeline = Pipeline.start(run.config());
             var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()),
                     new StringSerializer(), new ByteArraySerializer());
             var registry = new HttpSchemaRegistryClient(cluster.registryUrl(), "")) {
            List<String> ids = new SamplePublisher(pipeline.ingestUrl()).publishAll();
            producer.send(new ProducerRecord<>(run.topic(CommonConfig.TOPIC_DISPATCHES), "not-a-dispatch", "garbage".getBytes(StandardCharsets.UTF_8))).get();
            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pipeline.ingestUrl() + "/dispatches"))
                    .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2})).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(415, refused.statusCode());
            assertEquals(ids.size(), new EnrichedSummary(cluster.bootstrapServers(), run.topic(CommonConfig.TOPIC_ENRICHED), registry)
                    .await(ids, Duration.ofSeconds(120)).size());
            var aggregate = pipeline.aggregate().config();
            assertTrue(SettledCounts.await(cluster.bootstrapServers(), aggregate.applicationId(), aggregate.enrichedTopic(), Duration.ofSeconds(120)));

            scraped.put("ingest", get(pipeline.ingestUrl() + "/metrics"));
            scraped.put("enrich", get(pipeline.enrichUrl() + "/metrics"));
            scraped.put("aggregate", get(pipeline.aggregateUrl() + "/metrics"));
        }

        Path out = Files.createDirectories(Path.of("target", "metrics"));
        for (Map.Entry<String, String> app : scraped.entrySet()) {
            Files.writeString(out.resolve(app.getKey() + ".prom"), app.getValue());
            Promtool.Result parsed = Promtool.run(app.getValue(), "check", "metrics");
            Files.writeString(out.resolve(app.getKey() + ".promtool.txt"), parsed.output());
            assertNotEquals(1, parsed.exit(), app.getKey() + "'s /metrics is not valid Prometheus text: " + parsed.output());
            List<String> ours = parsed.output().lines().filter(line -> line.matches("(ingest|enrich|aggregate|newswire)_.*")).toList();
            assertTrue(ours.isEmpty(), "lint problems in " + app.getKey() + "'s own meters: " + ours);
            assertTrue(app.getValue().contains("jvm_memory_used_bytes{app=\"" + app.getKey() + "\""), app.getKey() + ": JVM binder");
            assertTrue(app.getValue().contains("process_cpu_usage{app=\"" + app.getKey() + "\"}"), app.getKey() + ": process binder");
            assertTrue(app.getValue().contains("kafka_"), app.getKey() + ": Kafka client metrics");
            for (String line : app.getValue().lines().toList()) {
                assertTrue(!line.startsWith("# TYPE") || !line.endsWith(" summary") || !line.matches("# TYPE (ingest|enrich|aggregate|newswire)_.*"),
                        "application meters are histograms, not summaries: " + line);
            }
        }
        expect(scraped.get("ingest"), "ingest_dispatches_accepted_total{app=\"ingest\",channel=\"http\",format=\"ninjs\",language=\"en\"}",
                "ingest_dispatches_rejected_total{app=\"ingest\",channel=\"http\",reason=\"unsupported_media_type\"} 1.0",
                "ingest_publish_seconds_bucket{app=\"ingest\",le=\"+Inf\"}");
        expect(scraped.get("enrich"), "enrich_dispatches_total{app=\"enrich\",format=\"newsml-g2\",language=\"fr\"}",
                "enrich_events_total{app=\"enrich\",status=\"occurred\",type=\"PHONE_CALL\"}", "enrich_tagger_seconds_bucket{app=\"enrich\",le=\"+Inf\"}",
                "newswire_dead_letters_total{app=\"enrich\",reason=\"SerializationException\",stage=\"tag\"} 1.0",
                "newswire_consumer_lag_records{app=\"enrich\"}", "kafka_stream_");
        expect(scraped.get("aggregate"), "aggregate_contacts_total{app=\"aggregate\",change=\"counted\",type=\"PHONE_CALL\"} 6.0",
                "aggregate_alerts_total{app=\"aggregate\",change=\"raised\"} 3.0", "aggregate_alerts_total{app=\"aggregate\",change=\"updated\"} 1.0",
                "newswire_consumer_lag_records{app=\"aggregate\"} 0.0", "kafka_stream_");

        dashboardQueriesServedMetricsInValidPromQl(String.join("\n", scraped.values()));
    }

    private static void dashboardQueriesServedMetricsInValidPromQl(String served) throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        List<String> expressions = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText())));
        assertTrue(expressions.size() >= 10, "panels for throughput, lag, dead letters and events");
        Set<String> missing = new TreeSet<>();
        for (String expression : expressions) {
            Matcher names = METRIC_NAME.matcher(expression);
            while (names.find()) {
                if (!served.contains("\n" + names.group(1) + "{") && !served.contains("\n" + names.group(1) + " ")) {
                    missing.add(names.group(1));
                }
            }
        }
        assertTrue(missing.isEmpty(), "the dashboard queries metrics no app serves: " + missing);

        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        for (int i = 0; i < expressions.size(); i++) {
            rules.append("      - record: newswire:dashboard_panel_").append(i).append('\n')
                    .append("        expr: '").append(expressions.get(i).replace("'", "''")).append("'\n");
        }
        Path file = Files.writeString(Path.of("target", "metrics", "dashboard-rules.yml"), rules.toString());
        Promtool.Result checked = Promtool.run(null, "check", "rules", file.toString());
        assertEquals(0, checked.exit(), "the dashboard's PromQL: " + checked.output());
    }

    private static void expect(String metrics, String... lines) {
        for (String line : lines) {
            assertTrue(metrics.contains(line), line + " in\n" + metrics);
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        return response.body();
    }
}
