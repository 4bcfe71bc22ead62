package io.newswire.aggregate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the topics the aggregate app reads and writes when they are missing. {@code contacts} and {@code alerts}
 * are compacted: each holds the latest value per key (pair, alert id).
 */
final class AggregateTopics {
    private static final Logger LOG = LoggerFactory.getLogger(AggregateTopics.class);

    private AggregateTopics() {
    }

    static void ensure(AggregateConfig config) {
        Map<String, String> compacted = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        Optional<Integer> partitions = Optional.of(config.topicPartitions());
        List<NewTopic> wanted = List.of(
                new NewTopic(config.enrichedTopic(), partitions, Optional.empty()),
                new NewTopic(config.contactsTopic(), partitions, Optional.empty()).configs(compacted),
                new NewTopic(config.alertsTopic(), partitions, Optional.empty()).configs(compacted),
                new NewTopic(config.deadLetterTopic(), partitions, Optional.empty()));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>(wanted.stream().filter(t -> !existing.contains(t.name())).toList());
            for (NewTopic topic : missing) {
                try {
                    admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
                    LOG.info("Created topic {} ({} partitions{})", topic.name(), config.topicPartitions(),
                            topic.configs() == null ? "" : ", " + topic.configs());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Cannot create the aggregate topics on " + config.bootstrapServers(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }
}
