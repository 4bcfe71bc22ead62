package io.newswire.core;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.CompressionType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

import java.util.Map;

/**
 * RocksDB settings of every newswire state store. Values are compressed (LZ4; ZSTD at the bottom level, where most
 * of the data rests and is rewritten least): store values are Avro records full of names, headlines and sentences,
 * which Kafka Streams would otherwise keep uncompressed. All the stores of a process share one block cache and one
 * write-buffer budget, so memory does not grow with the number of stores and partitions.
 */
public final class RocksDbSettings implements RocksDBConfigSetter {
    private static final long CACHE_BYTES = 64L * 1024 * 1024;
    private static final long WRITE_BUFFER_BYTES = 32L * 1024 * 1024;
    private static final Cache CACHE = new LRUCache(CACHE_BYTES, -1, false, 0.1);
    private static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(WRITE_BUFFER_BYTES, CACHE);

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(CACHE);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(WRITE_BUFFERS);
        options.setCompressionType(CompressionType.LZ4_COMPRESSION);
        options.setBottommostCompressionType(CompressionType.ZSTD_COMPRESSION);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and the write-buffer budget are shared by every store of the process: they live as long as it does.
    }
}
