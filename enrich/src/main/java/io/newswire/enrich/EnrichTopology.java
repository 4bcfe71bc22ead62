package io.newswire.enrich;

import io.newswire.core.DeadLetters;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.DispatchEvent;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.EventType;
import io.newswire.schemas.registry.SchemaRegistry;
import io.newswire.schemas.serde.AvroSerdes;
import io.newswire.schemas.serde.WireFormatAvroDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Raw dispatches in; each is tagged; the enriched dispatch goes out, and each of its events goes to the
 * topic of its type. A dispatch that cannot be read or tagged goes to the dead-letter topic with the reason.
 */
public final class EnrichTopology {
    private EnrichTopology() {
    }

    public static void build(StreamsBuilder builder, EnrichConfig config, Tagger tagger, SchemaRegistry registry) {
        String dispatchesTopic = config.getString(EnrichConfig.TOPIC_DISPATCHES);
        WireFormatAvroDeserializer<Dispatch> dispatches = new WireFormatAvroDeserializer<>(registry, Dispatch.class);

        KStream<String, byte[]> raw = builder.stream(dispatchesTopic,
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("dispatches"));

        KStream<String, EnrichedDispatch> enriched = DeadLetters.tryMapValues(raw, "tag",
                (id, bytes) -> tagger.tag(dispatches.deserialize(dispatchesTopic, bytes)),
                config.getString(EnrichConfig.TOPIC_DEAD_LETTERS));

        enriched.to(config.getString(EnrichConfig.TOPIC_ENRICHED),
                Produced.with(Serdes.String(), AvroSerdes.value(EnrichedDispatch.class, registry)).withName("enriched-dispatches"));

        enriched.flatMap((id, dispatch) -> dispatch.getEvents().stream()
                        .map(event -> KeyValue.pair(id + "/" + event.getId(), new DispatchEvent(dispatch.getDispatch(), dispatch.getLanguage(), event)))
                        .toList(), Named.as("events"))
                .to((key, event, context) -> config.eventTopic(EventType.of(event.getEvent().getType())),
                        Produced.with(Serdes.String(), AvroSerdes.value(DispatchEvent.class, registry)).withName("events-by-type"));
    }
}
