package io.newswire.ingest;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.core.metrics.AppMetrics;
import io.newswire.runtime.LocalCluster;

import java.util.Map;

/** Ingest's HTTP API on a real cluster, publishing to its own topic, for tests. */
record RunningIngest(Intake intake, IngestServer server) implements AutoCloseable {

    static RunningIngest start(LocalCluster cluster, String topic, Map<String, Object> overrides) {
        PrometheusMeterRegistry meters = AppMetrics.create("ingest");
        Intake intake = Intake.open(TestKafka.config(cluster, topic, overrides), meters);
        try {
            return new RunningIngest(intake, IngestServer.start(intake, meters));
        } catch (RuntimeException e) {
            intake.close();
            throw e;
        }
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        intake.close();
    }
}
