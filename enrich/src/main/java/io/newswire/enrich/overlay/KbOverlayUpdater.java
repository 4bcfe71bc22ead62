package io.newswire.enrich.overlay;

import io.newswire.core.LogSafe;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.schemas.KbActor;
import io.newswire.schemas.serde.WireFormatAvroDeserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Reads the kb-actors topic into the global store and the overlay table, on start (Streams replays the topic through
 * it) and as entries arrive. An entry that cannot be read, or names an unknown country or role, is left out with a
 * warning: the pipeline goes on with the people it can read.
 */
public final class KbOverlayUpdater implements Processor<String, byte[], Void, Void> {
    private static final Logger LOG = LoggerFactory.getLogger(KbOverlayUpdater.class);

    private final String storeName;
    private final String topic;
    private final KbOverlayTable table;
    private final KnowledgeBase kb;
    private final WireFormatAvroDeserializer<KbActor> reader;
    private KeyValueStore<String, byte[]> store;

    public KbOverlayUpdater(String storeName, String topic, KbOverlayTable table, KnowledgeBase kb, WireFormatAvroDeserializer<KbActor> reader) {
        this.storeName = storeName;
        this.topic = topic;
        this.table = table;
        this.kb = kb;
        this.reader = reader;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            all.forEachRemaining(kv -> read(kv.key, kv.value));
        }
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.key() == null) return;
        if (record.value() == null) {
            store.delete(record.key());
            table.remove(record.key());
            return;
        }
        if (read(record.key(), record.value())) store.put(record.key(), record.value());
    }

    private boolean read(String key, byte[] value) {
        try {
            KbActor entry = reader.deserialize(topic, value);
            List<String> problems = OverlayPeople.problems(kb, entry);
            if (!entry.getId().equals(key)) problems = List.of("key " + LogSafe.id(key) + " is not the entry's id");
            if (!problems.isEmpty()) {
                LOG.warn("kb-actors entry {} left out: {}", LogSafe.id(key), LogSafe.quote(String.join("; ", problems), 500));
                return false;
            }
            table.put(OverlayPeople.person(entry));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("kb-actors entry {} left out: cannot be read ({})", LogSafe.id(key), e.getClass().getSimpleName());
            return false;
        }
    }
}
