package io.newswire.aggregate.bench;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

import java.util.List;

/**
 * RocksDB stores for the bench. TopologyTestDriver commits, and so flushes RocksDB, after every record; the app
 * commits every 100 ms. These stores pass on one flush in {@code every}, so the bench pays for flushes at a
 * pace like the app's instead of measuring a memtable flush (and a checkpoint file fsync) per record.
 */
final class CommitPacedStores implements KeyValueBytesStoreSupplier {
    private final String name;
    private final int every;

    CommitPacedStores(String name, int every) {
        this.name = name;
        this.every = every;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public KeyValueStore<Bytes, byte[]> get() {
        return new Paced(Stores.persistentKeyValueStore(name).get(), every);
    }

    @Override
    public String metricsScope() {
        return "rocksdb";
    }

    private static final class Paced extends WrappedStateStore<KeyValueStore<Bytes, byte[]>, Bytes, byte[]> implements KeyValueStore<Bytes, byte[]> {
        private final int every;
        private long flushes;

        Paced(KeyValueStore<Bytes, byte[]> rocksdb, int every) {
            super(rocksdb);
            this.every = every;
        }

        @Override
        public void flush() {
            if (++flushes % every == 0) {
                super.flush();
            }
        }

        /** Not checkpointed: TopologyTestDriver would otherwise fsync a checkpoint file after every record. */
        @Override
        public boolean persistent() {
            return false;
        }

        @Override
        public void close() {
            super.flush();
            super.close();
        }

        @Override
        public void put(Bytes key, byte[] value) {
            wrapped().put(key, value);
        }

        @Override
        public byte[] putIfAbsent(Bytes key, byte[] value) {
            return wrapped().putIfAbsent(key, value);
        }

        @Override
        public void putAll(List<KeyValue<Bytes, byte[]>> entries) {
            wrapped().putAll(entries);
        }

        @Override
        public byte[] delete(Bytes key) {
            return wrapped().delete(key);
        }

        @Override
        public byte[] get(Bytes key) {
            return wrapped().get(key);
        }

        @Override
        public KeyValueIterator<Bytes, byte[]> range(Bytes from, Bytes to) {
            return wrapped().range(from, to);
        }

        @Override
        public KeyValueIterator<Bytes, byte[]> all() {
            return wrapped().all();
        }

        @Override
        public long approximateNumEntries() {
            return wrapped().approximateNumEntries();
        }
    }
}
