package io.newswire.cli;

import io.newswire.core.CommonConfig;
import io.newswire.runtime.BrokerNode;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 10, item 3: the demo's broker killed with SIGKILL while the pipeline runs. Before: never restarted, 503 for
 * ever. Now its supervisor starts it again, ingest answers 202 again by itself, and every dispatch it accepted is enriched.
 */
class BrokerKilledUnderThePipelineTest {
    private static final Duration WAIT = Duration.ofSeconds(180);

    @Test
    void ingestAcceptsAgainOnItsOwnOnceTheKilledBrokerIsBack(@TempDir Path dir) throws Exception {
        try (LocalCluster cluster = LocalCluster.start(dir.resolve("data"), LocalCluster.Settings.defaults())) {
            PipelineUnderTest run = PipelineUnderTest.isolated(cluster, dir, "broker-kill");
            runThroughAKill(cluster, run);
        }
    }

    private static void runThroughAKill(LocalCluster cluster, PipelineUnderTest run) throws Exception {
        try (Pipeline pipeline = Pipeline.start(run.config());
             var registry = new HttpSchemaRegistryClient(cluster.registryUrl(), "")) {
            WireClient wire = new WireClient(pipeline.ingestUrl());
            List<String> accepted = new ArrayList<>();
            assertEquals(202, post(wire, "before-kill", accepted));
            BrokerNode broker = cluster.kafka().broker(1);

            ProcessHandle.of(broker.pid()).orElseThrow().destroyForcibly();
            long killed = System.nanoTime();
            int refused = 0;
            long deadline = killed + WAIT.toNanos();
            int status;
            int n = 0;
            do {
                status = post(wire, "after-kill-" + n++, accepted);
                refused += status == 503 ? 1 : 0;
                Thread.sleep(status == 202 ? 0 : 200);
            } while ((status != 202 || broker.restarts() == 0) && System.nanoTime() < deadline);
            long back = System.nanoTime();

            assertEquals(202, status, "ingest accepts again without anyone restarting anything");
            assertEquals(1, broker.restarts(), "the supervisor started the broker once");
            System.out.printf("Broker killed: %d post(s) refused with 503, ingest accepting again %.1f s after the kill%n", refused, (back - killed) / 1e9);
            var enriched = new EnrichedSummary(cluster.bootstrapServers(), run.topic(CommonConfig.TOPIC_ENRICHED), registry).await(accepted, WAIT);
            assertEquals(Set.copyOf(accepted), enriched.keySet(), "every dispatch accepted around the kill is enriched");
        }
    }

    private static int post(WireClient wire, String id, List<String> accepted) throws Exception {
        WireClient.Answer answer = wire.postText(id, WireText.CALL, Instant.now());
        if (answer.status() == 202) {
            accepted.add(id);
        }
        return answer.status();
    }
}
