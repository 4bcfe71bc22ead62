package io.newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.aggregate.AggregateConfig;
import io.newswire.enrich.EnrichConfig;
import io.newswire.ingest.IngestConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker-compose.yml as Docker would run it (no Docker engine here): every app has a health check that reads the
 * status line of its /health with a tool its image has, starts after Kafka and the registry are healthy, listens on
 * every interface inside its container and is published on the host's loopback only; the monitoring profile scrapes
 * each app on its declared port and provisions the dashboard that is in the repository.
 */
class ComposeFileTest {
    private static final Path ROOT = Path.of("..");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each app's service and the key declaring its HTTP port. */
    private static final Map<String, Integer> APP_PORTS = Map.of(
            "ingest", declaredDefault(IngestConfig.DEFINITION, IngestConfig.HTTP_PORT),
            "enrich", declaredDefault(EnrichConfig.DEFINITION, EnrichConfig.HTTP_PORT),
            "aggregate", declaredDefault(AggregateConfig.DEFINITION, AggregateConfig.HTTP_PORT));

    /** A YAML file as a tree, anchors, aliases and merge keys resolved as Docker Compose resolves them. */
    private static JsonNode yaml(String path) throws Exception {
        try (var in = Files.newInputStream(ROOT.resolve(path))) {
            return JSON.valueToTree(new Yaml().load(in));
        }
    }

    private static int declaredDefault(ConfigDef definition, String key) {
        return (Integer) definition.configKeys().get(key).defaultValue;
    }

    @Test
    void everyAppChecksTheStatusLineOfItsHealthAndStartsAfterKafkaAndTheRegistry() throws Exception {
        JsonNode services = yaml("docker-compose.yml").path("services");
        for (Map.Entry<String, Integer> app : APP_PORTS.entrySet()) {
            JsonNode service = services.path(app.getKey());
            List<String> test = new ArrayList<>();
            service.path("healthcheck").path("test").forEach(part -> test.add(part.asText()));
            assertEquals(List.of("CMD", "curl", "-fsS", "-o", "/dev/null", "http://127.0.0.1:" + app.getValue() + "/health"), test,
                    app.getKey() + ": exec form (no shell needed), curl -f fails on any status but 2xx");
            for (String dependency : List.of("kafka-1", "kafka-2", "kafka-3", "schema-registry")) {
                assertEquals("service_healthy", service.path("depends_on").path(dependency).path("condition").asText(), app.getKey() + " waits for " + dependency);
            }
            assertEquals("127.0.0.1:" + app.getValue() + ":" + app.getValue(), service.path("ports").get(0).asText(), app.getKey() + ": published on loopback");
            String hostKey = "NEWSWIRE_" + app.getKey().toUpperCase() + "_HTTP_HOST";
            assertEquals("0.0.0.0", service.path("environment").path(hostKey).asText(), app.getKey() + " listens on the container's interfaces");
            assertTrue(service.path("command").toString().contains("--verbose"), app.getKey() + " logs to the container's stderr");
        }
        assertTrue(Files.readString(ROOT.resolve("Dockerfile")).contains("apt-get install -y --no-install-recommends curl"),
                "the app image has the curl its health checks run");
    }

    @Test
    void monitoringProfileScrapesEveryAppAndProvisionsTheDashboard() throws Exception {
        JsonNode services = yaml("docker-compose.yml").path("services");
        for (String name : List.of("prometheus", "grafana")) {
            assertEquals("monitoring", services.path(name).path("profiles").get(0).asText(), name);
        }
        assertTrue(services.path("prometheus").path("image").asText().startsWith("prom/prometheus:"));
        assertTrue(services.path("grafana").path("image").asText().startsWith("grafana/grafana:"));

        JsonNode prometheus = yaml("monitoring/prometheus/prometheus.yml");
        List<String> targets = new ArrayList<>();
        prometheus.path("scrape_configs").forEach(job -> job.path("static_configs").forEach(c -> c.path("targets").forEach(t -> targets.add(t.asText()))));
        for (Map.Entry<String, Integer> app : APP_PORTS.entrySet()) {
            assertTrue(targets.contains(app.getKey() + ":" + app.getValue()), "Prometheus scrapes " + app.getKey() + " on its port: " + targets);
        }
        JsonNode provider = yaml("monitoring/grafana/provisioning/dashboards/newswire.yml");
        assertEquals("/var/lib/grafana/dashboards", provider.path("providers").get(0).path("options").path("path").asText());
        JsonNode dashboard = JSON.readTree(ROOT.resolve("monitoring/grafana/dashboards/newswire.json").toFile());
        assertEquals("newswire-pipeline", dashboard.path("uid").asText());
        JsonNode datasource = yaml("monitoring/grafana/provisioning/datasources/prometheus.yml").path("datasources").get(0);
        dashboard.path("panels").forEach(panel -> assertEquals(datasource.path("uid").asText(), panel.path("datasource").path("uid").asText(),
                panel.path("title").asText()));
    }

    @Test
    void prometheusConfigurationIsValidForPrometheusItself() throws Exception {
        Promtool.Result config = Promtool.run(null, "check", "config", ROOT.resolve("monitoring/prometheus/prometheus.yml").toString());
        assertEquals(0, config.exit(), config.output());
    }
}
