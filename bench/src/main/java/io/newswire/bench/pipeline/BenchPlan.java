package io.newswire.bench.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much the pipeline bench measures.
 *
 * @param name             {@code full}, {@code quick} or another size, for the report
 * @param enrichRecords    real-text dispatches pre-loaded for enrich (the corpus repeated under new ids)
 * @param generatedRecords generated enriched dispatches pre-loaded for aggregate (many contacts each)
 * @param rounds           rounds of each stage against the passthrough (the first is a warm-up when there are more)
 * @param scaling          whether enrich is also measured with two stream threads and with two instances
 * @param latency          the rates (dispatches/s) and durations of the latency runs
 * @param taggerRounds     one-second rounds of the tagger alone (after as many warm-up rounds)
 * @param corpus           the shared corpus folder (used when it holds JSON lines)
 * @param gold             the project's gold sets, used when the shared corpus is absent
 * @param overrides        configuration values over the embedded cluster's, for every app
 * @param parts            what to measure (aggregate on enrich's output needs enrich)
 * @param ingest           the concurrencies of ingest against the raw producer, and the posts of each round
 */
public record BenchPlan(String name, int enrichRecords, int generatedRecords, int rounds, boolean scaling, List<Rate> latency,
                        int taggerRounds, Path corpus, Path gold, Map<String, String> overrides, Set<Part> parts, List<Load> ingest) {

    /** The parts of the bench. */
    public enum Part { ENRICH, AGGREGATE, INGEST, LATENCY }

    /** Clients posting at once, each waiting for its answer, and the posts they share in a round. */
    public record Load(int clients, int posts) {
    }

    /** Posts per second, for how long. */
    public record Rate(int perSecond, Duration duration) {
    }

    /** Under 15 minutes on the 2-core development machine. */
    public static BenchPlan full(Path corpus, Path gold, Map<String, String> overrides) {
        return new BenchPlan("full", 6_000, 30_000, 4, true,
                List.of(new Rate(10, Duration.ofSeconds(20)), new Rate(100, Duration.ofSeconds(20)), new Rate(1000, Duration.ofSeconds(10))),
                10, corpus, gold, overrides, EnumSet.allOf(Part.class), List.of(new Load(1, 500), new Load(16, 4_000), new Load(64, 8_000)));
    }

    /** A few minutes. */
    public static BenchPlan quick(Path corpus, Path gold, Map<String, String> overrides) {
        return new BenchPlan("quick", 2_000, 8_000, 3, false,
                List.of(new Rate(10, Duration.ofSeconds(8)), new Rate(100, Duration.ofSeconds(8))), 4, corpus, gold, overrides,
                EnumSet.allOf(Part.class), List.of(new Load(1, 200), new Load(16, 1_500), new Load(64, 3_000)));
    }

    public BenchPlan withRecords(int enrich, int generated) {
        return new BenchPlan(name, enrich, generated, rounds, scaling, latency, taggerRounds, corpus, gold, overrides, parts, ingest);
    }

    public BenchPlan withRounds(int count) {
        return new BenchPlan(name, enrichRecords, generatedRecords, count, scaling, latency, taggerRounds, corpus, gold, overrides, parts, ingest);
    }

    public BenchPlan withLatency(List<Rate> rates) {
        return new BenchPlan(name, enrichRecords, generatedRecords, rounds, scaling, rates, taggerRounds, corpus, gold, overrides, parts, ingest);
    }

    public BenchPlan withTaggerRounds(int count) {
        return new BenchPlan(name, enrichRecords, generatedRecords, rounds, scaling, latency, count, corpus, gold, overrides, parts, ingest);
    }

    public BenchPlan withIngest(List<Load> loads) {
        return new BenchPlan(name, enrichRecords, generatedRecords, rounds, scaling, latency, taggerRounds, corpus, gold, overrides, parts, loads);
    }

    public BenchPlan only(Set<Part> measured) {
        return new BenchPlan(name, enrichRecords, generatedRecords, rounds, scaling, latency, taggerRounds, corpus, gold, overrides,
                measured.isEmpty() ? EnumSet.allOf(Part.class) : EnumSet.copyOf(measured), ingest);
    }

    public BenchPlan named(String other) {
        return new BenchPlan(other, enrichRecords, generatedRecords, rounds, scaling, latency, taggerRounds, corpus, gold, overrides, parts, ingest);
    }

    public boolean measures(Part part) {
        return parts.contains(part);
    }
}
