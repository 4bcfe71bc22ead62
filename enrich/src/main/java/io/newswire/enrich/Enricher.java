package io.newswire.enrich;

import io.newswire.core.DateTrust;
import io.newswire.core.DispatchLimits;
import io.newswire.core.LogSafe;
import io.newswire.core.RecordLimit;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.DispatchEvent;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import io.newswire.schemas.EventType;
import io.newswire.schemas.registry.SchemaRegistry;
import io.newswire.schemas.serde.AvroSerdes;
import io.newswire.schemas.serde.WireFormatAvroDeserializer;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything enrich does with one raw dispatch record: reads it, refuses what breaks the dispatch limits, tags it,
 * marks the dates it cannot believe, keeps it within the caps, and writes the records it gives, each checked
 * against the record limit. Whatever it throws sends the dispatch to the dead-letter topic with the reason.
 */
final class Enricher {
    private static final Logger LOG = LoggerFactory.getLogger(Enricher.class);

    private final EnrichConfig config;
    private final Tagger tagger;
    private final Clock clock;
    private final WireFormatAvroDeserializer<Dispatch> dispatches;
    private final Serializer<EnrichedDispatch> enrichedWriter;
    private final Serializer<DispatchEvent> eventWriter;
    private final DispatchLimits limits;
    private final DateTrust dates;
    private final DateMarks marks;
    private final EnrichmentCaps caps;
    private final RecordLimit recordLimit;
    private final EnrichMeters meters;
    private final String dispatchesTopic;
    private final String enrichedTopic;
    /** The topic of each event type, by its wire name: looked up once per type, not built again for every event. */
    private final Map<String, String> eventTopics = new ConcurrentHashMap<>();

    /** One record to write: its topic, key and value. */
    record Output(String topic, String key, byte[] value) {
    }

    /** What one dispatch gave: the trusted receipt time (the records' timestamp), the enriched dispatch, and one record per event. */
    record Enrichment(Instant receipt, Output enriched, List<Output> events) {
    }

    Enricher(EnrichConfig config, Tagger tagger, SchemaRegistry registry, Clock clock, EnrichMeters meters) {
        this.config = config;
        this.meters = meters;
        this.tagger = tagger;
        this.clock = clock;
        this.dispatches = new WireFormatAvroDeserializer<>(registry, Dispatch.class);
        this.enrichedWriter = AvroSerdes.value(EnrichedDispatch.class, registry).serializer();
        this.eventWriter = AvroSerdes.value(DispatchEvent.class, registry).serializer();
        this.limits = DispatchLimits.of(config);
        this.dates = DateTrust.of(config);
        this.marks = new DateMarks(dates);
        this.caps = EnrichmentCaps.of(config);
        this.recordLimit = RecordLimit.of(config);
        this.dispatchesTopic = config.getString(EnrichConfig.TOPIC_DISPATCHES);
        this.enrichedTopic = config.getString(EnrichConfig.TOPIC_ENRICHED);
    }

    Enrichment enrich(String key, byte[] bytes) {
        String problem = limits.idProblem(key).map(p -> "record key: " + p).orElse(null);
        if (problem != null) {
            throw new IllegalArgumentException("Dispatch refused: " + problem);
        }
        Dispatch dispatch = dispatches.deserialize(dispatchesTopic, bytes);
        if (!key.equals(dispatch.getId())) {
            throw new IllegalArgumentException("Dispatch refused: record key " + LogSafe.id(key) + " is not the dispatch id " + LogSafe.id(dispatch.getId()));
        }
        limits.problem(dispatch).ifPresent(p -> {
            throw new IllegalArgumentException("Dispatch refused: " + p);
        });
        Instant receipt = dates.receipt(dispatch.getReceived(), clock.instant());
        long tagging = System.nanoTime();
        EnrichedDispatch enriched = tagger.tag(dispatch);
        Duration took = Duration.ofNanos(System.nanoTime() - tagging);
        int untrusted = marks.mark(enriched, receipt);
        if (untrusted > 0 || !enriched.getReferenceDateTrusted()) {
            LOG.info("Dispatch {}: reference date {} {}, {} event date(s) not trusted (received {})", LogSafe.id(key), enriched.getReferenceDate(),
                    enriched.getReferenceDateTrusted() ? "trusted" : "not trusted", untrusted, receipt);
        }
        caps.apply(enriched);
        meters.tagged(dispatch, enriched, took);

        Output record = output(enrichedTopic, key, enrichedWriter, enriched, "The enriched dispatch");
        List<Output> events = new ArrayList<>();
        for (Event event : enriched.getEvents()) {
            events.add(output(eventTopics.computeIfAbsent(event.getType(), type -> config.eventTopic(EventType.of(type))), key + "/" + event.getId(), eventWriter,
                    new DispatchEvent(enriched.getDispatch(), enriched.getLanguage(), event), "The " + event.getType() + " event record"));
        }
        return new Enrichment(receipt, record, events);
    }

    private <T> Output output(String topic, String key, Serializer<T> writer, T value, String what) {
        byte[] bytes = writer.serialize(topic, value);
        int size = RecordLimit.sizeOf(key.getBytes(StandardCharsets.UTF_8), bytes, null);
        if (size > recordLimit.maxBytes()) {
            throw new RecordTooLargeException(recordLimit.tooLarge(what + " for " + topic, size));
        }
        return new Output(topic, key, bytes);
    }
}
