package io.newswire.ingest;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What ingest has published: (id, version) → content hash. Every dispatch record carries its version and
 * hash in headers ({@link #VERSION_HEADER}, {@link #SHA256_HEADER}), so the ledger is rebuilt at start by
 * reading the dispatches topic's headers from the beginning; it needs no store of its own and survives
 * restarts as long as the topic keeps the records.
 */
public final class PublishedLedger {
    public static final String VERSION_HEADER = "newswire.dispatch.version";
    public static final String SHA256_HEADER = "newswire.dispatch.sha256";
    private static final Logger LOG = LoggerFactory.getLogger(PublishedLedger.class);

    /** How a dispatch compares with what was published under its id and version. */
    public enum Verdict { NEW, DUPLICATE, CONFLICT }

    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    public Verdict check(String id, int version, String fingerprint) {
        String published = fingerprints.get(key(id, version));
        if (published == null) {
            return Verdict.NEW;
        }
        return published.equals(fingerprint) ? Verdict.DUPLICATE : Verdict.CONFLICT;
    }

    public void record(String id, int version, String fingerprint) {
        fingerprints.put(key(id, version), fingerprint);
    }

    public int size() {
        return fingerprints.size();
    }

    /** Reads every record of {@code topic} up to its current end; records without our headers are skipped. */
    public static PublishedLedger rebuild(String bootstrapServers, String topic, Duration timeout) {
        PublishedLedger ledger = new PublishedLedger();
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-ingest-ledger");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        long deadline = System.nanoTime() + timeout.toNanos();
        long read = 0;
        long skipped = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new org.apache.kafka.common.errors.TimeoutException("Could not read topic " + topic + " to its end within "
                            + timeout.toMillis() + " ms to rebuild the record of published dispatches");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    String version = header(record.headers(), VERSION_HEADER);
                    String sha256 = header(record.headers(), SHA256_HEADER);
                    if (record.key() == null || version == null || sha256 == null) {
                        skipped++;
                        continue;
                    }
                    try {
                        ledger.record(record.key(), Integer.parseInt(version), sha256);
                        read++;
                    } catch (NumberFormatException e) {
                        skipped++;
                    }
                }
            }
        }
        LOG.info("Rebuilt the record of published dispatches from {}: {} records, {} distinct (id, version), {} skipped",
                topic, read, ledger.size(), skipped);
        return ledger;
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String key(String id, int version) {
        return id + '\u0000' + version;
    }
}
