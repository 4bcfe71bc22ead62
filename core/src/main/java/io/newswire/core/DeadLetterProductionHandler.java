package io.newswire.core;

import io.newswire.schemas.registry.SchemaRegistryException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * The Streams apps' production exception handler. A broker that is slow or short of replicas is retried (the task
 * starts again from its last commit). A record Kafka refuses for what it is (too large, invalid) or that cannot be
 * serialised fails the task, as exactly-once requires, and its input record is remembered in
 * {@link UnwritableRecords}: when the task reads it again, {@link DeadLetters} sends it to the dead-letter topic
 * with this reason (stage {@value DeadLetters#WRITE_STAGE}) and the stream goes on.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);
    private UnwritableRecords unwritable = new UnwritableRecords();

    @Override
    public void configure(Map<String, ?> configs) {
        unwritable = UnwritableRecords.from(configs);
    }

    @Override
    public ProductionExceptionHandlerResponse handle(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RetriableException) {
            return ProductionExceptionHandlerResponse.RETRY;
        }
        return remembered(context, "Kafka refused the record for " + record.topic() + ": " + exception);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ProductionExceptionHandlerResponse handleSerializationException(ErrorHandlerContext context, ProducerRecord record,
                                                                           Exception exception, SerializationExceptionOrigin origin) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SchemaRegistryException registry && registry.isUnavailable()) {
                LOG.warn("Schema registry unavailable while writing to {}; the task will be retried", record.topic());
                return ProductionExceptionHandlerResponse.FAIL;
            }
        }
        return remembered(context, "The record for " + record.topic() + " could not be serialised (" + origin.toString().toLowerCase(java.util.Locale.ROOT)
                + "): " + exception);
    }

    private ProductionExceptionHandlerResponse remembered(ErrorHandlerContext context, String reason) {
        if (context.topic() == null) {
            LOG.error("{} (no input record to dead-letter: written by a punctuation of task {})", LogSafe.quote(reason, 500), context.taskId());
        } else {
            unwritable.remember(context.topic(), context.partition(), context.offset(), reason);
            LOG.error("{}; input {}:{}@{} goes to the dead-letter topic when task {} reads it again",
                    LogSafe.quote(reason, 500), context.topic(), context.partition(), context.offset(), context.taskId());
        }
        return ProductionExceptionHandlerResponse.FAIL;
    }
}
