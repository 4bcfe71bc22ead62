package io.newswire.aggregate;

import io.newswire.aggregate.ContactReader.ContactReading;
import io.newswire.aggregate.ContactReader.ReportedContact;
import io.newswire.aggregate.state.ReportedPairDay;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends, keyed by pair, one REPORTED change per contact a new dispatch version reports, the last of each pair's day
 * marked as ending the day (the day's contacts then drop the reports of the dispatch's older versions), and one
 * WITHDRAWN change per pair's day its previous version reported contacts on and this one does not
 * ({@link ReceivedDispatch.History}). Remembers the version ({@code seen-dispatches}) with those days and what the API
 * shows of its reports once per dispatch (source, headline, time); each report's sentence goes with its contact.
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
        Map<ReportedPairDay, ReportedContact> lastOfDay = new LinkedHashMap<>();
        reading.contacts().forEach(contact -> lastOfDay.put(dayOf(contact.sighting()), contact));

        for (ReportedContact contact : reading.contacts()) {
            ContactSighting sighting = contact.sighting();
            forward(record, change(ContactChangeKind.REPORTED, dispatch, dayOf(sighting))
                    .setPublished(published).setEvidence(sighting.getEvidence()).setTrigger(sighting.getTrigger())
                    .setContactId(sighting.getContactId()).setType(contact.type()).setActors(contact.actors())
                    .setEndsDay(lastOfDay.get(dayOf(sighting)) == contact).build());
        }
        history.previousDays().stream().filter(day -> !lastOfDay.containsKey(day))
                .forEach(left -> forward(record, change(ContactChangeKind.WITHDRAWN, dispatch, left).setEndsDay(true).build()));

        // A version that reports no contact is remembered by its number alone: the API shows nothing of it.
        seen.put(record.key(), lastOfDay.isEmpty()
                ? new SeenDispatch(dispatch.getVersion(), history.firstReferenceDate(), history.firstReferenceTrusted(), null, null, null, List.of())
                : new SeenDispatch(dispatch.getVersion(), history.firstReferenceDate(), history.firstReferenceTrusted(),
                        dispatch.getSource(), dispatch.getHeadline(), published, List.copyOf(lastOfDay.keySet())));
    }

    private void forward(Record<String, ContactReading> record, ContactChange change) {
        context.forward(record.withKey(change.getPair()).withValue(change));
    }

    private static ReportedPairDay dayOf(ContactSighting sighting) {
        return new ReportedPairDay(sighting.getPair(), sighting.getDate());
    }

    /** A change with what both kinds carry: the dispatch version and the pair's day. */
    private static ContactChange.Builder change(ContactChangeKind kind, DispatchRef dispatch, ReportedPairDay day) {
        return ContactChange.newBuilder()
                .setKind(kind).setDispatchId(dispatch.getId()).setVersion(dispatch.getVersion())
                .setPair(day.pair()).setDate(day.day());
    }
}
