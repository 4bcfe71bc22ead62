package io.newswire.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.newswire.bench.pipeline.BenchPlan;
import io.newswire.bench.pipeline.BenchReport;
import io.newswire.bench.pipeline.PipelineBench;
import io.newswire.bench.pipeline.ReadmeSection;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code newswire bench}: each stage against a passthrough on the embedded broker, latency, the tagger alone, state size. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the pipeline on an embedded broker in a temporary folder: enrich and aggregate against a byte-copying "
                + "passthrough Streams app with the same settings (alternated round by round: records/s, CPU per 1,000 records), "
                + "ingest's POST /dispatches against a raw producer with the same settings at 1, 16 and 64 clients, "
                + "the tagger alone (MB/s per core), latency from the 202 to the enriched record and to the count in the API, "
                + "and the aggregate's state per million contacts. About 10 minutes; --quick, a few."})
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--quick", description = "Fewer records and rounds, no scaling runs, two latency rates: a few minutes.")
    boolean quick;

    @Option(names = "--records", paramLabel = "N", description = "Real-text dispatches pre-loaded for enrich (default: 6000; 2000 with --quick).")
    Integer records;

    @Option(names = "--generated", paramLabel = "N", description = "Generated enriched dispatches pre-loaded for aggregate (default: 30000; 8000 with --quick).")
    Integer generated;

    @Option(names = "--rounds", paramLabel = "N", description = "Rounds of each stage against the passthrough; the first warms up (default: 4; 3 with --quick).")
    Integer rounds;

    @Option(names = "--only", split = ",", paramLabel = "PART", description = "Measure only these parts: ${COMPLETION-CANDIDATES} (aggregate on enrich's output needs enrich).")
    Set<BenchPlan.Part> only = EnumSet.noneOf(BenchPlan.Part.class);

    @Option(names = "--readme", paramLabel = "FILE", description = "Also write the figures into FILE's performance section (between its bench markers).")
    Path readme;

    @Option(names = "--corpus", defaultValue = "../shared/corpus", description = "Real-text dispatches (JSON lines: id, lang, date, title, text). Default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(names = "--gold", defaultValue = "enrich/src/test/resources/gold", description = "Used when the corpus is absent. Default: ${DEFAULT-VALUE}")
    Path gold;

    @Override
    public Integer call() throws Exception {
        BenchPlan plan = quick ? BenchPlan.quick(corpus, gold, config.values) : BenchPlan.full(corpus, gold, config.values);
        plan = plan.withRecords(records == null ? plan.enrichRecords() : records, generated == null ? plan.generatedRecords() : generated);
        plan = plan.withRounds(rounds == null ? plan.rounds() : rounds).only(only);
        quietLogs();
        BenchReport report = PipelineBench.run(plan, System.out);
        if (readme != null) {
            ReadmeSection.write(readme, report.markdown());
            System.out.println("Written into " + readme);
        }
        return 0;
    }

    /** The bench prints its figures; the apps' start-up lines and Kafka's retry warnings would bury them. */
    private static void quietLogs() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        ((Logger) LoggerFactory.getLogger("org.apache.kafka")).setLevel(Level.ERROR);
    }
}
