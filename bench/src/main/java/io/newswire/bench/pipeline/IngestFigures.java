package io.newswire.bench.pipeline;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Ingest's {@code POST /dispatches} beside a raw producer with the same settings sending the same dispatches, at one
 * concurrency, over the measured rounds (the warm-up round left out when there are more): medians of each figure and
 * of the per-round ratios.
 */
public record IngestFigures(int clients, int posts, List<IngestRound> ingest, List<IngestRound> raw) {

    public double recordsPerSecond() {
        return median(ingest, IngestRound::recordsPerSecond);
    }

    public double rawRecordsPerSecond() {
        return median(raw, IngestRound::recordsPerSecond);
    }

    /** Ingest's records/s against the raw producer's, round by round. */
    public double ratio() {
        double[] values = new double[ingest.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ingest.get(i).recordsPerSecond() / raw.get(i).recordsPerSecond();
        }
        return StageFigures.median(values);
    }

    public double cpuMillisPerPost() {
        return median(ingest, IngestRound::cpuMillisPerPost);
    }

    public double rawCpuMillisPerPost() {
        return median(raw, IngestRound::cpuMillisPerPost);
    }

    /** Everything the post cost the machine: this JVM (the clients included) and the broker. */
    public double jvmAndBrokerCpuMillisPerPost() {
        return median(ingest, IngestRound::jvmAndBrokerCpuMillisPerPost);
    }

    public double rawJvmAndBrokerCpuMillisPerPost() {
        return median(raw, IngestRound::jvmAndBrokerCpuMillisPerPost);
    }

    public double allocatedBytesPerPost() {
        return median(ingest, IngestRound::allocatedBytesPerPost);
    }

    public double rawAllocatedBytesPerPost() {
        return median(raw, IngestRound::allocatedBytesPerPost);
    }

    /** Posts not answered 202 (ingest) or not acknowledged (raw), over every measured round: 0 when all went in. */
    public int lost() {
        return ingest.stream().mapToInt(r -> r.posts() - r.stored()).sum() + raw.stream().mapToInt(r -> r.posts() - r.stored()).sum();
    }

    public double loadAverage() {
        return median(ingest, IngestRound::loadAverage);
    }

    private static double median(List<IngestRound> rounds, ToDoubleFunction<IngestRound> figure) {
        return StageFigures.median(rounds.stream().mapToDouble(figure).toArray());
    }
}
