package io.newswire.cli;

import io.newswire.aggregate.AggregateApp;
import io.newswire.core.metrics.AppMetrics;
import io.newswire.enrich.EnrichApp;
import io.newswire.ingest.IngestConfig;
import io.newswire.ingest.IngestServer;
import io.newswire.ingest.Intake;

import java.util.Map;

/** Ingest, enrich and aggregate in one process, pointed at one Kafka and registry: what the demo runs. */
final class Pipeline implements AutoCloseable {
    private final Components components = new Components();
    private IngestServer ingest;
    private EnrichApp enrich;
    private AggregateApp aggregate;

    static Pipeline start(Map<String, String> config) {
        Pipeline pipeline = new Pipeline();
        try {
            var meters = AppMetrics.create("ingest");
            Intake intake = pipeline.started(Intake.open(new IngestConfig(config), meters));
            pipeline.ingest = pipeline.started(IngestServer.start(intake, meters));
            pipeline.enrich = pipeline.started(EnrichApp.start(config));
            pipeline.aggregate = pipeline.started(AggregateApp.start(config));
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    String ingestUrl() {
        return ingest.url();
    }

    String enrichUrl() {
        return enrich.httpUrl();
    }

    String aggregateUrl() {
        return aggregate.httpUrl();
    }

    AggregateApp aggregate() {
        return aggregate;
    }

    private <T extends AutoCloseable> T started(T component) {
        return components.add(component);
    }

    @Override
    public void close() {
        components.close();
    }
}
