package io.newswire.enrich;

import io.newswire.core.DeadLetters;
import io.newswire.core.DerivedHeaders;
import io.newswire.enrich.overlay.KbOverlayTable;
import io.newswire.enrich.overlay.KbOverlayUpdater;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.DispatchEvent;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.KbActor;
import io.newswire.schemas.serde.WireFormatAvroDeserializer;
import io.newswire.schemas.registry.SchemaRegistry;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.Stores;

import java.time.Clock;

/**
 * Raw dispatches in; each is checked, tagged, date-checked and capped ({@link Enricher}); the enriched dispatch goes
 * out, and each of its events goes to the topic of its type, stamped with the time the dispatch was received. A
 * dispatch that cannot be read, tagged or written goes to the dead-letter topic with the reason. The people of the
 * kb-actors topic are read as a global store, laid over the knowledge base from the next dispatch on.
 */
public final class EnrichTopology {
    /** The name the records enrich derives give as their producer ({@link DerivedHeaders}). */
    static final String APP = "enrich";
    /** The global store of the kb-actors topic: every instance holds all of it. */
    static final String KB_ACTORS_STORE = "kb-actors-store";

    private EnrichTopology() {
    }

    public static void build(StreamsBuilder builder, EnrichConfig config, Tagger tagger, SchemaRegistry registry) {
        build(builder, config, tagger, registry, Clock.systemUTC());
    }

    /** With the clock that bounds receipt times (a fixed one in tests). */
    public static void build(StreamsBuilder builder, EnrichConfig config, Tagger tagger, SchemaRegistry registry, Clock clock) {
        build(builder, config, tagger, registry, clock, EnrichMeters.NONE);
    }

    /** With the app's meters. */
    static void build(StreamsBuilder builder, EnrichConfig config, Tagger tagger, SchemaRegistry registry, Clock clock, EnrichMeters meters) {
        KbOverlayTable overlay = new KbOverlayTable(tagger.knowledgeBase());
        String kbActors = config.getString(EnrichConfig.TOPIC_KB_ACTORS);
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(KB_ACTORS_STORE), Serdes.String(), Serdes.ByteArray()).withLoggingDisabled(),
                kbActors, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("kb-actors"),
                () -> new KbOverlayUpdater(KB_ACTORS_STORE, kbActors, overlay, tagger.knowledgeBase(), new WireFormatAvroDeserializer<>(registry, KbActor.class)));
        Enricher enricher = new Enricher(config, tagger.withOverlay(overlay), registry, clock, meters);

        KStream<String, byte[]> raw = builder.stream(config.getString(EnrichConfig.TOPIC_DISPATCHES),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("dispatches"));

        KStream<String, Enricher.Enrichment> enriched = DeadLetters.tryMapValues(raw, "tag", enricher::enrich,
                        config.getString(EnrichConfig.TOPIC_DEAD_LETTERS))
                .processValues(AtReceipt::new, Named.as("at-receipt"));

        enriched.mapValues(e -> e.enriched().value(), Named.as("enriched-bytes"))
                .processValues(() -> DerivedHeaders.<byte[]>replacing(APP, EnrichedDispatch.getClassSchema().getFullName()), Named.as("enriched-headers"))
                .to(config.getString(EnrichConfig.TOPIC_ENRICHED), Produced.with(Serdes.String(), Serdes.ByteArray()).withName("enriched-dispatches"));

        enriched.flatMap((id, e) -> e.events().stream().map(event -> KeyValue.pair(event.key(), event)).toList(), Named.as("events"))
                .processValues(() -> DerivedHeaders.<Enricher.Output>replacing(APP, DispatchEvent.getClassSchema().getFullName()), Named.as("event-headers"))
                .to((key, event, context) -> event.topic(), Produced.with(Serdes.String(), OUTPUT_BYTES).withName("events-by-type"));
    }

    /** An output already written to bytes (and checked against the record limit) by the enricher. */
    private static final Serde<Enricher.Output> OUTPUT_BYTES = Serdes.serdeFrom((topic, output) -> output.value(), (topic, bytes) -> {
        throw new UnsupportedOperationException("write-only");
    });

    /** The records a dispatch gives carry the time it was received, never a date from the sender, and none of its headers ({@link DerivedHeaders} are theirs). */
    private static final class AtReceipt implements FixedKeyProcessor<String, Enricher.Enrichment, Enricher.Enrichment> {
        private FixedKeyProcessorContext<String, Enricher.Enrichment> context;

        @Override
        public void init(FixedKeyProcessorContext<String, Enricher.Enrichment> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, Enricher.Enrichment> record) {
            context.forward(record.withTimestamp(record.value().receipt().toEpochMilli()).withHeaders(new RecordHeaders()));
        }
    }
}
