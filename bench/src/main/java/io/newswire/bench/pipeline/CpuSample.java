package io.newswire.bench.pipeline;

import java.util.Map;

/** The clocks at one moment of a Streams app's run: wall, its stream threads, all its threads, this JVM, the broker. */
record CpuSample(long wallNanos, long streamThreadNanos, long appThreadNanos, long processNanos, long brokerNanos) {

    static CpuSample of(String applicationId) {
        return new CpuSample(System.nanoTime(), CpuClock.threads(CpuClock.streamThreadsOf(applicationId)),
                CpuClock.threads(CpuClock.allThreadsOf(applicationId)), CpuClock.process(), CpuClock.broker());
    }

    /** What was spent from {@code start} to this sample, over {@code records} records. */
    RoundResult since(CpuSample start, long records, Map<String, Long> stateByStore) {
        return new RoundResult(records, (wallNanos - start.wallNanos) / 1e9, streamThreadNanos - start.streamThreadNanos,
                appThreadNanos - start.appThreadNanos, processNanos - start.processNanos, brokerNanos - start.brokerNanos,
                CpuClock.loadAverage(), stateByStore);
    }
}
