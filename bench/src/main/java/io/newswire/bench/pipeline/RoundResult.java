package io.newswire.bench.pipeline;

import java.util.Map;

/**
 * One run of a Streams app over a pre-loaded topic, from its first record until its committed offsets reach the end.
 *
 * @param stateByStore its RocksDB state on disk after a clean close, by store (LOG files left out); empty for a stateless app
 */
public record RoundResult(long records, double seconds, long streamThreadNanos, long appThreadNanos, long processNanos, long brokerNanos,
                   double loadAverage, Map<String, Long> stateByStore) {

    long stateBytes() {
        return stateByStore.values().stream().mapToLong(Long::longValue).sum();
    }

    double recordsPerSecond() {
        return records / seconds;
    }

    /** CPU milliseconds of the stream threads per 1,000 records. */
    double streamCpuPerThousand() {
        return perThousand(streamThreadNanos);
    }

    double appCpuPerThousand() {
        return perThousand(appThreadNanos);
    }

    double processCpuPerThousand() {
        return perThousand(processNanos);
    }

    double brokerCpuPerThousand() {
        return perThousand(brokerNanos);
    }

    private double perThousand(long nanos) {
        return nanos / 1e6 / records * 1000;
    }
}
