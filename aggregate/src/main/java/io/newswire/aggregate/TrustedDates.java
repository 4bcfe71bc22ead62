package io.newswire.aggregate;

import io.newswire.core.DateTrust;
import io.newswire.schemas.DateSource;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which of a dispatch's times aggregate believes, by the rule enrich applies ({@link DateTrust}): the
 * receipt is the record's timestamp (the time enrich says the dispatch was received), unless that is ahead of the
 * wall clock; the reference date and publication time are the sender's when trusted, else the receipt's; an event
 * enrich marked untrusted, or dated beyond the rule, is left out of the dispatch and described, never counted.
 * Nothing a sender dates can then move a clock here, and the receipt is the timestamp of everything aggregate writes.
 */
final class TrustedDates implements FixedKeyProcessor<String, ReceivedDispatch, ReceivedDispatch> {
    private final DateTrust trust;
    private FixedKeyProcessorContext<String, ReceivedDispatch> context;

    TrustedDates(DateTrust trust) {
        this.trust = trust;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ReceivedDispatch> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, ReceivedDispatch> record) {
        EnrichedDispatch dispatch = record.value().dispatch();
        Instant receipt = trust.receipt(Instant.ofEpochMilli(record.timestamp()), Instant.ofEpochMilli(context.currentSystemTimeMs()));
        boolean referenceTrusted = dispatch.getReferenceDateTrusted() && trust.trusts(dispatch.getReferenceDate(), receipt);
        LocalDate reference = referenceTrusted ? dispatch.getReferenceDate() : LocalDate.ofInstant(receipt, ZoneOffset.UTC);
        Instant published = referenceTrusted ? trust.believable(dispatch.getDispatch().getPublished(), receipt) : receipt;

        List<Event> countable = new ArrayList<>();
        List<String> untrusted = new ArrayList<>();
        for (Event event : dispatch.getEvents()) {
            Optional<String> problem = DateSource.UNTRUSTED.is(event.getDateSource())
                    ? Optional.of(event.getDate() + " was marked untrusted by enrich")
                    : trust.problem(event.getDate(), receipt);
            if (problem.isPresent()) {
                untrusted.add(event.getType() + " " + String.join("-", event.getCountries()) + " dated " + problem.get());
            } else {
                countable.add(event);
            }
        }
        EnrichedDispatch kept = untrusted.isEmpty() ? dispatch : EnrichedDispatch.newBuilder(dispatch).setEvents(countable).build();
        // What aggregate writes carries the believed receipt as its timestamp, even when the record's own was forged.
        context.forward(record.withValue(record.value().checked(new ReceivedDispatch.Times(receipt, reference, referenceTrusted, published), kept, untrusted))
                .withTimestamp(receipt.toEpochMilli()));
    }
}
