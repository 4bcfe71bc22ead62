package io.newswire.aggregate;

import io.newswire.schemas.ContactCount;
import io.newswire.aggregate.state.CompactFormat;
import io.newswire.aggregate.state.PairDay;
import io.newswire.aggregate.state.SeenDispatch;
import io.newswire.aggregate.state.StateFormats;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.SummitAlert;
import io.newswire.schemas.aggregate.ContactChange;
import io.newswire.schemas.aggregate.ProposalSighting;
import io.newswire.schemas.aggregate.SummitAlertHistory;
import io.newswire.schemas.registry.SchemaRegistry;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every value serde of the aggregate topology: what others read (enriched dispatches, counts, alerts) in Confluent's
 * wire format against the registry; what only aggregate reads back (stores, repartition topics) without it: the
 * values of every record, contact and alert history in their compact forms ({@link StateFormats}; alert histories an older version
 * kept in Avro still read), summit proposals in Avro ({@link InternalAvroSerde}).
 */
public final class AggregateSerdes {
    public final Serde<EnrichedDispatch> enrichedDispatch;
    /** The enriched dispatch as the topology reads it: only the fields it counts with ({@link CountedFieldsReader}). */
    final Deserializer<EnrichedDispatch> countedFields;
    public final Serde<ContactCount> contactCount;
    public final Serde<SummitAlert> summitAlert;
    final Serde<SeenDispatch> seenDispatch;
    final Serde<ContactChange> contactChange;
    final Serde<PairDay> pairDay;
    final Serde<ProposalSighting> proposalSighting;
    final Serde<SummitAlertHistory> summitAlertHistory;

    /**
     * Writes the compact form; reads it, and reads a value an older version wrote in Avro (single-object or through the
     * registry) as that older form, so a store kept across the upgrade is still read, and rewritten compact when it changes.
     */
    static <T> Serde<T> compactReadingOlderAvro(CompactFormat<T> compact, Serde<T> olderAvro) {
        Deserializer<T> older = olderAvro.deserializer();
        return Serdes.serdeFrom(compact, (topic, data) -> compact.wrote(data) ? compact.deserialize(topic, data) : older.deserialize(topic, data));
    }

    public AggregateSerdes(SchemaRegistry registry) {
        enrichedDispatch = AvroSerdes.value(EnrichedDispatch.class, registry);
        countedFields = new CountedFieldsReader(registry);
        contactCount = AvroSerdes.value(ContactCount.class, registry);
        summitAlert = AvroSerdes.value(SummitAlert.class, registry);
        seenDispatch = StateFormats.SEEN_DISPATCH.serde();
        contactChange = StateFormats.CONTACT_CHANGE.serde();
        pairDay = StateFormats.PAIR_DAY.serde();
        proposalSighting = InternalAvroSerde.of(ProposalSighting.class, registry);
        summitAlertHistory = compactReadingOlderAvro(StateFormats.SUMMIT_ALERT_HISTORY, InternalAvroSerde.of(SummitAlertHistory.class, registry));
    }
}
