package io.newswire.aggregate;

import io.newswire.core.Topics;

import java.util.List;

/**
 * Creates the topics the aggregate app reads and writes when they are missing, as declared in {@link Topics}:
 * {@code contacts} and {@code alerts} are compacted, each holding the latest value per key (pair, alert id).
 */
public final class AggregateTopics {
    private AggregateTopics() {
    }

    public static void ensure(AggregateConfig config) {
        Topics.ensure(config.bootstrapServers(), List.of(Topics.Declared.ENRICHED, Topics.Declared.CONTACTS, Topics.Declared.ALERTS,
                Topics.Declared.DEAD_LETTERS).stream().map(topic -> topic.newTopic(config)).toList());
    }
}
