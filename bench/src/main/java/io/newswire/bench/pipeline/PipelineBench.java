package io.newswire.bench.pipeline;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.aggregate.AggregateApp;
import io.newswire.aggregate.AggregateConfig;
import io.newswire.aggregate.AggregateTopics;
import io.newswire.aggregate.ContactsTopology;
import io.newswire.aggregate.bench.NewsGenerator;
import io.newswire.bench.TextCorpus;
import io.newswire.core.CommonConfig;
import io.newswire.core.metrics.AppMetrics;
import io.newswire.core.Directories;
import io.newswire.core.Topics;
import io.newswire.enrich.EnrichApp;
import io.newswire.enrich.EnrichConfig;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.registry.SchemaRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * {@code newswire bench}: starts the embedded broker and registry in a temporary folder, pre-loads real-text
 * dispatches (the shared corpus when present, else the project's gold sets, repeated under new ids), and measures
 * each stage against a byte-copying passthrough with the same Streams settings, in alternation; then the tagger
 * alone, the latency through the whole pipeline, and the aggregate's state per million contacts.
 */
public final class PipelineBench {
    private static final String DISPATCHES = "bench-dispatches";
    private static final String GENERATED = "bench-generated-enriched";
    private static final String AGGREGATE_REAL = "aggregate (enrich's output)";
    private static final String AGGREGATE_GENERATED = "aggregate (generated wire)";

    private PipelineBench() {
    }

    public static BenchReport run(BenchPlan plan, PrintStream out) throws Exception {
        Machine machine = Machine.describe();
        out.println("Machine: " + machine.line());
        TextCorpus corpus = TextCorpus.sharedOrGold(plan.corpus(), plan.gold());
        out.printf(Locale.ROOT, "Corpus: %s, %,d dispatches, %.2f MB of text%n", corpus.name(), corpus.size(), corpus.utf8Bytes() / 1e6);
        Tagger tagger = Tagger.loadDefault();

        Path dir = Files.createTempDirectory("newswire-bench-");
        try (LocalCluster cluster = LocalCluster.start(dir.resolve("cluster"), 0, 0);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()));
             SchemaRegistry registry = new HttpSchemaRegistryClient(cluster.registryUrl(), "")) {
            Map<String, String> base = new HashMap<>(cluster.config());
            base.put(CommonConfig.DATA_DIR, dir.resolve("data").toString());
            base.putAll(plan.overrides());
            Path state = dir.resolve("state");

            // Pre-loaded only for the Streams stages: ingest and latency write their own.
            boolean streams = plan.measures(BenchPlan.Part.ENRICH) || plan.measures(BenchPlan.Part.AGGREGATE);
            List<Dispatch> dispatches = repeated(corpus, streams ? plan.enrichRecords() : 0);
            NewsGenerator.News news = NewsGenerator.generate(7, new NewsGenerator.Shape(streams ? Math.max(10, plan.generatedRecords() * 100 / 154) : 10, 40, 365, 7, 7));
            if (streams) {
                Preload.produce(base, registry, DISPATCHES, dispatches, Dispatch::getId, d -> d);
                Preload.produce(base, registry, GENERATED, news.records(), NewsGenerator.Sent::key, NewsGenerator.Sent::value);
                out.printf(Locale.ROOT, "Pre-loaded %,d dispatches to %s and %,d generated enriched dispatches (%,d distinct contacts) to %s%n",
                        dispatches.size(), DISPATCHES, news.records().size(), news.expected().distinctContacts(), GENERATED);
            }

            List<StageFigures> stages = new ArrayList<>();
            if (plan.measures(BenchPlan.Part.ENRICH)) {
                Stage enrich = enrichStage(BenchReport.ENRICH, base, tagger, registry, dispatches.size(), 1, Map.of())
                        .comparedWith(() -> TaggerSpeed.cpuMillisPerThousandNow(tagger, corpus));
                stages.add(compare(admin, base, enrich, plan, state, out));
                if (plan.scaling()) {
                    stages.add(compare(admin, base, enrichStage("enrich, 2 stream threads", base, tagger, registry, dispatches.size(), 1,
                            Map.of(EnrichConfig.STREAMS_PREFIX + StreamsConfig.NUM_STREAM_THREADS_CONFIG, "2")), plan.withRounds(3), state, out));
                    stages.add(compare(admin, base, enrichStage("enrich, 2 instances", base, tagger, registry, dispatches.size(), 2, Map.of()),
                            plan.withRounds(3), state, out));
                }
            }
            // After enrich's rounds, so that the JIT has compiled the tagger as it runs in the app.
            TaggerSpeed speed = TaggerSpeed.measure(tagger, corpus, plan.taggerRounds(), plan.taggerRounds());
            out.printf(Locale.ROOT, "  the tagger alone: %.1f MB/s per core, %,.0f ms CPU per 1,000 dispatches (best of %d rounds; load %.1f)%n",
                    speed.megabytesPerCoreSecond(), speed.cpuMillisPerThousand(), plan.taggerRounds(), CpuClock.loadAverage());
            if (plan.measures(BenchPlan.Part.AGGREGATE)) {
                if (plan.measures(BenchPlan.Part.ENRICH)) {
                    String enriched = enrichedTopic("bench-enrich-r1");   // what enrich's first round wrote, transactions and all
                    stages.add(compare(admin, base, aggregateStage(AGGREGATE_REAL, base, registry, enriched, Preload.count(base, enriched)), plan, state, out));
                }
                stages.add(compare(admin, base, aggregateStage(AGGREGATE_GENERATED, base, registry, GENERATED, news.records().size()), plan, state, out));
            }

            List<IngestFigures> ingest = new ArrayList<>();
            if (plan.measures(BenchPlan.Part.INGEST) && !plan.ingest().isEmpty()) {
                try (IngestComparison comparison = IngestComparison.start(base, registry, corpus.dispatches())) {
                    ingest.addAll(comparison.measure(plan.ingest(), plan.rounds(), out));
                }
            }

            List<LatencyFigures> latency = new ArrayList<>();
            if (plan.measures(BenchPlan.Part.LATENCY) && !plan.latency().isEmpty()) {
                try (LatencyRun run = LatencyRun.start(base, dir.resolve("latency"))) {
                    run.measure(20, java.time.Duration.ofSeconds(5), new PrintStream(PrintStream.nullOutputStream()));   // warm-up
                    for (BenchPlan.Rate rate : plan.latency()) {
                        latency.add(run.measure(rate.perSecond(), rate.duration(), out));
                    }
                }
            }
            BenchReport report = new BenchReport(machine, plan.name(), LocalDate.now(ZoneOffset.UTC), corpus.name(), corpus.size(), corpus.utf8Bytes(),
                    speed, stages, ingest, latency, AGGREGATE_GENERATED, news.expected().distinctContacts(), CpuClock.loadAverage());
            out.println();
            out.print(report.markdown());
            return report;
        } finally {
            Directories.deleteRecursively(dir);
        }
    }

    private static StageFigures compare(Admin admin, Map<String, String> base, Stage stage, BenchPlan plan, Path state, PrintStream out) {
        Preload.createTopic(base, stage.passthroughOutput());
        return StageComparison.measure(admin, stage, plan.rounds(), state, out);
    }

    /** The corpus repeated under new ids until there are {@code count} dispatches, each received now. */
    static List<Dispatch> repeated(TextCorpus corpus, int count) {
        List<Dispatch> out = new ArrayList<>(count);
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            Dispatch d = corpus.dispatches().get(i % corpus.size());
            out.add(Dispatch.newBuilder(d).setId(d.getId() + "~" + (i / corpus.size())).setReceived(now).build());
        }
        return out;
    }

    private static String enrichedTopic(String applicationId) {
        return "bench-enriched-" + applicationId;
    }

    private static Stage enrichStage(String name, Map<String, String> base, Tagger tagger, SchemaRegistry registry, long records, int instances,
                                     Map<String, String> overrides) {
        return new Stage(name, DISPATCHES, records, instances, applicationId -> {
            Map<String, String> values = new HashMap<>(base);
            values.putAll(overrides);
            values.put(CommonConfig.TOPIC_DISPATCHES, DISPATCHES);
            values.put(CommonConfig.TOPIC_ENRICHED, enrichedTopic(applicationId));
            values.put(CommonConfig.TOPIC_EVENTS_PREFIX, "bench-events-");
            values.put(EnrichConfig.APPLICATION_ID, applicationId);
            EnrichConfig config = new EnrichConfig(values);
            Topics.ensure(config.bootstrapServers(), EnrichApp.topics(config));
            // The app's own meters, as in production: their cost is part of what is measured.
            PrometheusMeterRegistry meters = AppMetrics.create("enrich");
            return new Stage.App(() -> EnrichApp.topology(config, tagger, registry, meters), EnrichApp.streamsProperties(config, meters));
        });
    }

    private static Stage aggregateStage(String name, Map<String, String> base, SchemaRegistry registry, String input, long records) {
        return new Stage(name, input, records, 1, applicationId -> {
            Map<String, String> values = new HashMap<>(base);
            values.put(CommonConfig.TOPIC_ENRICHED, input);
            values.put(CommonConfig.TOPIC_CONTACTS, "bench-contacts");
            values.put(CommonConfig.TOPIC_ALERTS, "bench-alerts");
            values.put(AggregateConfig.APPLICATION_ID, applicationId);
            AggregateConfig config = new AggregateConfig(values);
            AggregateTopics.ensure(config);
            Properties properties = AggregateApp.streamsProperties(config, new HostInfo("localhost", 0), AppMetrics.create("aggregate"));
            properties.remove(StreamsConfig.APPLICATION_SERVER_CONFIG);   // no API in the bench: nothing to answer queries
            return new Stage.App(() -> {
                StreamsBuilder builder = new StreamsBuilder();
                ContactsTopology.build(builder, config, registry);
                return builder.build();
            }, properties);
        });
    }
}
