package io.newswire.cli;

import io.newswire.core.CommonConfig;
import io.newswire.core.DeadLetters;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Truncation;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.serde.WireFormatAvroSerializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, item 1, on the real embedded broker: a 1 MiB dispatch dense with country names and a dispatch with a
 * 1,000,000-character id must not hold back the dispatches behind them. The next ordinary dispatch is enriched
 * and counted by aggregate; what cannot be carried is in the dead-letter topic with its reason.
 */
class OneDispatchCannotStallThePipelineTest {
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Test
    void denseMegabyteDispatchAndHugeIdDoNotHoldBackTheNextDispatch(@TempDir Path dataDir) throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        PipelineUnderTest run = PipelineUnderTest.isolated(cluster, dataDir, "stall");
        try (Pipeline pipeline = Pipeline.start(run.config());
             var registry = new HttpSchemaRegistryClient(cluster.registryUrl(), "")) {
            WireClient wire = new WireClient(pipeline.ingestUrl());

            WireClient.Answer dense = wire.postText("dense-1", WireText.denseWithCountries(1024 * 1024 - 4096), Instant.now());
            assertEquals(202, dense.status(), dense.body());
            producePastIngest(run, registry, Dispatch.newBuilder().setId("h".repeat(1_000_000)).setSource("AFP")
                    .setBody(WireText.CALL).setPublished(Instant.now()).setReceived(Instant.now()).build());

            long sent = System.nanoTime();
            WireClient.Answer normal = wire.postText("normal-1", WireText.CALL, Instant.now());
            assertEquals(202, normal.status(), normal.body());
            Map<String, EnrichedDispatch> enriched = new EnrichedSummary(cluster.bootstrapServers(), run.topic(CommonConfig.TOPIC_ENRICHED), registry)
                    .await(List.of("normal-1", "dense-1"), WAIT);
            assertTrue(enriched.containsKey("normal-1"), "the ordinary dispatch behind the bad ones is enriched");
            assertTrue(enriched.containsKey("dense-1"), "the dense dispatch is enriched too, within its caps");
            Truncation cut = enriched.get("dense-1").getTruncation();
            assertTrue(cut != null && cut.getMentionsLeftOut() > 0 && cut.getEvidenceLeftOut() > 0, "what the caps left out is recorded: " + cut);
            System.out.printf("Ordinary dispatch enriched %.1f s after it was sent, behind a dense 1 MiB dispatch and a 1,000,000-character id%n",
                    (System.nanoTime() - sent) / 1e9);
            assertTrue(wire.awaitContacts(pipeline.aggregateUrl(), "RUS", "TUR", 1, WAIT), "the ordinary dispatch's call is counted");

            List<ConsumerRecord<String, byte[]>> dead = run.readAll(run.topic(CommonConfig.TOPIC_DEAD_LETTERS), 1, WAIT);
            String reason = DeadLettersRead.header(dead.get(0), DeadLetters.REASON);
            assertTrue(reason.contains("256"), reason);

            WireClient.Answer hugeId = wire.postJson("{\"id\":\"" + "h".repeat(1_000_000) + "\",\"source\":\"AFP\",\"body\":\"" + WireText.CALL + "\"}");
            assertEquals(400, hugeId.status(), hugeId.body().substring(0, Math.min(300, hugeId.body().length())));
            assertTrue(hugeId.body().length() < 2000, "the refusal does not echo the id");
        }
    }

    private static void producePastIngest(PipelineUnderTest run, HttpSchemaRegistryClient registry, Dispatch dispatch) throws Exception {
        byte[] value = new WireFormatAvroSerializer<Dispatch>(registry, false).serialize(run.topic(CommonConfig.TOPIC_DISPATCHES), dispatch);
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, run.bootstrapServers(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 3 * 1024 * 1024);
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(run.topic(CommonConfig.TOPIC_DISPATCHES), dispatch.getId(), value)).get();
        }
    }

    static final class DeadLettersRead {
        static String header(ConsumerRecord<String, byte[]> record, String name) {
            var header = record.headers().lastHeader(name);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    }
}
