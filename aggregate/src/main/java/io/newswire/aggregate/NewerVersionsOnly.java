package io.newswire.aggregate;

import io.newswire.schemas.aggregate.DispatchVersion;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets through only a version of a dispatch newer than any seen: a replay of the same version, or an older
 * version arriving after a newer one, changes nothing. Remembers the first version's reference date.
 */
final class NewerVersionsOnly implements FixedKeyProcessor<String, ReceivedDispatch, ReceivedDispatch> {
    private static final Logger LOG = LoggerFactory.getLogger(NewerVersionsOnly.class);
    private final String storeName;
    private FixedKeyProcessorContext<String, ReceivedDispatch> context;
    private KeyValueStore<String, DispatchVersion> versions;

    NewerVersionsOnly(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ReceivedDispatch> context) {
        this.context = context;
        this.versions = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, ReceivedDispatch> record) {
        ReceivedDispatch received = record.value();
        DispatchVersion seen = versions.get(record.key());
        if (seen != null && received.version() <= seen.getVersion()) {
            LOG.debug("Dispatch {} version {} ignored: version {} already processed", record.key(), received.version(), seen.getVersion());
            return;
        }
        var firstReference = seen == null ? received.dispatch().getReferenceDate() : seen.getFirstReferenceDate();
        versions.put(record.key(), new DispatchVersion(received.version(), firstReference));
        context.forward(record.withValue(received.firstReferencedOn(firstReference)));
    }
}
