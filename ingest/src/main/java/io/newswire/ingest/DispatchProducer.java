package io.newswire.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.core.LogSafe;
import io.newswire.core.RecordLimit;
import io.newswire.core.health.Dependency;
import io.newswire.core.metrics.AppMetrics;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.registry.SchemaRegistry;
import io.newswire.schemas.registry.SchemaRegistryException;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * Writes dispatches to the dispatches topic, keyed by id, in Confluent's wire format, and returns only once
 * the broker has acknowledged the write to all in-sync replicas (acks=all, idempotent producer). A failure
 * says which dependency failed: the registry (while serialising) or Kafka (while sending).
 */
final class DispatchProducer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DispatchProducer.class);

    private final String topic;
    private final Map<String, Object> producerConfig;
    private final Serializer<Dispatch> serializer;
    private final Duration deliveryTimeout;
    private final RecordLimit limit;
    private final MeterRegistry meters;
    private volatile KafkaProducer<String, byte[]> producer;
    private AutoCloseable producerMetrics;

    DispatchProducer(IngestConfig config, SchemaRegistry registry, MeterRegistry meters) {
        this.meters = meters;
        this.topic = config.dispatchesTopic();
        this.serializer = AvroSerdes.value(Dispatch.class, registry).serializer();
        this.deliveryTimeout = config.deliveryTimeout();
        this.limit = RecordLimit.of(config).forSources();
        this.producerConfig = config.producerSettings();
        this.producer = newProducer();
    }

    /**
     * Publishes and waits for the acknowledgement.
     *
     * @param value    the dispatch as {@link #serialize} wrote it
     * @param onStored called with the record's metadata once stored, even if that happens after this method gave up waiting
     */
    RecordMetadata publish(Dispatch dispatch, byte[] value, String fingerprint, BiConsumer<Dispatch, RecordMetadata> onStored)
            throws DependencyUnavailableException {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, dispatch.getId(), value);
        record.headers().add(PublishedLedger.VERSION_HEADER, String.valueOf(dispatch.getVersion()).getBytes(StandardCharsets.UTF_8));
        record.headers().add(PublishedLedger.SHA256_HEADER, fingerprint.getBytes(StandardCharsets.UTF_8));
        int size = RecordLimit.sizeOf(dispatch.getId().getBytes(StandardCharsets.UTF_8), value, record.headers());
        if (size > limit.maxBytes()) {
            // Checked here, not by Kafka: every record accepted must also fit in the dead-letter topic with its reason.
            throw new RecordTooLargeException(limit.tooLarge("The dispatch's record", size));
        }
        KafkaProducer<String, byte[]> current = producer;
        try {
            Future<RecordMetadata> sent = current.send(record, (metadata, error) -> {
                if (error == null) {
                    onStored.accept(dispatch, metadata);
                }
            });
            // The producer fails the record itself after delivery.timeout.ms; the extra second only guards against a hang.
            return sent.get(deliveryTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw kafkaFailure(e.getCause(), current);
        } catch (TimeoutException e) {
            throw new DependencyUnavailableException(Dependency.KAFKA, "Kafka did not acknowledge the dispatch within "
                    + deliveryTimeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DependencyUnavailableException(Dependency.KAFKA, "Interrupted while waiting for Kafka", e);
        } catch (KafkaException e) {
            throw kafkaFailure(e, current);
        }
    }

    /** The record's value: the dispatch in Confluent's wire format, its schema registered on first use. */
    byte[] serialize(Dispatch dispatch) throws DependencyUnavailableException {
        try {
            return serializer.serialize(topic, dispatch);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SchemaRegistryException registryError && registryError.isUnavailable()) {
                    throw new DependencyUnavailableException(Dependency.REGISTRY, "Schema registry unavailable: " + registryError.getMessage(), e);
                }
            }
            throw e;
        }
    }

    private DependencyUnavailableException kafkaFailure(Throwable error, KafkaProducer<String, byte[]> failed) {
        if (error instanceof RecordTooLargeException tooLarge) {
            throw tooLarge;
        }
        if (!(error instanceof RetriableException)) {
            // A non-retriable producer error (fenced epoch, sequence error, closed) can leave the producer unusable: start afresh.
            LOG.warn("Kafka producer failed ({}); replacing it", LogSafe.quote(error.toString(), 500));
            replace(failed);
        }
        return new DependencyUnavailableException(Dependency.KAFKA, "Kafka did not store the dispatch: " + error.getMessage(), error);
    }

    private synchronized void replace(KafkaProducer<String, byte[]> failed) {
        if (producer == failed) {
            closeMetrics();
            producer = newProducer();
            failed.close(Duration.ZERO);
        }
    }

    /** A producer, its client metrics bound to the app's meters. */
    private KafkaProducer<String, byte[]> newProducer() {
        KafkaProducer<String, byte[]> created = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
        producerMetrics = AppMetrics.watch(created, meters);
        return created;
    }

    private void closeMetrics() {
        try {
            producerMetrics.close();
        } catch (Exception e) {
            LOG.debug("Could not unbind the producer's metrics", e);
        }
    }

    @Override
    public synchronized void close() {
        closeMetrics();
        producer.close(Duration.ofSeconds(5));
    }
}
