package io.newswire.core;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.core.metrics.AppMetrics;
import io.newswire.core.metrics.DeadLetterCounter;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * What every newswire Streams app runs with: exactly-once v2, its own state directory, commits as often as
 * {@link CommonConfig#STREAMS_COMMIT_INTERVAL_MS} says, compressed
 * RocksDB stores sharing their memory ({@link RocksDbSettings}), internal topics
 * shaped like the declared ones ({@link Topics}: replication factor, min.insync.replicas, max.message.bytes), the
 * producer's record limit ({@link RecordLimit}), and the production exception handler that sends what Kafka refuses
 * to the dead-letter topic ({@link DeadLetterProductionHandler}). Keys {@code <app>.streams.<streams key>} pass
 * anything else to Kafka Streams as it is, and win.
 */
public final class StreamsDefaults {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsDefaults.class);
    private static final int BATCH_BYTES = 256 * 1024;

    private StreamsDefaults() {
    }

    /**
     * @param overridesPrefix prefix of the keys handed to Kafka Streams as they are, e.g. {@code enrich.streams.}
     */
    public static Properties properties(CommonConfig config, String applicationId, String stateDir, String overridesPrefix) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.getInt(CommonConfig.STREAMS_COMMIT_INTERVAL_MS));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.getShort(CommonConfig.TOPIC_REPLICATION_FACTOR));
        Topics.sharedSettings(config).forEach((name, value) -> p.put(StreamsConfig.topicPrefix(name), value));
        RecordLimit.of(config).producerSettings().forEach((name, value) -> p.put(StreamsConfig.producerPrefix(name), value));
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        // Each new batch sets up an LZ4 frame (two 64 KiB buffers): with Kafka's 16 KiB batches, an enriched dispatch or two.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), BATCH_BYTES);
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, RocksDbSettings.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        p.put(UnwritableRecords.CONFIG, new UnwritableRecords());
        p.putAll(config.originalsWithPrefix(overridesPrefix));
        return p;
    }

    /**
     * Hands the app's meters to its processors ({@link AppMetrics#CONFIG}) and counts every dead letter its producer
     * sends ({@link DeadLetterCounter}).
     */
    public static void meter(Properties p, MeterRegistry meters, CommonConfig config) {
        p.put(AppMetrics.CONFIG, meters);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG), DeadLetterCounter.class.getName());
        p.put(StreamsConfig.producerPrefix(DeadLetterCounter.METERS), meters);
        p.put(StreamsConfig.producerPrefix(DeadLetterCounter.TOPIC), config.getString(CommonConfig.TOPIC_DEAD_LETTERS));
    }

    /** A stream thread that dies (a refused write under exactly-once, a bug) is replaced, and says why. */
    public static void replaceFailedThreads(KafkaStreams streams, String app) {
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("{} stream thread failed; replacing it", app, e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    /** Waits until the app is RUNNING, failing if it errors or takes longer than the timeout. */
    public static void awaitRunning(KafkaStreams streams, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
                throw new IllegalStateException("Streams app stopped in state " + streams.state());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Streams app not running after " + timeout.toSeconds() + " s (state " + streams.state() + ")");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
    }
}
