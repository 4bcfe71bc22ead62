package io.newswire.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * Counters of what ingest did, per channel (http, watch, file): {@code ingest_dispatches_accepted_total}
 * (also per format), {@code ingest_dispatches_duplicate_total}, {@code ingest_dispatches_rejected_total}
 * by reason, and the time from receipt to the broker's acknowledgement.
 */
public final class IngestMetrics {
    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(Receipt receipt, String channel, String format) {
        switch (receipt.outcome()) {
            case PUBLISHED -> Counter.builder("ingest.dispatches.accepted").description("Dispatches published to Kafka")
                    .tag("channel", channel).tag("format", format == null ? "unknown" : format).register(registry).increment();
            case DUPLICATE -> Counter.builder("ingest.dispatches.duplicate").description("Dispatches already published (same id, version, content)")
                    .tag("channel", channel).register(registry).increment();
            default -> Counter.builder("ingest.dispatches.rejected").description("Dispatches not published, by reason")
                    .tag("channel", channel).tag("reason", receipt.reason()).register(registry).increment();
        }
    }

    void published(Duration took) {
        Timer.builder("ingest.publish").description("From receipt to the broker's acknowledgement (acks=all)")
                .publishPercentiles(0.5, 0.99).register(registry).record(took);
    }
}
