package io.newswire.cli;

import io.newswire.aggregate.AggregateConfig;
import io.newswire.core.CommonConfig;
import io.newswire.core.ConfigLoader;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Runs the whole pipeline in one process on the embedded broker and registry, and shows what it does. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on the embedded broker and registry, publish the sample dispatches, print a summary, keep serving until Ctrl-C.")
public final class DemoCommand implements Callable<Integer>, LogSetup.Logged {

    @Option(names = "--once", description = "Exit after the summary instead of serving until Ctrl-C.")
    boolean once;

    @Option(names = "--data-dir", defaultValue = "data", description = "Where the broker, registry and Streams state live (default: ${DEFAULT-VALUE}); survives restarts.")
    Path dataDir;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka port; with several brokers, the first one's, the others follow (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--brokers", defaultValue = "1",
            description = "Kafka brokers (KRaft) to run: 3 runs a real cluster, with three replicas of every topic of which two must have each write (default: ${DEFAULT-VALUE}).")
    int brokers;

    @Option(names = "--registry-port", defaultValue = "8081", description = "Schema registry port (default: ${DEFAULT-VALUE}).")
    int registryPort;

    @Option(names = "--ingest-port", defaultValue = "8080", description = "Ingest HTTP API port (default: ${DEFAULT-VALUE}).")
    int ingestPort;

    @Option(names = "--aggregate-port", defaultValue = "8082", description = "Aggregate HTTP API port (default: ${DEFAULT-VALUE}).")
    int aggregatePort;

    @Option(names = "--enrich-port", defaultValue = "8083", description = "Enrich's /health and /metrics port (default: ${DEFAULT-VALUE}).")
    int enrichPort;

    @Mixin
    LogOptions log;

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public boolean verbose() {
        return log.verbose;
    }

    /** The samples report events from 2018 to 2022: counting them needs a grace and retention that reach back that far. */
    static final Map<String, String> ARCHIVE_REPLAY = Map.of("aggregate.grace.days", "3650", "aggregate.retention.days", "3650");

    private final Components running = new Components();

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        long start = System.nanoTime();
        try {
            out.println("Starting Kafka and the schema registry...");
            String registryUserInfo = new CommonConfig(ConfigLoader.load(Map.of())).registryUserInfo();
            LocalCluster cluster = started(LocalCluster.start(dataDir, LocalCluster.Settings.defaults().withBrokers(brokers)
                    .withPorts(kafkaPort, registryPort).withRegistryAuth(registryUserInfo)));
            cluster.kafka().endedOrphans().forEach(pid -> out.printf(
                    "Ended an orphaned Kafka broker (pid %d) that an earlier run, killed without stopping it, left on %s%n", pid, dataDir));
            out.printf("Kafka at %s (%d broker%s), schema registry at %s%s%n", cluster.bootstrapServers(), brokers, brokers == 1 ? "" : "s",
                    cluster.registryUrl(), registryUserInfo.isEmpty() ? "" : " (basic auth)");

            Map<String, String> config = pipelineConfig(cluster);
            out.println("Starting ingest, enrich and aggregate...");
            Pipeline pipeline = started(Pipeline.start(config));
            out.printf("Pipeline up in %.1f s: ingest %s, aggregate %s, enrich %s (each with /health and /metrics), dashboard %s/%n",
                    seconds(start), pipeline.ingestUrl(), pipeline.aggregateUrl(), pipeline.enrichUrl(), pipeline.aggregateUrl());

            long published = System.nanoTime();
            List<String> ids = new SamplePublisher(pipeline.ingestUrl()).publishAll();
            out.printf("Published %d sample dispatches through POST /dispatches%n", ids.size());

            var registry = started(new HttpSchemaRegistryClient(cluster.registryUrl(), registryUserInfo));
            Map<String, EnrichedDispatch> enriched = new EnrichedSummary(cluster.bootstrapServers(),
                    new CommonConfig(config).getString(CommonConfig.TOPIC_ENRICHED), registry).await(ids, Duration.ofSeconds(120));
            out.printf("%nEnriched %d of %d dispatches in %.1f s after publishing:%n", enriched.size(), ids.size(), seconds(published));
            enriched.values().forEach(d -> EnrichedSummary.print(d, out));

            AggregateConfig aggregate = pipeline.aggregate().config();
            if (!SettledCounts.await(cluster.bootstrapServers(), aggregate.applicationId(), aggregate.enrichedTopic(), Duration.ofSeconds(60))) {
                out.println("(The counts had not settled after 60 s; they may still change.)");
            }
            new ContactsReport(pipeline.aggregateUrl()).print(out);
            if (enriched.size() < ids.size()) {
                out.printf("Some dispatches were not enriched in time; see the dead-letters topic and the log (%s).%n",
                        dataDir.resolve("logs").resolve(LogSetup.FILE_NAME));
                return 1;
            }
            if (!once) {
                out.printf("%nServing until Ctrl-C. Open the dashboard: %s/   (or the API: curl -s %s/api/contacts/RUS/TUR)%n",
                        pipeline.aggregateUrl(), pipeline.aggregateUrl());
                Foreground.run(running);
            }
            return 0;
        } finally {
            running.close();
        }
    }

    private Map<String, String> pipelineConfig(LocalCluster cluster) {
        Map<String, String> overrides = new HashMap<>(cluster.config());
        overrides.put(CommonConfig.DATA_DIR, dataDir.toString());
        overrides.put("ingest.http.port", String.valueOf(ingestPort));
        overrides.put("aggregate.http.port", String.valueOf(aggregatePort));
        overrides.put("enrich.http.port", String.valueOf(enrichPort));
        overrides.putAll(ARCHIVE_REPLAY);
        return ConfigLoader.load(overrides);
    }

    private <T extends AutoCloseable> T started(T component) {
        return running.add(component);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
