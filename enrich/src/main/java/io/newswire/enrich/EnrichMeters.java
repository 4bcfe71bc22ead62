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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** The counters met so far, by their two tags: found in one map look-up, not registered again for every dispatch and event. */
    private final Map<Tags2, Counter> dispatches = new ConcurrentHashMap<>();
    private final Map<Tags2, Counter> events = new ConcurrentHashMap<>();

    private record Tags2(String first, String second) {
    }

    EnrichMeters(MeterRegistry registry) {
        this.registry = registry;
        this.tagger = Timer.builder("enrich.tagger").description("Time the tagger took per dispatch")
                .serviceLevelObjectives(AppMetrics.TIME_BUCKETS).register(registry);
    }

    void tagged(Dispatch dispatch, EnrichedDispatch enriched, Duration took) {
        tagger.record(took);
        Tags2 formatAndLanguage = new Tags2(dispatch.getFormat() == null ? "unknown" : dispatch.getFormat(),
                enriched.getLanguage() == null ? "none" : enriched.getLanguage());
        dispatches.computeIfAbsent(formatAndLanguage, tags -> Counter.builder("enrich.dispatches")
                .description("Dispatches enriched, by format and detected language")
                .tag("format", tags.first()).tag("language", tags.second()).register(registry)).increment();
        for (Event event : enriched.getEvents()) {
            events.computeIfAbsent(new Tags2(String.valueOf(event.getType()), String.valueOf(event.getStatus())), tags -> Counter.builder("enrich.events")
                    .description("Events found, by type and status")
                    .tag("type", tags.first()).tag("status", tags.second()).register(registry)).increment();
        }
    }
}
