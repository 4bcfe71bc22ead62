package io.newswire.aggregate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.core.metrics.AppMetrics;

import java.util.Map;

/**
 * What the aggregate counts, as meters: contacts counted and withdrawn by type ({@code aggregate_contacts_total}),
 * summit alerts raised and updated ({@code aggregate_alerts_total}). Reached by the processors through the Streams
 * configuration.
 */
final class AggregateMeters {
    private final MeterRegistry registry;

    private AggregateMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    static AggregateMeters from(Map<String, Object> appConfigs) {
        return new AggregateMeters(AppMetrics.from(appConfigs));
    }

    /** A contact began to count (its first report) or stopped (no dispatch reports it any more). */
    void contact(String type, boolean counted) {
        Counter.builder("aggregate.contacts").description("Distinct contacts that began or stopped counting, by event type")
                .tag("type", type).tag("change", counted ? "counted" : "withdrawn").register(registry).increment();
    }

    /** An alert was raised (a new proposal) or updated (one more mention). */
    void alert(boolean raised) {
        Counter.builder("aggregate.alerts").description("Summit alerts raised and updated")
                .tag("change", raised ? "raised" : "updated").register(registry).increment();
    }
}
