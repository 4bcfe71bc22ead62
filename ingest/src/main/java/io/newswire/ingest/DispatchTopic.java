package io.newswire.ingest;

import io.newswire.core.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Makes sure the dispatches topic exists; an existing topic is left as it is. */
public final class DispatchTopic {
    private DispatchTopic() {
    }

    public static void ensure(Admin admin, IngestConfig config, Duration timeout) {
        NewTopic topic = new NewTopic(config.dispatchesTopic(), config.topicPartitions(), config.topicReplicationFactor())
                // Large dispatches must fit; the broker default (1 MiB) is smaller than the largest Avro record we may write.
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(config.maxRecordBytes())));
        Topics.ensure(admin, List.of(topic), timeout);
    }
}
