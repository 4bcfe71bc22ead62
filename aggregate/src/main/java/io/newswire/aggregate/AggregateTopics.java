package io.newswire.aggregate;

import io.newswire.core.Topics;

import java.util.List;

/**
 * Creates the topics the aggregate app reads and writes when they are missing. {@code contacts} and {@code alerts}
 * are compacted: each holds the latest value per key (pair, alert id).
 */
final class AggregateTopics {
    private AggregateTopics() {
    }

    static void ensure(AggregateConfig config) {
        int partitions = config.topicPartitions();
        Topics.ensure(config.bootstrapServers(), List.of(
                Topics.topic(config.enrichedTopic(), partitions),
                Topics.compacted(config.contactsTopic(), partitions),
                Topics.compacted(config.alertsTopic(), partitions),
                Topics.topic(config.deadLetterTopic(), partitions)));
    }
}
