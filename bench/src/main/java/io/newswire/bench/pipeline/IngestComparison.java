package io.newswire.bench.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.core.CommonConfig;
import io.newswire.core.metrics.AppMetrics;
import io.newswire.ingest.DispatchFingerprint;
import io.newswire.ingest.IngestConfig;
import io.newswire.ingest.IngestServer;
import io.newswire.ingest.Intake;
import io.newswire.ingest.PublishedLedger;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.registry.SchemaRegistry;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Ingest's {@code POST /dispatches}, the real HTTP server and intake on the embedded broker, against a raw producer with
 * ingest's producer settings and serializer sending the same dispatches from as many threads: the two alternate round by
 * round (ingest first in odd rounds, the raw producer first in even ones). Each client waits for its answer before its
 * next post, as a newsroom's sender does; the HTTP clients keep their connections alive.
 */
final class IngestComparison implements AutoCloseable {
    static final String TOPIC = "bench-ingest-dispatches";
    private static final String RAW_CLIENT_ID = "bench-raw-producer";
    private static final String INGEST_CLIENT_ID = "newswire-ingest";
    private static final Predicate<String> INGEST_THREADS = name -> name.startsWith("ingest-http")
            || name.equals("kafka-producer-network-thread | " + INGEST_CLIENT_ID);
    private static final Predicate<String> RAW_THREADS = name -> name.startsWith("bench-raw-client")
            || name.equals("kafka-producer-network-thread | " + RAW_CLIENT_ID);

    private final List<AutoCloseable> parts = new ArrayList<>();
    private final List<Sample> samples;
    private final IngestServer server;
    private final KafkaProducer<String, byte[]> raw;
    private final Serializer<Dispatch> serializer;

    /** A dispatch, and its Dispatch JSON split around its id (so that each post gets a new id for the cost of a copy). */
    private record Sample(Dispatch dispatch, byte[] beforeId, byte[] afterId, byte[] fingerprint) {
    }

    private IngestComparison(Map<String, String> cluster, SchemaRegistry registry, List<Dispatch> dispatches) {
        Map<String, String> values = new HashMap<>(cluster);
        values.put(CommonConfig.TOPIC_DISPATCHES, TOPIC);
        values.put(IngestConfig.HTTP_PORT, "0");
        IngestConfig config = new IngestConfig(values);
        samples = dispatches.stream().map(IngestComparison::sample).toList();
        try {
            PrometheusMeterRegistry meters = AppMetrics.create("ingest");
            Intake intake = part(Intake.open(config, meters));
            server = part(IngestServer.start(intake, meters));
            Map<String, Object> settings = new HashMap<>(config.producerSettings());
            settings.put(ProducerConfig.CLIENT_ID_CONFIG, RAW_CLIENT_ID);
            raw = part(new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer()));
            serializer = AvroSerdes.value(Dispatch.class, registry).serializer();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Starts ingest (its own topic, a free port) and the raw producer on the cluster. */
    static IngestComparison start(Map<String, String> cluster, SchemaRegistry registry, List<Dispatch> dispatches) {
        return new IngestComparison(cluster, registry, dispatches);
    }

    /** Each load in turn, {@code rounds} rounds each; the first round of each load warms up and is left out when there are more. */
    List<IngestFigures> measure(List<BenchPlan.Load> loads, int rounds, PrintStream out) throws Exception {
        List<IngestFigures> figures = new ArrayList<>();
        for (BenchPlan.Load load : loads) {
            List<IngestRound> ingest = new ArrayList<>();
            List<IngestRound> direct = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                String tag = "r" + round + "-c" + load.clients();
                IngestRound i;
                IngestRound r;
                if (round % 2 == 1) {
                    i = postToIngest(load, "bench-ingest-" + tag + "-");
                    r = sendRaw(load, "bench-raw-" + tag + "-");
                } else {
                    r = sendRaw(load, "bench-raw-" + tag + "-");
                    i = postToIngest(load, "bench-ingest-" + tag + "-");
                }
                out.printf(Locale.ROOT, "  ingest, %d clients, round %d%s: %,.0f posts/s, %.3f ms CPU (JVM and broker %.3f ms) and %,.0f bytes allocated per post%s"
                                + " | raw producer %,.0f records/s, %.3f ms (JVM and broker %.3f ms), %,.0f bytes | load %.1f%n",
                        load.clients(), round, round == 1 && rounds > 1 ? " (warm-up)" : "", i.recordsPerSecond(), i.cpuMillisPerPost(),
                        i.jvmAndBrokerCpuMillisPerPost(), i.allocatedBytesPerPost(),
                        i.stored() < i.posts() ? String.format(Locale.ROOT, " (%d of %d not stored)", i.posts() - i.stored(), i.posts()) : "",
                        r.recordsPerSecond(), r.cpuMillisPerPost(), r.jvmAndBrokerCpuMillisPerPost(), r.allocatedBytesPerPost(), CpuClock.loadAverage());
                if (round > 1 || rounds == 1) {
                    ingest.add(i);
                    direct.add(r);
                }
            }
            figures.add(new IngestFigures(load.clients(), load.posts(), ingest, direct));
        }
        return figures;
    }

    private IngestRound postToIngest(BenchPlan.Load load, String idPrefix) throws Exception {
        List<KeepAliveConnection> connections = new ArrayList<>();
        try {
            for (int c = 0; c < load.clients(); c++) {
                connections.add(new KeepAliveConnection("127.0.0.1", server.port(), "/dispatches", "application/json"));
            }
            AtomicInteger connection = new AtomicInteger();
            return run(load, "bench-ingest-client-", INGEST_THREADS, () -> {
                KeepAliveConnection http = connections.get(connection.getAndIncrement());
                return n -> {
                    Sample sample = samples.get(n % samples.size());
                    return http.post(sample.beforeId(), (idPrefix + n).getBytes(StandardCharsets.UTF_8), sample.afterId()) == 202;
                };
            });
        } finally {
            for (KeepAliveConnection http : connections) {
                http.close();
            }
        }
    }

    private IngestRound sendRaw(BenchPlan.Load load, String idPrefix) throws Exception {
        return run(load, "bench-raw-client-", RAW_THREADS, () -> n -> {
            Sample sample = samples.get(n % samples.size());
            Dispatch dispatch = Dispatch.newBuilder(sample.dispatch()).setId(idPrefix + n).setReceived(Instant.now()).setFormat("dispatch-json").build();
            byte[] value = serializer.serialize(TOPIC, dispatch);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, dispatch.getId(), value);
            // Headers as large as ingest's: the version and a SHA-256 in hex (ingest's work of computing it is not the producer's).
            record.headers().add(PublishedLedger.VERSION_HEADER, String.valueOf(dispatch.getVersion()).getBytes(StandardCharsets.UTF_8));
            record.headers().add(PublishedLedger.SHA256_HEADER, sample.fingerprint());
            raw.send(record).get();
            return true;
        });
    }

    /** One client's sending: returns whether post {@code n} was stored. */
    private interface Client {
        boolean send(int n) throws Exception;
    }

    private interface ClientFactory {
        Client next() throws Exception;
    }

    /** {@code load.posts()} posts shared by {@code load.clients()} threads, each sending one at a time. */
    private static IngestRound run(BenchPlan.Load load, String threadName, Predicate<String> measured, ClientFactory clients) throws Exception {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(load.clients(), task -> {
            Thread thread = new Thread(task, threadName + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            AtomicInteger next = new AtomicInteger();
            AtomicInteger stored = new AtomicInteger();
            List<Client> senders = new ArrayList<>();
            for (int c = 0; c < load.clients(); c++) {
                senders.add(clients.next());
            }
            Map<Long, long[]> before = CpuClock.perThread(measured);
            long machineBefore = CpuClock.process() + CpuClock.broker();
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (Client sender : senders) {
                running.add(pool.submit(() -> {
                    for (int n; (n = next.getAndIncrement()) < load.posts(); ) {
                        if (sender.send(n)) {
                            stored.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] spent = CpuClock.spent(before, CpuClock.perThread(measured));
            return new IngestRound(load.posts(), stored.get(), seconds, spent[0], spent[1], CpuClock.process() + CpuClock.broker() - machineBefore, CpuClock.loadAverage());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Sample sample(Dispatch dispatch) {
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("version", dispatch.getVersion());
        json.put("source", dispatch.getSource());
        putIfPresent(json, "language", dispatch.getLanguage());
        putIfPresent(json, "headline", dispatch.getHeadline());
        json.put("body", dispatch.getBody());
        putIfPresent(json, "dateline", dispatch.getDateline());
        if (dispatch.getPublished() != null) {
            json.put("published", dispatch.getPublished().toString());
        }
        putIfPresent(json, "url", dispatch.getUrl());
        if (!dispatch.getMetadata().isEmpty()) {
            ObjectNode metadata = json.putObject("metadata");
            dispatch.getMetadata().forEach(metadata::put);
        }
        String rest = json.toString();   // {"version":...}: the id goes before its first field
        return new Sample(dispatch, "{\"id\":\"".getBytes(StandardCharsets.UTF_8), ("\"," + rest.substring(1)).getBytes(StandardCharsets.UTF_8),
                DispatchFingerprint.of(dispatch).getBytes(StandardCharsets.UTF_8));
    }

    private static void putIfPresent(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    private <T extends AutoCloseable> T part(T part) {
        parts.add(0, part);
        return part;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception e) {
                failure = failure != null ? failure : e instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
