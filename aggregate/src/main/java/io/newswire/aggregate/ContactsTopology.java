package io.newswire.aggregate;

import io.newswire.aggregate.ContactReader.ContactReading;
import io.newswire.core.DateTrust;
import io.newswire.core.DeadLetters;
import io.newswire.core.DerivedHeaders;
import io.newswire.core.LogSafe;
import io.newswire.schemas.ContactCount;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.SummitAlert;
import io.newswire.schemas.aggregate.ContactChange;
import io.newswire.schemas.aggregate.ProposalSighting;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.registry.SchemaRegistry;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

import java.util.function.Function;

/**
 * The aggregate topology, top to bottom as the data flows:
 * <pre>
 * enriched dispatches (by dispatch id), only the fields counted -- undecodable --> dead letters
 *   -> trusted dates: receipt from the record's timestamp, no later than the wall clock allows
 *   -> newer versions only [seen-dispatches, read; forgets old dispatches there]
 *   -- events with dates that cannot be believed --> dead letters
 *   -> contacts:  read contacts -- late --> dead letters
 *                 -> diff with the dispatch's previous version, remember this one [seen-dispatches, written]
 *                 -> repartition by pair (contact-changes-by-pair)
 *                 -> count [pair-days, latest-event-day] -> contacts topic
 *   -> alerts:    summit proposals -> repartition by participants (summit-proposals-by-participants)
 *                 -> raise or update alerts [summit-alerts] -> alerts topic
 * </pre>
 * Stores and the contact changes hold compact values ({@link io.newswire.aggregate.state.StateFormats}); a change of a
 * value's form is a new version of it, refused by the older code and refusing the older values, and the contact
 * changes' topic a new name (hence the {@code -v3}), so an older version's state is never read as it.
 */
public final class ContactsTopology {
    public static final String SEEN_DISPATCHES = "seen-dispatches";
    public static final String PAIR_DAYS = "pair-days";
    public static final String LATEST_EVENT_DAY = "latest-event-day";
    public static final String SUMMIT_ALERTS = "summit-alerts";
    public static final String CONTACT_CHANGES_BY_PAIR = "contact-changes-by-pair-v3";
    public static final String PROPOSALS_BY_PARTICIPANTS = "summit-proposals-by-participants";
    /** The name the records this topology derives give as their producer ({@link DerivedHeaders}). */
    static final String APP = "aggregate";

    private ContactsTopology() {
    }

    public static void build(StreamsBuilder builder, AggregateConfig config) {
        build(builder, config, new HttpSchemaRegistryClient(config.registryUrl(), config.registryUserInfo()));
    }

    public static void build(StreamsBuilder builder, AggregateConfig config, SchemaRegistry registry) {
        build(builder, config, registry, Stores::persistentKeyValueStore);
    }

    /** With the given kind of key-value stores (persistent RocksDB in the app; in-memory for quick tests). */
    public static void build(StreamsBuilder builder, AggregateConfig config, SchemaRegistry registry,
                             Function<String, KeyValueBytesStoreSupplier> stores) {
        AggregateSerdes serdes = new AggregateSerdes(registry);
        addStores(builder, serdes, stores);

        KStream<String, byte[]> raw = builder.stream(config.enrichedTopic(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("enriched-dispatches"));
        DateTrust trust = DateTrust.of(config);
        KStream<String, ReceivedDispatch> dispatches = DeadLetters.tryMapValues(raw, "decode-enriched",
                        (id, bytes) -> decode(id, bytes, config.enrichedTopic(), serdes.countedFields), config.deadLetterTopic())
                .processValues(() -> new TrustedDates(trust), Named.as("trusted-dates"));
        // Forgets dispatches whose contacts are past the retention plus the grace period.
        int forgetAfterDays = config.retentionDays() + config.graceDays() + 1;
        KStream<String, ReceivedDispatch> newer = dispatches.processValues(
                () -> new NewerVersionsOnly(forgetAfterDays, trust), Named.as("newer-versions-only"), SEEN_DISPATCHES);

        newer.filter((id, received) -> received.hasUntrustedDates(), Named.as("untrusted-dates"))
                .processValues(() -> new NotCountedToDeadLetters<ReceivedDispatch>(NotCountedToDeadLetters.UNTRUSTED_STAGE,
                        received -> "event(s) with dates that cannot be believed, not counted: " + String.join("; ", received.untrustedDates()),
                        ReceivedDispatch::original), Named.as("untrusted-dates-as-dead-letters"))
                .to(config.deadLetterTopic(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName("untrusted-dates-to-dead-letters"));

        countContacts(newer, config, serdes, trust);
        raiseSummitAlerts(newer, config, serdes);
    }

    private static void countContacts(KStream<String, ReceivedDispatch> dispatches, AggregateConfig config, AggregateSerdes serdes, DateTrust trust) {
        ContactReader reader = new ContactReader(config.graceDays());
        KStream<String, ContactReading> readings = dispatches.mapValues(reader::read, Named.as("read-contacts"));

        readings.filter((id, reading) -> reading.hasLateContacts(), Named.as("late-contacts"))
                .processValues(() -> new NotCountedToDeadLetters<ContactReading>(NotCountedToDeadLetters.LATE_STAGE,
                        reading -> "late contact(s) not counted: " + String.join("; ", reading.lateContacts()),
                        reading -> reading.received().original()), Named.as("late-contacts-as-dead-letters"))
                .to(config.deadLetterTopic(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName("late-contacts-to-dead-letters"));

        KStream<String, ContactChange> changes = readings.process(() -> new ContactDiffer(SEEN_DISPATCHES), Named.as("diff-dispatch-contacts"), SEEN_DISPATCHES)
                .repartition(Repartitioned.with(Serdes.String(), serdes.contactChange).withName(CONTACT_CHANGES_BY_PAIR));
        DeadLetters.withoutUnwritable(changes, "contact-changes-written", serdes.contactChange.serializer()::serialize, config.deadLetterTopic())
                .process(() -> new ContactCounter(config.retentionDays(), trust), Named.as("count-contacts"),
                        PAIR_DAYS, LATEST_EVENT_DAY)
                .processValues(() -> DerivedHeaders.<ContactCount>replacing(APP, ContactCount.getClassSchema().getFullName()), Named.as("contact-count-headers"))
                .to(config.contactsTopic(), Produced.with(Serdes.String(), serdes.contactCount).withName("contact-counts"));
    }

    private static void raiseSummitAlerts(KStream<String, ReceivedDispatch> dispatches, AggregateConfig config, AggregateSerdes serdes) {
        KStream<String, ProposalSighting> proposals = dispatches.flatMap((id, received) -> SummitProposals.in(received), Named.as("summit-proposals"))
                .repartition(Repartitioned.with(Serdes.String(), serdes.proposalSighting).withName(PROPOSALS_BY_PARTICIPANTS));
        DeadLetters.withoutUnwritable(proposals, "summit-proposals-written", serdes.proposalSighting.serializer()::serialize, config.deadLetterTopic())
                .process(() -> new SummitAlerter(config.alertWindowDays(), config.retentionDays()), Named.as("raise-summit-alerts"), SUMMIT_ALERTS)
                .processValues(() -> DerivedHeaders.<SummitAlert>replacing(APP, SummitAlert.getClassSchema().getFullName()), Named.as("summit-alert-headers"))
                .to(config.alertsTopic(), Produced.with(Serdes.String(), serdes.summitAlert).withName("summit-alerts-out"));
    }

    /**
     * Cached: a commit writes each changed key once to RocksDB and the changelog, however often it changed since the last.
     * Except seen-dispatches: a dispatch's record is read and written once, and its next version rarely comes within the
     * same commit (on the generated wire the cache spared 2% of its writes), so the cache cost a look-up before each read
     * of RocksDB and a copy of each write, for nothing.
     */
    private static void addStores(StreamsBuilder builder, AggregateSerdes serdes, Function<String, KeyValueBytesStoreSupplier> stores) {
        builder.addStateStore(Stores.keyValueStoreBuilder(stores.apply(SEEN_DISPATCHES), Serdes.String(), serdes.seenDispatch));
        builder.addStateStore(Stores.keyValueStoreBuilder(stores.apply(PAIR_DAYS), Serdes.String(), serdes.pairDay).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(stores.apply(LATEST_EVENT_DAY), Serdes.String(), Serdes.Integer()).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(stores.apply(SUMMIT_ALERTS), Serdes.String(), serdes.summitAlertHistory).withCachingEnabled());
    }

    private static ReceivedDispatch decode(String id, byte[] bytes, String topic, Deserializer<EnrichedDispatch> deserializer) {
        if (bytes == null) {
            throw new IllegalArgumentException("Empty value (tombstone) for dispatch " + id + ": withdrawing a whole dispatch is done with a new version without events");
        }
        EnrichedDispatch dispatch = deserializer.deserialize(topic, bytes);
        String dispatchId = dispatch.getDispatch().getId();
        if (!dispatchId.equals(id)) {
            throw new IllegalArgumentException("Record key " + LogSafe.id(id) + " is not the dispatch id " + LogSafe.id(dispatchId));
        }
        return new ReceivedDispatch(dispatch, bytes);
    }
}
