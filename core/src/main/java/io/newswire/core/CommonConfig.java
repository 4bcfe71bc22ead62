package io.newswire.core;

import io.newswire.schemas.EventType;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
    public static final String TOPIC_KB_ACTORS = "topic.kb.actors";
    public static final String DATA_DIR = "data.dir";
    public static final String TOPIC_PARTITIONS = "topic.partitions";
    public static final String TOPIC_REPLICATION_FACTOR = "topic.replication.factor";
    public static final String TOPIC_MIN_INSYNC_REPLICAS = "topic.min.insync.replicas";
    public static final String TOPIC_MAX_MESSAGE_BYTES = "topic.max.message.bytes";
    public static final String DEAD_LETTERS_RETENTION_DAYS = "topic.dead.letters.retention.days";
    public static final String DISPATCH_MAX_ID_CHARS = "dispatch.max.id.chars";
    public static final String DISPATCH_MAX_FIELD_CHARS = "dispatch.max.field.chars";
    public static final String DISPATCH_MAX_METADATA_ENTRIES = "dispatch.max.metadata.entries";
    public static final String DATES_MAX_AHEAD_HOURS = "dates.max.ahead.hours";
    public static final String DATES_EARLIEST = "dates.earliest";
    public static final String HTTP_MAX_CONNECTIONS = "http.max.connections";
    public static final String HTTP_MAX_THREADS = "http.max.threads";
    public static final String HTTP_IDLE_TIMEOUT_MS = "http.idle.timeout.ms";
    public static final String HTTP_HEADER_TIMEOUT_MS = "http.header.timeout.ms";
    public static final String HTTP_MAX_HEADER_BYTES = "http.max.header.bytes";
    public static final String HTTP_MIN_BODY_BYTES_PER_SECOND = "http.min.body.bytes.per.second";
    public static final String STREAMS_COMMIT_INTERVAL_MS = "streams.commit.interval.ms";

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
            .define(TOPIC_KB_ACTORS, Type.STRING, "kb-actors", Importance.MEDIUM,
                    "People added to the knowledge base while running (KbActor, compacted, keyed by actor id), written by newswire kb import and "
                            + "kb add; every enrich instance lays them over the shipped knowledge base from the next dispatch on.")
            .define(DATA_DIR, Type.STRING, "data", Importance.MEDIUM, "Directory for broker logs, registry and Streams state; survives restarts.")
            .define(TOPIC_PARTITIONS, Type.INT, 3, Range.atLeast(1), Importance.MEDIUM,
                    "Partitions of every newswire topic, whichever app creates it first (an existing topic keeps its partitions).")
            .define(TOPIC_REPLICATION_FACTOR, Type.SHORT, (short) 1, Range.atLeast(1), Importance.MEDIUM,
                    "Replication factor of every newswire topic and of the Streams apps' internal topics (3 on a three-broker cluster).")
            .define(TOPIC_MIN_INSYNC_REPLICAS, Type.INT, 1, Range.atLeast(1), Importance.MEDIUM,
                    "min.insync.replicas of every newswire topic and internal topic: replicas that must have a write before it is acknowledged (2 with replication factor 3).")
            .define(TOPIC_MAX_MESSAGE_BYTES, Type.INT, 4 * 1024 * 1024, Range.between(1024 * 1024, 64 * 1024 * 1024), Importance.MEDIUM,
                    "max.message.bytes of every newswire topic and internal topic. Producers' max.request.size is 1/64 below it, "
                            + "and a record that would not fit is refused (ingest: 413) or dead-lettered (enrich, aggregate) before it is sent.")
            .define(DEAD_LETTERS_RETENTION_DAYS, Type.INT, 30, Range.atLeast(1), Importance.LOW,
                    "How long the dead-letter topic keeps records (retention.ms): long enough for someone to look at them.")
            .define(DISPATCH_MAX_ID_CHARS, Type.INT, 256, Range.between(16, 4096), Importance.MEDIUM,
                    "Longest dispatch id, in characters; an id also may not hold control characters. Ingest refuses others (400); enrich dead-letters them.")
            .define(DISPATCH_MAX_FIELD_CHARS, Type.INT, 2048, Range.between(256, 1024 * 1024), Importance.MEDIUM,
                    "Longest source, language, headline, dateline, url, metadata key and metadata value, in characters. Ingest refuses a dispatch "
                            + "with a longer one (400, naming the field); nothing is cut, so nothing the sender said is lost.")
            .define(DISPATCH_MAX_METADATA_ENTRIES, Type.INT, 100, Range.atLeast(1), Importance.LOW,
                    "Most metadata entries a dispatch may carry (400 above it).")
            .define(DATES_MAX_AHEAD_HOURS, Type.INT, 24, Range.between(0, 24 * 366), Importance.MEDIUM,
                    "A reference or event date later than this many hours after the dispatch was received is not trusted: the event is marked "
                            + "(dateSource untrusted) and counts nowhere. Also how far ahead of the wall clock a receipt time may be.")
            .define(DATES_EARLIEST, Type.STRING, "1990-01-01", new IsoDate(), Importance.LOW,
                    "Dates before this one are not trusted either: they are typos or unset defaults (1900-01-01, the Unix epoch 1970-01-01), "
                            + "not news the wire reports.")
            .define(HTTP_MAX_CONNECTIONS, Type.INT, 1024, Range.between(16, 100_000), Importance.LOW,
                    "Most connections each app's HTTP server holds open; it stops accepting more until some close.")
            .define(HTTP_MAX_THREADS, Type.INT, 64, Range.between(16, 2000), Importance.LOW,
                    "Request threads of each app's HTTP server. At most half of them read request bodies at once: a request with a body "
                            + "beyond that gets 503 at once, so /health and other requests always find a thread.")
            .define(HTTP_IDLE_TIMEOUT_MS, Type.INT, 30_000, Range.between(1000, 3_600_000), Importance.LOW,
                    "A connection that sends and receives nothing for this long is closed; also the longest wait for the next bytes of a "
                            + "request body.")
            .define(HTTP_HEADER_TIMEOUT_MS, Type.INT, 10_000, Range.between(500, 600_000), Importance.LOW,
                    "A request's line and headers must arrive within this long once they begin, however slowly bytes trickle in "
                            + "(slow-header clients); the connection is closed otherwise.")
            .define(HTTP_MAX_HEADER_BYTES, Type.INT, 8192, Range.between(1024, 1024 * 1024), Importance.LOW,
                    "Largest request line and headers, in bytes (431 above it).")
            .define(HTTP_MIN_BODY_BYTES_PER_SECOND, Type.INT, 1024, Range.between(0, 100 * 1024 * 1024), Importance.LOW,
                    "A request body must arrive at least this fast on average once it has begun, counted after a one-second grace that "
                            + "spares tiny bodies read late on a busy machine (408 and the connection closed otherwise: slow-body clients); 0 for no minimum.")
            .define(STREAMS_COMMIT_INTERVAL_MS, Type.INT, 50, Range.between(10, 60_000), Importance.MEDIUM,
                    "How often enrich and aggregate commit their exactly-once transaction. Readers see a record only once it is "
                            + "committed, and a dispatch passes two commits before its count is in the API: shorter is fresher, and "
                            + "costs a transaction (a few broker round trips) per interval. `<app>.streams.commit.interval.ms` sets one app.");

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

    /** The date before which no date is trusted ({@link #DATES_EARLIEST}). */
    public LocalDate earliestTrustedDate() {
        return LocalDate.parse(getString(DATES_EARLIEST));
    }

    /** Every value with its string form, to pass on to a child process or another app. */
    public Map<String, String> asStrings() {
        Map<String, String> values = new HashMap<>();
        originalsStrings().forEach(values::put);
        return values;
    }

    /** A value that must be an ISO date, YYYY-MM-DD. */
    private static final class IsoDate implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            try {
                LocalDate.parse(String.valueOf(value));
            } catch (DateTimeParseException e) {
                throw new ConfigException(name, value, "must be a date YYYY-MM-DD");
            }
        }

        @Override
        public String toString() {
            return "a date YYYY-MM-DD";
        }
    }
}
