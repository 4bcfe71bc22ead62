package io.newswire.bench.pipeline;

/**
 * One round of posts at one concurrency, through ingest's HTTP API or straight to the raw producer.
 *
 * @param stored         posts answered 202 (ingest) or acknowledged by the broker (raw producer)
 * @param cpuNanos       CPU of the request threads (Jetty's, or the raw producer's senders) and the producer's I/O thread
 * @param allocatedBytes bytes those threads allocated
 * @param jvmAndBrokerNanos CPU of this whole JVM (clients, JIT, GC; the broker when it runs inside) and of the broker's process
 */
record IngestRound(int posts, int stored, double seconds, long cpuNanos, long allocatedBytes, long jvmAndBrokerNanos, double loadAverage) {

    double recordsPerSecond() {
        return stored / seconds;
    }

    double cpuMillisPerPost() {
        return cpuNanos / 1e6 / posts;
    }

    double jvmAndBrokerCpuMillisPerPost() {
        return jvmAndBrokerNanos / 1e6 / posts;
    }

    double allocatedBytesPerPost() {
        return (double) allocatedBytes / posts;
    }
}
