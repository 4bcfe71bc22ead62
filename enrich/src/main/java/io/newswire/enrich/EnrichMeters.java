package io.newswire.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.core.metrics.AppMetrics;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;

import java.time.Duration;

/**
 * What enrich does, as meters: dispatches enriched by format and detected language ({@code enrich_dispatches_total}),
 * their events by type and status ({@code enrich_events_total}), and the tagger's time per dispatch as a histogram
 * ({@code enrich_tagger_seconds}).
 */
final class EnrichMeters {
    /** Meters that go nowhere, for a topology built without the app (tests). */
    static final EnrichMeters NONE = new EnrichMeters(new SimpleMeterRegistry());

    private final MeterRegistry registry;
    private final Timer tagger;

    EnrichMeters(MeterRegistry registry) {
        this.registry = registry;
        this.tagger = Timer.builder("enrich.tagger").description("Time the tagger took per dispatch")
                .serviceLevelObjectives(AppMetrics.TIME_BUCKETS).register(registry);
    }

    void tagged(Dispatch dispatch, EnrichedDispatch enriched, Duration took) {
        tagger.record(took);
        Counter.builder("enrich.dispatches").description("Dispatches enriched, by format and detected language")
                .tag("format", dispatch.getFormat() == null ? "unknown" : dispatch.getFormat())
                .tag("language", enriched.getLanguage() == null ? "none" : enriched.getLanguage())
                .register(registry).increment();
        for (Event event : enriched.getEvents()) {
            Counter.builder("enrich.events").description("Events found, by type and status")
                    .tag("type", String.valueOf(event.getType())).tag("status", String.valueOf(event.getStatus()))
                    .register(registry).increment();
        }
    }
}
