package io.newswire.ingest;

import io.newswire.core.CommonConfig;
import io.newswire.core.http.SlowClients;
import io.newswire.runtime.LocalCluster;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ingest's API on a real broker while 260 slow-header and 260 slow-body clients hold connections to it. */
class IngestUnderSlowClientsTest {

    @Test
    void healthAnswersWithinASecondAndDispatchesAreTakenAgainOnceTheSlowBodiesAreCut() throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        try (RunningIngest ingest = RunningIngest.start(cluster, "slow-clients-dispatches", Map.of(CommonConfig.HTTP_HEADER_TIMEOUT_MS, 4000));
             SlowClients slow = new SlowClients().headers(ingest.port(), 260, Duration.ofSeconds(5)).bodies(ingest.port(), "/dispatches", 260, Duration.ofSeconds(5))) {
            List<Long> millis = SlowClients.timeRequests(ingest.port(), "/health", Duration.ofSeconds(15), Duration.ofMillis(200));
            List<Long> sorted = millis.stream().sorted().toList();
            long failed = millis.stream().filter(m -> m < 0).count();
            String figures = String.format("ingest on the broker, 260 slow-header + 260 slow-body clients (a byte every 5 s), /health every 200 ms for 15 s:"
                            + " %d answers, %d failed, p50 %d ms, p99 %d ms, max %d ms; slow bodies answered 503 (busy) %d, 408 (too slow) %d;"
                            + " connections closed by the server %d, still open %d%n",
                    millis.size(), failed, sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 99 / 100), sorted.get(sorted.size() - 1),
                    slow.answered("HTTP/1.1 503"), slow.answered("HTTP/1.1 408"), slow.count(SlowClients.End.CLOSED_BY_SERVER), slow.count(SlowClients.End.OPEN));
            Files.writeString(Path.of("target", "abuse-figures.txt"), figures, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.print(figures);

            assertEquals(0, failed, figures);
            assertTrue(sorted.get(sorted.size() - 1) < 1000, figures);
            assertEquals(0, slow.count(SlowClients.End.OPEN), "every slow connection was answered or closed: " + figures);

            HttpResponse<String> normal = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingest.port() + "/dispatches"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"slow-clients-1\",\"body\":\"Taken again.\"}", StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, normal.statusCode(), normal.body());
        }
    }
}
