package io.newswire.core;

import io.newswire.schemas.EventType;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every topic newswire's apps use, declared once: its name key, whether it keeps every record or the latest per
 * key, and the shape configuration gives all of them (partitions, replication, min.insync.replicas,
 * max.message.bytes). Ingest, enrich and aggregate create their topics from these declarations, so whichever
 * starts first gives a topic the same shape; an existing topic gets the declared settings (when the cluster allows
 * it), not new partitions.
 */
public final class Topics {
    private static final Logger LOG = LoggerFactory.getLogger(Topics.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** A newswire topic: the key naming it and how it is cleaned up. */
    public enum Declared {
        DISPATCHES(CommonConfig.TOPIC_DISPATCHES, TopicConfig.CLEANUP_POLICY_DELETE),
        ENRICHED(CommonConfig.TOPIC_ENRICHED, TopicConfig.CLEANUP_POLICY_DELETE),
        CONTACTS(CommonConfig.TOPIC_CONTACTS, TopicConfig.CLEANUP_POLICY_COMPACT),
        ALERTS(CommonConfig.TOPIC_ALERTS, TopicConfig.CLEANUP_POLICY_COMPACT),
        DEAD_LETTERS(CommonConfig.TOPIC_DEAD_LETTERS, TopicConfig.CLEANUP_POLICY_DELETE),
        KB_ACTORS(CommonConfig.TOPIC_KB_ACTORS, TopicConfig.CLEANUP_POLICY_COMPACT);

        private final String nameKey;
        private final String cleanupPolicy;

        Declared(String nameKey, String cleanupPolicy) {
            this.nameKey = nameKey;
            this.cleanupPolicy = cleanupPolicy;
        }

        public String name(CommonConfig config) {
            return config.getString(nameKey);
        }

        public NewTopic newTopic(CommonConfig config) {
            return shaped(name(config), config, cleanupPolicy, this == DEAD_LETTERS
                    ? Duration.ofDays(config.getInt(CommonConfig.DEAD_LETTERS_RETENTION_DAYS)) : null);
        }
    }

    private Topics() {
    }

    /** The topic of one event type ({@code events-phone-call}), shaped like the others. */
    public static NewTopic eventTopic(CommonConfig config, EventType eventType) {
        return shaped(config.eventTopic(eventType), config, TopicConfig.CLEANUP_POLICY_DELETE, null);
    }

    /** The topic-level settings every newswire topic shares, as Streams also gives its internal topics. */
    public static Map<String, String> sharedSettings(CommonConfig config) {
        return Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(config.getInt(CommonConfig.TOPIC_MAX_MESSAGE_BYTES)),
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(config.getInt(CommonConfig.TOPIC_MIN_INSYNC_REPLICAS)));
    }

    private static NewTopic shaped(String name, CommonConfig config, String cleanupPolicy, Duration retention) {
        Map<String, String> settings = new LinkedHashMap<>(sharedSettings(config));
        settings.put(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy);
        if (retention != null) {
            settings.put(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retention.toMillis()));
        }
        return new NewTopic(name, config.getInt(CommonConfig.TOPIC_PARTITIONS), config.getShort(CommonConfig.TOPIC_REPLICATION_FACTOR))
                .configs(settings);
    }

    public static void ensure(String bootstrapServers, Collection<NewTopic> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            ensure(admin, topics, TIMEOUT);
        }
    }

    /** Creates the missing topics; gives existing ones the declared settings and says when their partitions differ. */
    public static void ensure(Admin admin, Collection<NewTopic> topics, Duration timeout) {
        List<NewTopic> existing = new ArrayList<>();
        for (var entry : admin.createTopics(topics).values().entrySet()) {
            try {
                await(entry.getValue(), timeout, "creating topic " + entry.getKey());
                LOG.info("Created topic {}", entry.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Cannot create topic " + entry.getKey() + ": " + e.getCause().getMessage(), e.getCause());
                }
                topics.stream().filter(t -> t.name().equals(entry.getKey())).findFirst().ifPresent(existing::add);
            }
        }
        if (!existing.isEmpty()) {
            reshape(admin, existing, timeout);
        }
    }

    private static void reshape(Admin admin, List<NewTopic> topics, Duration timeout) {
        Map<ConfigResource, NewTopic> byResource = new LinkedHashMap<>();
        topics.forEach(t -> byResource.put(new ConfigResource(ConfigResource.Type.TOPIC, t.name()), t));
        try {
            Map<ConfigResource, Config> current = await(admin.describeConfigs(byResource.keySet()).all(), timeout, "reading topic settings");
            Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
            byResource.forEach((resource, declared) -> {
                List<AlterConfigOp> ops = new ArrayList<>();
                declared.configs().forEach((name, value) -> {
                    ConfigEntry entry = current.get(resource).get(name);
                    if (entry == null || !value.equals(entry.value())) {
                        ops.add(new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET));
                    }
                });
                if (!ops.isEmpty()) {
                    changes.put(resource, ops);
                    LOG.info("Topic {}: setting {} as declared", declared.name(), ops.stream().map(op -> op.configEntry().name() + "=" + op.configEntry().value()).toList());
                }
            });
            if (!changes.isEmpty()) {
                await(admin.incrementalAlterConfigs(changes).all(), timeout, "setting topic settings");
            }
            Map<String, TopicDescription> described = await(admin.describeTopics(topics.stream().map(NewTopic::name).toList()).allTopicNames(),
                    timeout, "describing topics");
            for (NewTopic declared : topics) {
                int partitions = described.get(declared.name()).partitions().size();
                if (partitions != declared.numPartitions()) {
                    LOG.warn("Topic {} has {} partitions, not the {} declared (topic.partitions): partitions are never changed on an existing topic",
                            declared.name(), partitions, declared.numPartitions());
                }
            }
        } catch (ExecutionException e) {
            // A cluster may not let the apps alter topics: say what to set by hand rather than refuse to start.
            LOG.warn("Cannot give existing topics their declared settings ({}); set them by hand: {}", e.getCause().getMessage(),
                    topics.stream().map(t -> t.name() + " " + t.configs()).toList());
        }
    }

    private static <T> T await(Future<T> future, Duration timeout, String what) throws ExecutionException {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + timeout.toSeconds() + " s when " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + what, e);
        }
    }
}
