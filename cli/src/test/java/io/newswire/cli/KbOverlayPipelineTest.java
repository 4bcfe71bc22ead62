package io.newswire.cli;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.core.CommonConfig;
import io.newswire.enrich.EnrichApp;
import io.newswire.ingest.IngestConfig;
import io.newswire.ingest.IngestServer;
import io.newswire.ingest.Intake;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.ActorTag;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `newswire kb add` and `kb import` on the real broker: a running enrich tags the person from the next dispatch on,
 * without a restart; after a restart it still does (the topic is the overlay); a later entry replaces the earlier one.
 */
class KbOverlayPipelineTest {

    private static final String SZEJNA = "WARSAW - Andrzej Szejna spoke to reporters in Warsaw on Tuesday.";
    private static final String KARLOV = "ANKARA - Andrei Karlov spoke at a reception in Ankara on Thursday.";

    @Test
    void aPersonAddedWhileRunningIsTaggedWithCountryAndRoleAndSurvivesARestart(@TempDir Path dataDir) throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        PipelineUnderTest pipeline = PipelineUnderTest.isolated(cluster, dataDir, "kb-overlay");
        Map<String, String> config = pipeline.config();
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (Intake intake = Intake.open(new IngestConfig(config), meters);
             IngestServer ingest = IngestServer.start(intake, meters);
             var registry = new HttpSchemaRegistryClient(cluster.registryUrl(), "")) {
            WireClient wire = new WireClient("http://localhost:" + ingest.port());
            EnrichedSummary enriched = new EnrichedSummary(cluster.bootstrapServers(), config.get(CommonConfig.TOPIC_ENRICHED), registry);
            Posting posting = new Posting(wire, enriched);

            try (EnrichApp enrich = EnrichApp.start(config)) {
                assertTrue(posting.tagged("szejna-before", SZEJNA, Instant.now(), "Szejna", false).isEmpty(), "not known before the entry");

                assertEquals(0, kb(config, "add", "--name", "Andrzej Szejna", "--country", "POL", "--role", "deputy_foreign_minister", "--from", "2023-12-13"));
                long added = System.nanoTime();
                ActorTag szejna = posting.tagged("szejna", SZEJNA, Instant.now(), "Szejna", true).orElseThrow();
                System.out.printf("Tagged %.1f s after kb add, enrich not restarted%n", (System.nanoTime() - added) / 1e9);
                assertTrue(szejna.getLinked());
                assertEquals("POL", szejna.getCountry());
                assertEquals("deputy_foreign_minister", szejna.getRole());

                Path export = Files.writeString(dataDir.resolve("ambassadors.json"), """
                        {"head": {"vars": ["person", "personLabel", "country", "positionLabel", "start", "end"]},
                         "results": {"bindings": [{"person": {"type": "uri", "value": "http://www.wikidata.org/entity/Q4502263"},
                           "personLabel": {"type": "literal", "value": "Andrei Karlov"}, "country": {"type": "literal", "value": "RUS"},
                           "positionLabel": {"type": "literal", "value": "Ambassador of Russia to Turkey"},
                           "start": {"type": "literal", "value": "2013-07-12T00:00:00Z"}, "end": {"type": "literal", "value": "2016-12-19T00:00:00Z"}}]}}
                        """);
                assertEquals(0, kb(config, "import", export.toString()));
                ActorTag karlov = posting.tagged("karlov", KARLOV, Instant.parse("2016-12-15T15:00:00Z"), "Karlov", true).orElseThrow();
                assertEquals("RUS", karlov.getCountry());
                assertEquals("ambassador", karlov.getRole());
            }

            try (EnrichApp restarted = EnrichApp.start(config)) {
                ActorTag again = posting.tagged("szejna-after-restart", SZEJNA, Instant.now(), "Szejna", true).orElseThrow();
                assertEquals("deputy_foreign_minister", again.getRole(), "the topic brings the entry back after a restart");

                assertEquals(0, kb(config, "add", "--name", "Andrzej Szejna", "--country", "POL", "--role", "ambassador", "--from", "2023-12-13"));
                ActorTag replaced = posting.taggedAs("szejna-replaced", SZEJNA, "Szejna", "ambassador");
                assertEquals("andrzej-szejna", replaced.getId());
            }
        }
    }

    private static int kb(Map<String, String> config, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        for (String key : List.of(CommonConfig.BOOTSTRAP_SERVERS, CommonConfig.REGISTRY_URL, CommonConfig.TOPIC_KB_ACTORS)) {
            all.add("-D");
            all.add(key + "=" + config.get(key));
        }
        return new CommandLine(new KbCommand()).execute(all.toArray(String[]::new));
    }

    /** Posts dispatches naming the person until enrich tags them as expected (it reads the topic on its own thread). */
    private record Posting(WireClient wire, EnrichedSummary enriched) {
        private static final Duration WAIT = Duration.ofSeconds(90);

        Optional<ActorTag> tagged(String id, String text, Instant published, String name, boolean expectLinked) throws Exception {
            long deadline = System.nanoTime() + WAIT.toNanos();
            for (int attempt = 1; ; attempt++) {
                Optional<ActorTag> found = once(id + "-" + attempt, text, published, name);
                if (!expectLinked || found.filter(ActorTag::getLinked).isPresent() || System.nanoTime() > deadline) return found;
            }
        }

        ActorTag taggedAs(String id, String text, String name, String role) throws Exception {
            long deadline = System.nanoTime() + WAIT.toNanos();
            for (int attempt = 1; ; attempt++) {
                Optional<ActorTag> found = once(id + "-" + attempt, text, Instant.now(), name);
                if (found.map(a -> role.equals(a.getRole())).orElse(false) || System.nanoTime() > deadline) return found.orElseThrow();
            }
        }

        private Optional<ActorTag> once(String id, String text, Instant published, String name) throws Exception {
            WireClient.Answer answer = wire.postText(id, text, published);
            for (int retry = 0; answer.status() == 503 && retry < 20; retry++) {   // a loaded machine: ingest says when to send again
                Thread.sleep(5_000);
                answer = wire.postText(id, text, published);
            }
            assertEquals(202, answer.status(), answer.body());
            EnrichedDispatch d = enriched.await(List.of(id), WAIT).get(id);
            assertTrue(d != null, id + " was not enriched");
            return d.getActors().stream().filter(a -> a.getName().contains(name)).findFirst();
        }
    }
}
