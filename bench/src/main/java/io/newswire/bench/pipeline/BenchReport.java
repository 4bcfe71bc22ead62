package io.newswire.bench.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure of a pipeline bench run, and the Markdown the README's performance section is made of.
 *
 * @param contacts distinct contacts in the generated wire (for state bytes per million contacts)
 */
public record BenchReport(Machine machine, String plan, LocalDate date, String corpus, int corpusDispatches, long corpusBytes,
                          TaggerSpeed tagger, List<StageFigures> stages, List<IngestFigures> ingest, List<LatencyFigures> latency, String stateStage, int contacts,
                          double loadAtEnd) {
    static final String STAGES_HEADER = "| stage | records | records/s | passthrough records/s | ratio | stream-thread CPU per 1,000 records "
            + "| passthrough's | ratio (CPU) | all its threads' CPU per 1,000 (passthrough's) | broker CPU per 1,000 (passthrough's) | load |";
    static final String INGEST_HEADER = "| ingest, POST /dispatches | posts per round | records/s | raw producer records/s | ratio "
            + "| CPU per post (request threads, producer I/O) | raw producer's | JVM and broker CPU per post (raw producer's) | allocated per post (same threads) "
            + "| raw producer's | load |";
    static final String TAGGER_HEADER = "| the tagger alone, on the same corpus | |";
    static final String LATENCY_HEADER = "| rate | sent | counted | post → 202 p50 | p99 | 202 → enriched p50 | p99 | 202 → count in the API p50 | p99 "
            + "| CPU per dispatch (JVM and broker) | load |";
    static final String STATE_HEADER = "| aggregate's state (RocksDB, after a clean close) | bytes | per million contacts |";

    /** The stage the enrich-to-tagger comparison is made on. */
    public static final String ENRICH = "enrich";

    public Optional<StageFigures> stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Enrich's stream-thread CPU per record against the tagger's own, measured in the same rounds. */
    public double enrichOverTagger() {
        return stage(ENRICH).map(StageFigures::overWorkAlone).orElse(Double.NaN);
    }

    public double stateBytesPerMillionContacts() {
        return stage(stateStage).map(s -> s.stateBytes() * 1e6 / contacts).orElse(Double.NaN);
    }

    /** The figures as Markdown: a line on the machine and load, then one table per kind of figure. */
    public String markdown() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "`newswire bench%s` on %s: %s, %d cores, %s; %s (%,d dispatches, %.2f MB of text). Load average %.1f at the start, %.1f at the end.",
                plan.equals("full") ? "" : " --" + plan, date, machine.processor(), machine.cores(), machine.java(), corpus,
                corpusDispatches, corpusBytes / 1e6, machine.loadAtStart(), loadAtEnd));
        lines.add("");
        lines.add(STAGES_HEADER);
        lines.add("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (StageFigures s : stages) {
            lines.add(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %,.0f | %.2f | %,.0f ms | %,.0f ms | %.2f | %,.0f ms (%,.0f ms) | %,.0f ms (%,.0f ms) | %.1f |",
                    s.name(), s.records(), s.recordsPerSecond(), s.passthroughRecordsPerSecond(), s.wallRatio(), s.streamCpuPerThousand(),
                    s.passthroughStreamCpuPerThousand(), s.cpuRatio(), s.appCpuPerThousand(), s.passthroughAppCpuPerThousand(),
                    s.brokerCpuPerThousand(), s.passthroughBrokerCpuPerThousand(), s.loadAverage()));
        }
        if (!ingest.isEmpty()) {
            lines.add("");
            lines.add(INGEST_HEADER);
            lines.add("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            for (IngestFigures i : ingest) {
                lines.add(String.format(Locale.ROOT, "| %d client%s | %,d | %,.0f | %,.0f | %.2f | %.3f ms | %.3f ms | %.3f ms (%.3f ms) | %,.1f KB | %,.1f KB | %.1f |",
                        i.clients(), i.clients() == 1 ? "" : "s", i.posts(), i.recordsPerSecond(), i.rawRecordsPerSecond(), i.ratio(),
                        i.cpuMillisPerPost(), i.rawCpuMillisPerPost(), i.jvmAndBrokerCpuMillisPerPost(), i.rawJvmAndBrokerCpuMillisPerPost(),
                        i.allocatedBytesPerPost() / 1024, i.rawAllocatedBytesPerPost() / 1024, i.loadAverage()));
            }
        }
        lines.add("");
        lines.add(TAGGER_HEADER);
        lines.add("| --- | --- |");
        lines.add(String.format(Locale.ROOT, "| MB of text per second per core | %.1f |", tagger.megabytesPerCoreSecond()));
        lines.add(String.format(Locale.ROOT, "| CPU per 1,000 dispatches (best round) | %,.0f ms |", tagger.cpuMillisPerThousand()));
        lines.add(String.format(Locale.ROOT, "| CPU per 1,000 dispatches, in the enrich rounds | %,.0f ms |",
                stage(ENRICH).map(StageFigures::workCpuPerThousand).orElse(Double.NaN)));
        lines.add(String.format(Locale.ROOT, "| enrich's stream-thread CPU per record against it, round by round | %.2f× |", enrichOverTagger()));
        lines.add("");
        lines.add(LATENCY_HEADER);
        lines.add("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (LatencyFigures l : latency) {
            lines.add(String.format(Locale.ROOT, "| %,d/s | %,d | %,d | %,.0f ms | %,.0f ms | %,.0f ms | %,.0f ms | %,.0f ms | %,.0f ms | %.2f ms | %.1f |",
                    l.ratePerSecond(), l.sent(), l.counted(), l.answerP50(), l.answerP99(), l.enrichedP50(), l.enrichedP99(), l.countedP50(), l.countedP99(),
                    l.cpuMillisPerDispatch(), l.loadAverage()));
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "The aggregate's state after the generated wire (%,d distinct contacts):", contacts));
        lines.add("");
        lines.add(STATE_HEADER);
        lines.add("| --- | --- | --- |");
        stage(stateStage).ifPresent(s -> {
            for (Map.Entry<String, Long> store : s.stateByStore().entrySet()) {
                lines.add(String.format(Locale.ROOT, "| %s | %,d | %,.0f |", store.getKey(), store.getValue(), store.getValue() * 1e6 / contacts));
            }
        });
        lines.add(String.format(Locale.ROOT, "| all stores | %,d | %,.0f |",
                stage(stateStage).map(StageFigures::stateBytes).orElse(0L), stateBytesPerMillionContacts()));
        return String.join("\n", lines) + "\n";
    }
}
