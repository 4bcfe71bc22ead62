package io.newswire.core;

import io.newswire.schemas.EventType;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.types.Password;

import java.util.HashMap;
import java.util.Map;

/** Keys every newswire app shares: where Kafka and the registry are, and the topic names. */
public class CommonConfig extends AbstractConfig {
    public static final String BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    public static final String REGISTRY_URL = "schema.registry.url";
    public static final String REGISTRY_USER_INFO = "schema.registry.basic.auth.user.info";
    public static final String TOPIC_DISPATCHES = "topic.dispatches";
    public static final String TOPIC_ENRICHED = "topic.enriched";
    public static final String TOPIC_EVENTS_PREFIX = "topic.events.prefix";
    public static final String TOPIC_CONTACTS = "topic.contacts";
    public static final String TOPIC_ALERTS = "topic.alerts";
    public static final String TOPIC_DEAD_LETTERS = "topic.dead.letters";
    public static final String DATA_DIR = "data.dir";

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(BOOTSTRAP_SERVERS, Type.STRING, "localhost:9092", Importance.HIGH, "Kafka bootstrap servers.")
            .define(REGISTRY_URL, Type.STRING, "http://localhost:8081", Importance.HIGH, "Schema registry URL (Confluent REST API v1).")
            .define(REGISTRY_USER_INFO, Type.PASSWORD, "", Importance.MEDIUM, "Basic auth for the registry as user:password; empty for none.")
            .define(TOPIC_DISPATCHES, Type.STRING, "dispatches", Importance.MEDIUM, "Raw dispatches, keyed by dispatch id (Dispatch).")
            .define(TOPIC_ENRICHED, Type.STRING, "dispatches-enriched", Importance.MEDIUM, "Enriched dispatches, keyed by dispatch id (EnrichedDispatch).")
            .define(TOPIC_EVENTS_PREFIX, Type.STRING, "events-", Importance.MEDIUM, "Prefix of the per-event-type topics (events-phone-call, ...).")
            .define(TOPIC_CONTACTS, Type.STRING, "contacts", Importance.MEDIUM, "Contact counts per country pair and day (ContactCount).")
            .define(TOPIC_ALERTS, Type.STRING, "alerts", Importance.MEDIUM, "Summit alerts (SummitAlert).")
            .define(TOPIC_DEAD_LETTERS, Type.STRING, "dead-letters", Importance.MEDIUM, "Records that could not be processed, original bytes with the reason in headers.")
            .define(DATA_DIR, Type.STRING, "data", Importance.MEDIUM, "Directory for broker logs, registry and Streams state; survives restarts.");

    public CommonConfig(ConfigDef definition, Map<?, ?> values) {
        super(definition, values, false);
    }

    public CommonConfig(Map<?, ?> values) {
        this(DEFINITION, values);
    }

    /** A copy of {@link #DEFINITION} to which an app adds its own keys. */
    public static ConfigDef extend() {
        return new ConfigDef(DEFINITION);
    }

    public String bootstrapServers() {
        return getString(BOOTSTRAP_SERVERS);
    }

    public String registryUrl() {
        return getString(REGISTRY_URL);
    }

    public String registryUserInfo() {
        Password password = getPassword(REGISTRY_USER_INFO);
        return password == null ? "" : password.value();
    }

    /** Topic for the events of one type: PHONE_CALL goes to {@code events-phone-call}. */
    public String eventTopic(EventType eventType) {
        return getString(TOPIC_EVENTS_PREFIX) + eventType.topicSuffix();
    }

    /** Every value with its string form, to pass on to a child process or another app. */
    public Map<String, String> asStrings() {
        Map<String, String> values = new HashMap<>();
        originalsStrings().forEach(values::put);
        return values;
    }
}
