package io.newswire.aggregate;

import io.newswire.schemas.ContactCount;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.SummitAlert;
import io.newswire.schemas.aggregate.Contact;
import io.newswire.schemas.aggregate.ContactChange;
import io.newswire.schemas.aggregate.DispatchContacts;
import io.newswire.schemas.aggregate.DispatchVersion;
import io.newswire.schemas.aggregate.ProposalSighting;
import io.newswire.schemas.aggregate.SummitAlertHistory;
import io.newswire.schemas.registry.SchemaRegistry;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.common.serialization.Serde;

/**
 * Every value serde of the aggregate topology: what others read (enriched dispatches, counts, alerts) in Confluent's
 * wire format against the registry; what only aggregate reads back (stores, repartition topics) without it ({@link InternalAvroSerde}).
 */
public final class AggregateSerdes {
    public final Serde<EnrichedDispatch> enrichedDispatch;
    public final Serde<ContactCount> contactCount;
    public final Serde<SummitAlert> summitAlert;
    /** The counts as the pair-day-counts store keeps them. */
    final Serde<ContactCount> storedContactCount;
    final Serde<DispatchVersion> dispatchVersion;
    final Serde<DispatchContacts> dispatchContacts;
    final Serde<ContactChange> contactChange;
    final Serde<Contact> contact;
    final Serde<ProposalSighting> proposalSighting;
    final Serde<SummitAlertHistory> summitAlertHistory;

    public AggregateSerdes(SchemaRegistry registry) {
        enrichedDispatch = AvroSerdes.value(EnrichedDispatch.class, registry);
        contactCount = AvroSerdes.value(ContactCount.class, registry);
        summitAlert = AvroSerdes.value(SummitAlert.class, registry);
        storedContactCount = InternalAvroSerde.of(ContactCount.class, registry);
        dispatchVersion = InternalAvroSerde.of(DispatchVersion.class, registry);
        dispatchContacts = InternalAvroSerde.of(DispatchContacts.class, registry);
        contactChange = InternalAvroSerde.of(ContactChange.class, registry);
        contact = InternalAvroSerde.of(Contact.class, registry);
        proposalSighting = InternalAvroSerde.of(ProposalSighting.class, registry);
        summitAlertHistory = InternalAvroSerde.of(SummitAlertHistory.class, registry);
    }
}
