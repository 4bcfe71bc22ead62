package io.newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.core.CommonConfig;
import io.newswire.schemas.ActorTag;
import io.newswire.schemas.CountryTag;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The end-to-end story, run against whatever Kafka and registry it is given: the sample dispatches (and the
 * shared reference dispatch, where present) go in through the ingest HTTP API; enrich tags them; aggregate
 * counts the Putin–Erdogan call of 21 February 2020 once, however many dispatches report it.
 */
final class PipelineScenario {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The shared reference dispatch (AFP style, Putin and Erdogan's call about Idlib), where ../shared is present. */
    static final Path REFERENCE = Path.of(System.getProperty("newswire.shared.dir", "../../shared"), "samples", "idlib-fr.txt");

    static void run(String bootstrapServers, String registryUrl, Path dataDir, String runName) throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put(CommonConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        config.put(CommonConfig.REGISTRY_URL, registryUrl);
        config.put(CommonConfig.DATA_DIR, dataDir.toString());
        config.put("ingest.http.port", "0");
        config.put("aggregate.http.port", "0");
        config.put("enrich.http.port", "0");
        config.put("enrich.application.id", runName + "-enrich");
        config.put("aggregate.application.id", runName + "-aggregate");
        config.putAll(DemoCommand.ARCHIVE_REPLAY);

        try (Pipeline pipeline = Pipeline.start(config);
             var registry = new HttpSchemaRegistryClient(registryUrl, "")) {
            List<String> ids = new ArrayList<>(new SamplePublisher(pipeline.ingestUrl()).publishAll());
            if (Files.exists(REFERENCE)) {
                ids.add(postReference(pipeline.ingestUrl()));
            } else {
                System.out.println("Shared reference dispatch not found at " + REFERENCE + ": checking the project's samples only");
            }

            Map<String, EnrichedDispatch> enriched = new EnrichedSummary(bootstrapServers,
                    new CommonConfig(config).getString(CommonConfig.TOPIC_ENRICHED), registry).await(ids, Duration.ofSeconds(120));
            assertEquals(Set.copyOf(ids), enriched.keySet(), "every published dispatch is enriched");

            EnrichedDispatch idlib = enriched.get("sample-idlib-appels-fr");
            assertTrue(names(idlib).containsAll(Set.of("Vladimir Putin", "Recep Tayyip Erdogan", "Emmanuel Macron", "Angela Merkel")), names(idlib).toString());
            assertTrue(codes(idlib).containsAll(Set.of("RUS", "TUR", "FRA", "DEU", "SYR")), codes(idlib).toString());
            assertTrue(idlib.getEvents().stream().anyMatch(e -> e.getType().equals("PHONE_CALL") && e.getCountries().equals(List.of("RUS", "TUR"))));

            JsonNode pair = awaitContacts(pipeline.aggregateUrl() + "/api/contacts/TUR/RUS?window=all", Duration.ofSeconds(60));
            assertEquals(1, pair.path("contacts").asInt(), "the same call reported by several dispatches is one contact: " + pair);
            assertTrue(pair.path("mentions").asInt() >= 2, "each report is a mention: " + pair);
        }
    }

    static String postReference(String ingestUrl) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl
                        + "/dispatches?id=afp-idlib-reference&published=2020-02-21T18:00:00Z&lang=fr&source=AFP"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofFile(REFERENCE)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return JSON.readTree(response.body()).path("id").asText();
    }

    private static JsonNode awaitContacts(String url, Duration wait) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + wait.toNanos();
        JsonNode body;
        do {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            body = JSON.readTree(response.body());
            if (body.path("mentions").asInt() >= 2) {
                return body;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        return body;
    }

    private static Set<String> names(EnrichedDispatch d) {
        return d.getActors().stream().map(ActorTag::getName).collect(Collectors.toSet());
    }

    private static Set<String> codes(EnrichedDispatch d) {
        return d.getCountries().stream().map(CountryTag::getCode).collect(Collectors.toSet());
    }
}
