package io.newswire.aggregate;

import io.newswire.aggregate.ContactReader.ContactReading;
import io.newswire.aggregate.ContactReader.ReportedContact;
import io.newswire.aggregate.state.SeenDispatch;
import io.newswire.schemas.DispatchRef;
import io.newswire.schemas.aggregate.ContactChange;
import io.newswire.schemas.aggregate.ContactChangeKind;
import io.newswire.schemas.aggregate.ContactSighting;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares the contacts a new dispatch version reports with those its previous version reported (its
 * {@link ReceivedDispatch.History}), and emits, keyed by pair, one REPORTED change per contact it reports and one
 * WITHDRAWN change per contact it dropped. Remembers the version ({@code seen-dispatches}) with its contacts and what
 * the API shows of its reports (source, headline, time, each sentence), once per dispatch rather than with each contact.
 */
final class ContactDiffer implements Processor<String, ContactReading, String, ContactChange> {
    private final String storeName;
    private ProcessorContext<String, ContactChange> context;
    private KeyValueStore<String, SeenDispatch> seen;

    ContactDiffer(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, ContactChange> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, ContactReading> record) {
        ContactReading reading = record.value();
        DispatchRef dispatch = reading.received().dispatch().getDispatch();
        Instant published = reading.received().times().published();
        ReceivedDispatch.History history = reading.received().history();
        Set<String> nowReported = reading.contacts().stream().map(c -> c.sighting().getContactId()).collect(Collectors.toSet());

        for (ReportedContact contact : reading.contacts()) {
            forward(record, change(ContactChangeKind.REPORTED, dispatch, published, contact.sighting())
                    .setType(contact.type()).setActors(contact.actors()).setEvidence(contact.sighting().getEvidence()).build());
        }
        history.previousContacts().stream().filter(s -> !nowReported.contains(s.getContactId()))
                .forEach(dropped -> forward(record, change(ContactChangeKind.WITHDRAWN, dispatch, published, dropped).build()));

        List<ContactSighting> sightings = reading.contacts().stream().map(ReportedContact::sighting).toList();
        // A version that reports no contact is remembered by its number alone: the API shows nothing of it.
        seen.put(record.key(), sightings.isEmpty()
                ? new SeenDispatch(dispatch.getVersion(), history.firstReferenceDate(), history.firstReferenceTrusted(), null, null, null, List.of())
                : new SeenDispatch(dispatch.getVersion(), history.firstReferenceDate(), history.firstReferenceTrusted(),
                        dispatch.getSource(), dispatch.getHeadline(), published, sightings));
    }

    private void forward(Record<String, ContactReading> record, ContactChange change) {
        context.forward(record.withKey(change.getPair()).withValue(change));
    }

    /** A change with what both kinds carry (the publication time as far as it can be believed); a REPORTED one adds the type, people and evidence. */
    private static ContactChange.Builder change(ContactChangeKind kind, DispatchRef dispatch, Instant published, ContactSighting sighting) {
        return ContactChange.newBuilder()
                .setKind(kind).setDispatchId(dispatch.getId()).setVersion(dispatch.getVersion()).setPublished(published)
                .setContactId(sighting.getContactId()).setPair(sighting.getPair()).setDate(sighting.getDate());
    }
}
