package io.newswire.bench.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A stage beside the passthrough, over the measured rounds (the first, warm-up round left out when there are more):
 * medians of each figure, and of the per-round ratios.
 *
 * @param stage       the stage's rounds
 * @param passthrough the passthrough's rounds, in the same order
 * @param work        the stage's work alone, CPU milliseconds per 1,000 records, in the same rounds (NaN when not measured)
 */
public record StageFigures(String name, long records, int instances, List<RoundResult> stage, List<RoundResult> passthrough, List<Double> work) {

    double recordsPerSecond() {
        return median(stage, RoundResult::recordsPerSecond);
    }

    double passthroughRecordsPerSecond() {
        return median(passthrough, RoundResult::recordsPerSecond);
    }

    /** Records/s against the passthrough's, round by round. */
    double wallRatio() {
        return medianOfRatios((s, p) -> s.recordsPerSecond() / p.recordsPerSecond());
    }

    /** Records per CPU-second of a stream thread against the passthrough's, round by round: the per-thread ratio. */
    double cpuRatio() {
        return medianOfRatios((s, p) -> p.streamCpuPerThousand() / s.streamCpuPerThousand());
    }

    /** Stream-thread CPU per record against the work alone, round by round. */
    double overWorkAlone() {
        double[] values = new double[stage.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = stage.get(i).streamCpuPerThousand() / work.get(i);
        }
        return median(values);
    }

    double workCpuPerThousand() {
        return median(work.stream().mapToDouble(Double::doubleValue).toArray());
    }

    double streamCpuPerThousand() {
        return median(stage, RoundResult::streamCpuPerThousand);
    }

    double passthroughStreamCpuPerThousand() {
        return median(passthrough, RoundResult::streamCpuPerThousand);
    }

    double appCpuPerThousand() {
        return median(stage, RoundResult::appCpuPerThousand);
    }

    double passthroughAppCpuPerThousand() {
        return median(passthrough, RoundResult::appCpuPerThousand);
    }

    double brokerCpuPerThousand() {
        return median(stage, RoundResult::brokerCpuPerThousand);
    }

    double passthroughBrokerCpuPerThousand() {
        return median(passthrough, RoundResult::brokerCpuPerThousand);
    }

    double loadAverage() {
        return median(stage, RoundResult::loadAverage);
    }

    /** The state the stage left on disk, by store (median round). */
    Map<String, Long> stateByStore() {
        return stage.stream().sorted(java.util.Comparator.comparingLong(RoundResult::stateBytes)).toList().get(stage.size() / 2).stateByStore();
    }

    long stateBytes() {
        return (long) median(stage, r -> r.stateBytes());
    }

    private interface PairRatio {
        double of(RoundResult stage, RoundResult passthrough);
    }

    private double medianOfRatios(PairRatio ratio) {
        double[] values = new double[stage.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ratio.of(stage.get(i), passthrough.get(i));
        }
        return median(values);
    }

    private static double median(List<RoundResult> rounds, ToDoubleFunction<RoundResult> figure) {
        return median(rounds.stream().mapToDouble(figure).toArray());
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
