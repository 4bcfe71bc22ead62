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

/** Every value serde of the aggregate topology, in Confluent's wire format against one registry. */
public final class AggregateSerdes {
    public final Serde<EnrichedDispatch> enrichedDispatch;
    public final Serde<ContactCount> contactCount;
    public final Serde<SummitAlert> summitAlert;
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
        dispatchVersion = AvroSerdes.value(DispatchVersion.class, registry);
        dispatchContacts = AvroSerdes.value(DispatchContacts.class, registry);
        contactChange = AvroSerdes.value(ContactChange.class, registry);
        contact = AvroSerdes.value(Contact.class, registry);
        proposalSighting = AvroSerdes.value(ProposalSighting.class, registry);
        summitAlertHistory = AvroSerdes.value(SummitAlertHistory.class, registry);
    }
}
