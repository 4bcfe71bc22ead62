package io.newswire.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newswire.core.metrics.AppMetrics;
import io.newswire.schemas.Dispatch;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Counters of what ingest did, per channel (http, watch, file): {@code ingest_dispatches_accepted_total}
 * (also per format and declared language), {@code ingest_dispatches_duplicate_total},
 * {@code ingest_dispatches_rejected_total} by reason, and the histogram of the time from receipt to the broker's
 * acknowledgement ({@code ingest_publish_seconds}).
 */
public final class IngestMetrics {
    // Compiled once: used for every dispatch counted.
    private static final Pattern SUBTAG = Pattern.compile("[-_]");
    private static final Pattern PRIMARY_LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final MeterRegistry registry;
    private final Timer publish;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.publish = Timer.builder("ingest.publish").description("From receipt to the broker's acknowledgement (acks=all)")
                .serviceLevelObjectives(AppMetrics.TIME_BUCKETS).register(registry);
    }

    void count(Receipt receipt, String channel, Dispatch dispatch) {
        switch (receipt.outcome()) {
            case PUBLISHED -> Counter.builder("ingest.dispatches.accepted").description("Dispatches published to Kafka, by format and declared language")
                    .tag("channel", channel).tag("format", dispatch == null ? "unknown" : dispatch.getFormat())
                    .tag("language", language(dispatch)).register(registry).increment();
            case DUPLICATE -> Counter.builder("ingest.dispatches.duplicate").description("Dispatches already published (same id, version, content)")
                    .tag("channel", channel).register(registry).increment();
            default -> Counter.builder("ingest.dispatches.rejected").description("Dispatches not published, by reason")
                    .tag("channel", channel).tag("reason", receipt.reason()).register(registry).increment();
        }
    }

    /** The declared language's primary subtag (fr, en, ...), or none: a tag with a bounded number of values. */
    private static String language(Dispatch dispatch) {
        String language = dispatch == null ? null : dispatch.getLanguage();
        if (language == null || language.isBlank()) {
            return "none";
        }
        String primary = SUBTAG.split(language, 2)[0].toLowerCase(java.util.Locale.ROOT);
        return PRIMARY_LANGUAGE.matcher(primary).matches() ? primary : "other";
    }

    void published(Duration took) {
        publish.record(took);
    }
}
