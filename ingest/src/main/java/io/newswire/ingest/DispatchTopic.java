package io.newswire.ingest;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Makes sure the dispatches topic exists; an existing topic is left as it is. */
public final class DispatchTopic {
    private static final Logger LOG = LoggerFactory.getLogger(DispatchTopic.class);

    private DispatchTopic() {
    }

    public static void ensure(Admin admin, IngestConfig config, Duration timeout) {
        String topic = config.dispatchesTopic();
        NewTopic newTopic = new NewTopic(topic, config.topicPartitions(), config.topicReplicationFactor())
                // Large dispatches must fit; the broker default (1 MiB) is smaller than the largest Avro record we may write.
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(config.maxRecordBytes())));
        try {
            admin.createTopics(List.of(newTopic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Created topic {} with {} partitions", topic, config.topicPartitions());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + topic + ": " + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + config.bootstrapServers() + " did not answer within " + timeout.toMillis()
                    + " ms when creating topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic, e);
        }
    }
}
