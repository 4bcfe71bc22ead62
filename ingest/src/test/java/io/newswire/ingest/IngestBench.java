package io.newswire.ingest;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.runtime.LocalCluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of {@code POST /dispatches} (ninjs, about 1.5 KB each, acks=all) on the embedded cluster, for a few
 * client concurrencies. A benchmark, not a test: it prints figures. Run after {@code mvn -pl ingest test-compile}:
 * {@code java -cp ingest/target/test-classes:ingest/target/classes:<test classpath> io.newswire.ingest.IngestBench [postsPerRound]}.
 */
public final class IngestBench {
    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int[] concurrencies = {1, 4, 16, 64};
        String template = new String(Fixtures.fixture("ninjs-2-text.json"), StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("ingest-bench-");
        try (LocalCluster cluster = LocalCluster.start(dir, 0, 0)) {
            PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            try (Intake intake = Intake.open(TestKafka.config(cluster, "dispatches-bench", Map.of()), meters);
                 IngestServer server = IngestServer.start(intake, meters)) {
                URI endpoint = URI.create("http://127.0.0.1:" + server.port() + "/dispatches");
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                AtomicInteger sequence = new AtomicInteger();
                round(http, endpoint, template, sequence, 200, 4, false);
                System.out.printf("POST /dispatches, ninjs %d bytes, acks=all, %d posts per round, %d cores%n",
                        template.length(), posts, Runtime.getRuntime().availableProcessors());
                for (int clients : concurrencies) {
                    round(http, endpoint, template, sequence, posts, clients, true);
                }
            }
        }
    }

    private static void round(HttpClient http, URI endpoint, String template, AtomicInteger sequence, int posts, int clients, boolean print)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] latencies = new long[posts];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < posts; ) {
                    String body = template.replace("moscow-paris-call", "bench-" + sequence.incrementAndGet());
                    HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long sent = System.nanoTime();
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    latencies[i] = System.nanoTime() - sent;
                    if (response.statusCode() == 202) {
                        accepted.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (print) {
            Arrays.sort(latencies);
            System.out.printf("%3d clients: %6.0f dispatches/s  p50 %5.1f ms  p99 %6.1f ms  (%d accepted)%n", clients, posts / seconds,
                    latencies[posts / 2] / 1e6, latencies[(int) (posts * 0.99)] / 1e6, accepted.get());
        }
    }
}
