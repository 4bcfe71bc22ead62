package io.newswire.aggregate;

import io.newswire.core.DateTrust;
import io.newswire.core.LogSafe;
import io.newswire.aggregate.state.SeenDispatch;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets through only a version of a dispatch newer than any seen ({@code seen-dispatches}): a replay of the same
 * version, or an older version arriving after a newer one, changes nothing. Passes on with it the first version's
 * reference date (its receipt date while no version had a reference date that could be believed) and the pairs'
 * days on which the previous version reported contacts; {@link ContactDiffer} then remembers the new version, so each dispatch is read and written once.
 * Every hour of wall-clock time, forgets dispatches first dated more than
 * {@code forgetAfterDays} before the latest trusted reference date seen: their contacts are past the retention, so a
 * late version of them counts nothing. Neither stream time nor a sender's date drives it, so no record can make it
 * forget the dispatches of today.
 */
final class NewerVersionsOnly implements FixedKeyProcessor<String, ReceivedDispatch, ReceivedDispatch> {
    private static final Logger LOG = LoggerFactory.getLogger(NewerVersionsOnly.class);
    static final Duration FORGET_CHECK = Duration.ofHours(1);
    private final int forgetAfterDays;
    private final DateTrust trust;
    private FixedKeyProcessorContext<String, ReceivedDispatch> context;
    private KeyValueStore<String, SeenDispatch> seen;
    /** Latest reference date seen by this task since it started; a restart only delays the next purge. */
    private LocalDate latestReference;

    NewerVersionsOnly(int forgetAfterDays, DateTrust trust) {
        this.forgetAfterDays = forgetAfterDays;
        this.trust = trust;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ReceivedDispatch> context) {
        this.context = context;
        this.seen = context.getStateStore(ContactsTopology.SEEN_DISPATCHES);
        context.schedule(FORGET_CHECK, PunctuationType.WALL_CLOCK_TIME, now -> forgetOldDispatches(Instant.ofEpochMilli(now)));
    }

    @Override
    public void process(FixedKeyRecord<String, ReceivedDispatch> record) {
        ReceivedDispatch received = record.value();
        LocalDate reference = received.times().referenceDate();
        if (latestReference == null || reference.isAfter(latestReference)) {
            latestReference = reference;
        }
        SeenDispatch before = seen.get(record.key());
        if (before != null && received.version() <= before.version()) {
            LOG.debug("Dispatch {} version {} ignored: version {} already processed", LogSafe.id(record.key()), received.version(), before.version());
            return;
        }
        boolean trusted = received.times().referenceTrusted();
        // A first reference that was only a receipt date gives way to the first one the sender dated believably.
        boolean keepFirst = before != null && (before.firstReferenceTrusted() || !trusted);
        ReceivedDispatch.History history = keepFirst
                ? new ReceivedDispatch.History(before.firstReferenceDate(), before.firstReferenceTrusted(), before.reportedDays())
                : new ReceivedDispatch.History(reference, trusted, before == null ? List.of() : before.reportedDays());
        context.forward(record.withValue(received.following(history)));
    }

    /** A scan of every dispatch: done once an hour, not on every record. */
    private void forgetOldDispatches(Instant now) {
        if (latestReference == null) {
            return;
        }
        LocalDate firstKept = trust.bounded(latestReference, now).minusDays(forgetAfterDays);
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, SeenDispatch> all = seen.all()) {
            while (all.hasNext()) {
                KeyValue<String, SeenDispatch> entry = all.next();
                if (entry.value.firstReferenceDate().isBefore(firstKept)) {
                    old.add(entry.key);
                }
            }
        }
        old.forEach(seen::delete);
        if (!old.isEmpty()) {
            LOG.info("Forgot {} dispatches first dated before {} ({} days before the latest, {})", old.size(), firstKept, forgetAfterDays, latestReference);
        }
    }
}
