package io.newswire.bench.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.aggregate.AggregateApp;
import io.newswire.aggregate.AggregateConfig;
import io.newswire.core.CommonConfig;
import io.newswire.enrich.EnrichApp;
import io.newswire.enrich.EnrichConfig;
import io.newswire.ingest.IngestConfig;
import io.newswire.ingest.IngestServer;
import io.newswire.ingest.Intake;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The whole pipeline in this JVM (ingest's HTTP API, enrich, aggregate with its API, on topics of their own) and
 * probes posted at a steady rate: each a report of the same Erdogan–Putin call, on one of {@value #DAYS} days, so
 * each adds one mention to the pair's count. Posted as a newsroom's client would, through a pool of
 * {@value #CONNECTIONS} kept-alive connections: a probe waiting for a free connection waits from its due time. The time each probe is answered 202 is compared with the time its
 * enriched record is readable ({@code read_committed}) and the time the API's mention count includes it (polled
 * every {@value #POLL_MILLIS} ms; the count says how many, not which, so the k-th probe answered is taken as the
 * k-th counted).
 */
final class LatencyRun implements AutoCloseable {
    private static final int DAYS = 30;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 30);
    private static final long POLL_MILLIS = 10;
    private static final Duration DRAIN = Duration.ofSeconds(90);
    private static final int CONNECTIONS = 64;
    private static final String PROBE = probeText();

    private final List<AutoCloseable> parts = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final int ingestPort;
    private final URI top;
    private final Map<String, Long> enrichedAt = new ConcurrentHashMap<>();
    private final Thread enrichedReader;
    private final AtomicInteger probes = new AtomicInteger();
    private volatile boolean open = true;

    private LatencyRun(Map<String, String> config) {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try {
            Intake intake = part(Intake.open(new IngestConfig(config), meters));
            IngestServer server = part(IngestServer.start(intake, meters));
            part(EnrichApp.start(config));
            AggregateApp aggregate = part(AggregateApp.start(config));
            ingestPort = server.port();
            top = URI.create("http://127.0.0.1:" + aggregate.httpPort() + "/api/contacts/top?limit=5&from=" + FIRST_DAY + "&to=" + FIRST_DAY.plusDays(DAYS - 1));
            KafkaConsumer<String, byte[]> consumer = part(enrichedConsumer(config));
            enrichedReader = new Thread(() -> readEnriched(consumer), "bench-latency-enriched-reader");
            enrichedReader.setDaemon(true);
            enrichedReader.start();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Starts the pipeline on its own topics, application ids and state, beside whatever else the cluster holds. */
    static LatencyRun start(Map<String, String> cluster, Path dir) {
        Map<String, String> config = new HashMap<>(cluster);
        config.put(CommonConfig.TOPIC_DISPATCHES, "latency-dispatches");
        config.put(CommonConfig.TOPIC_ENRICHED, "latency-enriched");
        config.put(CommonConfig.TOPIC_EVENTS_PREFIX, "latency-events-");
        config.put(CommonConfig.TOPIC_CONTACTS, "latency-contacts");
        config.put(CommonConfig.TOPIC_ALERTS, "latency-alerts");
        config.put(CommonConfig.TOPIC_DEAD_LETTERS, "latency-dead-letters");
        config.put(CommonConfig.DATA_DIR, dir.toString());
        config.put(EnrichConfig.APPLICATION_ID, "bench-latency-enrich");
        config.put(AggregateConfig.APPLICATION_ID, "bench-latency-aggregate");
        config.put(AggregateConfig.HTTP_PORT, "0");
        config.put(EnrichConfig.HTTP_PORT, "0");
        config.put(IngestConfig.HTTP_PORT, "0");
        return new LatencyRun(config);
    }

    /** Posts probes at {@code rate} per second for {@code duration}, then waits until each is counted (or the drain time is up). */
    LatencyFigures measure(int rate, Duration duration, PrintStream out) throws InterruptedException, IOException {
        int count = (int) Math.max(1, rate * duration.toMillis() / 1000);
        int before = awaitQuiet();
        List<long[]> mentions = new CopyOnWriteArrayList<>();   // {nanoTime, mentions}
        Thread poller = new Thread(() -> pollMentions(mentions), "bench-latency-api-poller");
        poller.setDaemon(true);
        poller.start();

        long[] posted = new long[count];
        long[] answered = new long[count];
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        String[] ids = new String[count];
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        PostingPool pool = PostingPool.open("127.0.0.1", ingestPort, "/dispatches", "application/json", CONNECTIONS);
        long cpuStart = CpuClock.process() + CpuClock.broker();
        long start = System.nanoTime();
        double sendSeconds;
        try {
            for (int i = 0; i < count; i++) {
                LockSupport.parkNanos(start + i * 1_000_000_000L / rate - System.nanoTime());
                int n = i;
                ids[n] = "probe-" + probes.incrementAndGet();
                posted[n] = System.nanoTime();
                pool.post(probe(ids[n]), (status, failure) -> {
                    if (status == 202) {
                        answered[n] = System.nanoTime();
                        accepted.incrementAndGet();
                    } else {
                        failures.merge(failure != null ? failure : "HTTP " + status, 1, Integer::sum);
                    }
                    done.incrementAndGet();
                });
            }
            sendSeconds = (System.nanoTime() - start) / 1e9;
            long deadline = System.nanoTime() + DRAIN.toNanos();
            while (System.nanoTime() < deadline && (done.get() < count || !allIn(ids, answered, accepted.get(), before, mentions))) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
        } finally {
            pool.close();
        }
        long cpu = CpuClock.process() + CpuClock.broker() - cpuStart;
        poller.interrupt();
        poller.join();

        List<Integer> byAnswer = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (answered[i] != 0) {
                byAnswer.add(i);
            }
        }
        byAnswer.sort((a, b) -> Long.compare(answered[a], answered[b]));
        List<Double> answers = new ArrayList<>();
        List<Double> enriched = new ArrayList<>();
        List<Double> counted = new ArrayList<>();
        for (int k = 0; k < byAnswer.size(); k++) {
            int i = byAnswer.get(k);
            answers.add((answered[i] - posted[i]) / 1e6);
            Long seen = enrichedAt.get(ids[i]);
            long inApi = firstTimeAtLeast(mentions, before + k + 1);
            if (seen != null && inApi != 0) {
                enriched.add((seen - answered[i]) / 1e6);
                counted.add((inApi - answered[i]) / 1e6);
            }
        }
        LatencyFigures figures = new LatencyFigures(rate, count, accepted.get(), counted.size(), count / sendSeconds,
                percentile(answers, 50), percentile(answers, 99), percentile(enriched, 50), percentile(enriched, 99), percentile(counted, 50), percentile(counted, 99),
                cpu / 1e6 / Math.max(1, accepted.get()), CpuClock.loadAverage());
        out.printf(Locale.ROOT, "  latency at %d/s: %d sent (%.0f/s), %d accepted%s, %d counted; post -> 202 p50 %.0f ms p99 %.0f ms; "
                        + "202 -> enriched p50 %.0f ms p99 %.0f ms; 202 -> count in the API p50 %.0f ms p99 %.0f ms; %.2f ms CPU (JVM and broker) per dispatch; load %.1f%n",
                rate, count, figures.achievedRate(), figures.accepted(), failures.isEmpty() ? "" : " (not: " + failures + ")", figures.counted(),
                figures.answerP50(), figures.answerP99(), figures.enrichedP50(), figures.enrichedP99(),
                figures.countedP50(), figures.countedP99(), figures.cpuMillisPerDispatch(), figures.loadAverage());
        return figures;
    }

    /** A probe as a newsroom's JSON dispatch, dated on one of the probes' days. */
    private byte[] probe(String id) {
        LocalDate day = FIRST_DAY.plusDays(Math.floorMod(id.hashCode(), DAYS));
        ObjectNode dispatch = json.createObjectNode().put("id", id).put("version", 1).put("source", "bench").put("language", "en")
                .put("headline", "Erdogan and Putin speak by phone on Idlib").put("published", day + "T12:00:00Z").put("body", PROBE);
        return dispatch.toString().getBytes(StandardCharsets.UTF_8);
    }

    private boolean allIn(String[] ids, long[] answered, int accepted, int before, List<long[]> mentions) {
        for (int i = 0; i < ids.length; i++) {
            if (answered[i] != 0 && !enrichedAt.containsKey(ids[i])) {
                return false;
            }
        }
        return !mentions.isEmpty() && mentions.get(mentions.size() - 1)[1] >= before + accepted;
    }

    /** Waits until the count stops moving (earlier probes all counted) and returns it. */
    private int awaitQuiet() throws InterruptedException {
        int last = -1;
        int current = mentionsNow();
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (current != last && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(1000);
            last = current;
            current = mentionsNow();
        }
        return current;
    }

    private void pollMentions(List<long[]> timeline) {
        while (!Thread.currentThread().isInterrupted()) {
            int mentions = mentionsNow();
            long now = System.nanoTime();
            if (mentions >= 0 && (timeline.isEmpty() || timeline.get(timeline.size() - 1)[1] != mentions)) {
                timeline.add(new long[] {now, mentions});
            }
            LockSupport.parkNanos(POLL_MILLIS * 1_000_000);
        }
    }

    /** Mentions of every pair the API counts over the probes' days; -1 when it does not answer. */
    private int mentionsNow() {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(top).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return -1;
            }
            int sum = 0;
            for (JsonNode pair : json.readTree(response.body()).path("pairs")) {
                sum += pair.path("mentions").asInt();
            }
            return sum;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long firstTimeAtLeast(List<long[]> timeline, int mentions) {
        for (long[] point : timeline) {
            if (point[1] >= mentions) {
                return point[0];
            }
        }
        return 0;
    }

    private void readEnriched(KafkaConsumer<String, byte[]> consumer) {
        while (open) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                enrichedAt.putIfAbsent(record.key(), System.nanoTime());
            }
        }
    }

    private static KafkaConsumer<String, byte[]> enrichedConsumer(Map<String, String> config) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(CommonConfig.BOOTSTRAP_SERVERS),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        String topic = config.get(CommonConfig.TOPIC_ENRICHED);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    static double percentile(List<Double> values, int percentile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private <T extends AutoCloseable> T part(T part) {
        parts.add(0, part);
        return part;
    }

    private static String probeText() {
        try (InputStream in = LatencyRun.class.getResourceAsStream("probe-call-en.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        open = false;
        if (enrichedReader != null) {
            try {
                enrichedReader.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception e) {
                // closing what is left matters more than one part's failure
            }
        }
    }
}
