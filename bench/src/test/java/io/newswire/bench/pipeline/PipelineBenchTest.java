package io.newswire.bench.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code newswire bench --quick} at a tiny size, on the embedded broker: it measures every stage against the
 * passthrough and prints every figure. Whether the figures are good is the bench's business, not a test's.
 */
class PipelineBenchTest {
    private static final Path GOLD = Path.of("../enrich/src/test/resources/gold");
    private static BenchReport report;
    private static String printed;

    @BeforeAll
    static void runTheBenchSmall() throws Exception {
        BenchPlan plan = BenchPlan.quick(Path.of("target/no-shared-corpus"), GOLD, Map.of())
                .withRecords(300, 600).withRounds(1).withTaggerRounds(1)
                .withLatency(List.of(new BenchPlan.Rate(10, Duration.ofSeconds(2)), new BenchPlan.Rate(100, Duration.ofSeconds(1))))
                .withIngest(List.of(new BenchPlan.Load(1, 10), new BenchPlan.Load(16, 32), new BenchPlan.Load(64, 64)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report = PipelineBench.run(plan, new PrintStream(out, true, StandardCharsets.UTF_8));
        printed = out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyStageIsMeasuredAgainstThePassthrough() {
        assertEquals(List.of("enrich", "aggregate (enrich's output)", "aggregate (generated wire)"), report.stages().stream().map(StageFigures::name).toList());
        for (StageFigures stage : report.stages()) {
            String what = stage.name() + " in\n" + printed;
            assertTrue(stage.records() > 0 && stage.recordsPerSecond() > 0 && stage.passthroughRecordsPerSecond() > 0, what);
            assertTrue(stage.streamCpuPerThousand() > 0 && stage.passthroughStreamCpuPerThousand() > 0, what);
            assertTrue(stage.wallRatio() > 0 && stage.cpuRatio() > 0 && stage.brokerCpuPerThousand() > 0, what);
        }
    }

    @Test
    void ingestIsMeasuredAgainstARawProducerAtEachConcurrency() {
        assertEquals(List.of(1, 16, 64), report.ingest().stream().map(IngestFigures::clients).toList(), printed);
        for (IngestFigures ingest : report.ingest()) {
            assertEquals(0, ingest.lost(), "every post stored, on both sides, in\n" + printed);
            assertTrue(ingest.recordsPerSecond() > 0 && ingest.rawRecordsPerSecond() > 0 && ingest.ratio() > 0, printed);
            assertTrue(ingest.cpuMillisPerPost() > 0 && ingest.rawCpuMillisPerPost() > 0, printed);
            assertTrue(ingest.jvmAndBrokerCpuMillisPerPost() > 0 && ingest.rawJvmAndBrokerCpuMillisPerPost() > 0, printed);
            assertTrue(ingest.allocatedBytesPerPost() > 0 && ingest.rawAllocatedBytesPerPost() > 0, printed);
            assertTrue(report.markdown().contains("| " + ingest.clients() + " client"), report.markdown());
        }
    }

    @Test
    void theTaggerAloneIsMeasuredBesideEnrich() {
        assertTrue(report.tagger().megabytesPerCoreSecond() > 0 && report.tagger().cpuMillisPerThousand() > 0, printed);
        assertTrue(report.enrichOverTagger() > 0 && Double.isFinite(report.enrichOverTagger()), printed);
    }

    @Test
    void everyProbeIsFollowedToTheEnrichedRecordAndToTheCountInTheApi() {
        assertEquals(List.of(10, 100), report.latency().stream().map(LatencyFigures::ratePerSecond).toList());
        for (LatencyFigures latency : report.latency()) {
            assertEquals(latency.sent(), latency.counted(), printed);
            assertTrue(latency.countedP99() >= latency.countedP50() && latency.countedP50() > 0 && latency.enrichedP50() > 0, printed);
        }
    }

    @Test
    void theAggregatesStateIsMeasuredStoreByStore() {
        assertTrue(report.stateBytesPerMillionContacts() > 0, printed);
        assertTrue(report.stage("aggregate (generated wire)").orElseThrow().stateByStore().keySet().containsAll(
                List.of("pair-days", "seen-dispatches")), printed);
    }

    @Test
    void theReadmeSectionHasTheTablesAndRowsTheBenchWrites() throws Exception {
        List<String> readme = ReadmeSection.shape(ReadmeSection.read(Path.of("../README.md")));
        List<String> now = ReadmeSection.shape(report.markdown());
        for (String line : now) {
            assertTrue(readme.contains(line), "README.md's performance section is out of date (" + line
                    + " is missing): replace it with bin/newswire bench --readme README.md");
        }
    }
}
