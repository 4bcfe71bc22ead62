package io.newswire.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newswire.core.metrics.AppMetrics;
import io.newswire.schemas.Dispatch;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counters of what ingest did, per channel (http, watch, file): {@code ingest_dispatches_accepted_total}
 * (also per format and declared language), {@code ingest_dispatches_duplicate_total},
 * {@code ingest_dispatches_rejected_total} by reason, and the histogram of the time from receipt to the broker's
 * acknowledgement ({@code ingest_publish_seconds}). Each counter is registered once and kept: building its id and tags
 * for every dispatch cost more than the count.
 */
public final class IngestMetrics {
    private final MeterRegistry registry;
    private final Timer publish;
    private final Map<Accepted, Counter> accepted = new ConcurrentHashMap<>();
    private final Map<String, Counter> duplicates = new ConcurrentHashMap<>();
    private final Map<Rejected, Counter> rejected = new ConcurrentHashMap<>();

    /** The tags of one accepted counter; every one has a bounded number of values. */
    private record Accepted(String channel, String format, String language) {
    }

    private record Rejected(String channel, String reason) {
    }

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.publish = Timer.builder("ingest.publish").description("From receipt to the broker's acknowledgement (acks=all)")
                .serviceLevelObjectives(AppMetrics.TIME_BUCKETS).register(registry);
    }

    void count(Receipt receipt, String channel, Dispatch dispatch) {
        switch (receipt.outcome()) {
            case PUBLISHED -> accepted.computeIfAbsent(new Accepted(channel, dispatch == null ? "unknown" : dispatch.getFormat(), language(dispatch)),
                    tags -> Counter.builder("ingest.dispatches.accepted").description("Dispatches published to Kafka, by format and declared language")
                            .tag("channel", tags.channel()).tag("format", tags.format()).tag("language", tags.language()).register(registry)).increment();
            case DUPLICATE -> duplicates.computeIfAbsent(channel, tag -> Counter.builder("ingest.dispatches.duplicate")
                    .description("Dispatches already published (same id, version, content)").tag("channel", tag).register(registry)).increment();
            default -> rejected.computeIfAbsent(new Rejected(channel, receipt.reason()), tags -> Counter.builder("ingest.dispatches.rejected")
                    .description("Dispatches not published, by reason").tag("channel", tags.channel()).tag("reason", tags.reason())
                    .register(registry)).increment();
        }
    }

    /** The declared language's primary subtag (fr, en, ...): two or three letters before any '-' or '_'; else none or other. */
    static String language(Dispatch dispatch) {
        String language = dispatch == null ? null : dispatch.getLanguage();
        if (language == null || language.isBlank()) {
            return "none";
        }
        int end = 0;
        while (end < language.length() && language.charAt(end) != '-' && language.charAt(end) != '_') {
            char c = language.charAt(end);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return "other";
            }
            end++;
        }
        return end == 2 || end == 3 ? language.substring(0, end).toLowerCase(Locale.ROOT) : "other";
    }

    void published(long tookNanos) {
        publish.record(tookNanos, TimeUnit.NANOSECONDS);
    }
}
