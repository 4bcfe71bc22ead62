package io.newswire.aggregate;

import io.newswire.core.CommonConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

import java.nio.file.Path;
import java.util.Map;

/** The aggregate app's keys ({@code aggregate.*}) on top of the common ones. */
public final class AggregateConfig extends CommonConfig {
    public static final String APPLICATION_ID = "aggregate.application.id";
    public static final String STATE_DIR = "aggregate.state.dir";
    public static final String HTTP_HOST = "aggregate.http.host";
    public static final String HTTP_PORT = "aggregate.http.port";
    public static final String INTERNAL_SECRET = "aggregate.internal.secret";
    public static final String SERVER_HOST = "aggregate.application.server.host";
    public static final String STREAM_THREADS = "aggregate.stream.threads";
    public static final String GRACE_DAYS = "aggregate.grace.days";
    public static final String RETENTION_DAYS = "aggregate.retention.days";
    public static final String ALERT_WINDOW_DAYS = "aggregate.alerts.window.days";
    public static final String WEBHOOK_URL = "aggregate.alerts.webhook.url";
    public static final String WEBHOOK_RETRIES = "aggregate.alerts.webhook.retries";
    public static final String WEBHOOK_BACKOFF_MS = "aggregate.alerts.webhook.backoff.ms";
    public static final String LIVE_HELD_RECORDS = "aggregate.live.held.records";
    public static final String LIVE_REPLAY_MAX_RECORDS = "aggregate.live.replay.max.records";

    public static final ConfigDef DEFINITION = CommonConfig.extend()
            .define(APPLICATION_ID, Type.STRING, "newswire-aggregate", Importance.HIGH,
                    "Kafka Streams application.id: consumer group, prefix of internal topics. Instances sharing it share the work.")
            .define(STATE_DIR, Type.STRING, "", Importance.MEDIUM,
                    "Directory of the local state stores; empty for <data.dir>/aggregate-state.")
            .define(HTTP_HOST, Type.STRING, "127.0.0.1", Importance.MEDIUM,
                    "Address the HTTP API listens on: this machine only by default; 0.0.0.0 for every interface (in a container, or "
                            + "for instances on other hosts).")
            .define(HTTP_PORT, Type.INT, 8082, Range.between(0, 65535), Importance.HIGH,
                    "Port of the HTTP API (/api, /health, /metrics, and /internal for the other instances); 0 picks a free one.")
            .define(INTERNAL_SECRET, Type.PASSWORD, "", Importance.MEDIUM,
                    "Shared secret the instances send each other (header X-Newswire-Peer-Secret) on /internal routes; those routes refuse "
                            + "(403) any request without it. Empty: they answer only requests from this machine (loopback). Set it, the same on "
                            + "every instance, when instances run on several hosts.")
            .define(SERVER_HOST, Type.STRING, "localhost", Importance.MEDIUM,
                    "Host name other instances use to reach this one's HTTP API (Streams application.server is host:http port).")
            .define(STREAM_THREADS, Type.INT, 1, Range.atLeast(1), Importance.LOW, "Kafka Streams threads.")
            .define(GRACE_DAYS, Type.INT, 7, Range.atLeast(0), Importance.MEDIUM,
                    "A contact dated more than this many days before its dispatch's (first version's) reference date is late: it goes to the dead-letter topic, not into the counts.")
            .define(RETENTION_DAYS, Type.INT, 400, Range.atLeast(1), Importance.MEDIUM,
                    "Days of per-pair daily counts kept, counted back from the latest event date seen (only trusted dates count, and never later than the wall clock allows).")
            .define(ALERT_WINDOW_DAYS, Type.INT, 7, Range.atLeast(1), Importance.MEDIUM,
                    "A summit proposal within this many days (event time) of an alert for the same participants updates that alert instead of raising a new one.")
            .define(WEBHOOK_URL, Type.STRING, "", Importance.MEDIUM,
                    "URL to POST each new summit alert to, as JSON; empty for none.")
            .define(WEBHOOK_RETRIES, Type.INT, 5, Range.atLeast(0), Importance.LOW,
                    "Retries of a failed webhook delivery (exponential backoff) before the alert goes to the dead-letter topic.")
            .define(WEBHOOK_BACKOFF_MS, Type.LONG, 500L, Range.atLeast(1), Importance.LOW,
                    "First webhook retry delay; doubles on each retry, at most 60 s.")
            .define(LIVE_HELD_RECORDS, Type.INT, 2000, Range.between(1, 1_000_000), Importance.LOW,
                    "Latest records of the streamed topics (events, alerts, contacts) each instance holds in memory for the live stream: "
                            + "a new client is sent the latest of them, a reconnecting one what it missed; one further behind is replayed from Kafka.")
            .define(LIVE_REPLAY_MAX_RECORDS, Type.LONG, 100_000L, Range.atLeast(0), Importance.LOW,
                    "Most records a reconnecting client of the live stream is replayed from Kafka; one further behind is sent a reset and starts again from now.");

    public AggregateConfig(Map<?, ?> values) {
        super(DEFINITION, values);
    }

    public String applicationId() {
        return getString(APPLICATION_ID);
    }

    public Path stateDir() {
        String dir = getString(STATE_DIR);
        return dir.isBlank() ? Path.of(getString(DATA_DIR), "aggregate-state") : Path.of(dir);
    }

    public String httpHost() {
        return getString(HTTP_HOST);
    }

    /** The peers' shared secret, empty when none is set. */
    public String internalSecret() {
        org.apache.kafka.common.config.types.Password secret = getPassword(INTERNAL_SECRET);
        return secret == null ? "" : secret.value();
    }

    public int httpPort() {
        return getInt(HTTP_PORT);
    }

    public String serverHost() {
        return getString(SERVER_HOST);
    }

    public int streamThreads() {
        return getInt(STREAM_THREADS);
    }

    public int graceDays() {
        return getInt(GRACE_DAYS);
    }

    public int retentionDays() {
        return getInt(RETENTION_DAYS);
    }

    public int alertWindowDays() {
        return getInt(ALERT_WINDOW_DAYS);
    }

    public String webhookUrl() {
        return getString(WEBHOOK_URL);
    }

    public int webhookRetries() {
        return getInt(WEBHOOK_RETRIES);
    }

    public long webhookBackoffMs() {
        return getLong(WEBHOOK_BACKOFF_MS);
    }

    public int liveHeldRecords() {
        return getInt(LIVE_HELD_RECORDS);
    }

    public long liveReplayMaxRecords() {
        return getLong(LIVE_REPLAY_MAX_RECORDS);
    }

    public String enrichedTopic() {
        return getString(TOPIC_ENRICHED);
    }

    public String contactsTopic() {
        return getString(TOPIC_CONTACTS);
    }

    public String alertsTopic() {
        return getString(TOPIC_ALERTS);
    }

    public String deadLetterTopic() {
        return getString(TOPIC_DEAD_LETTERS);
    }
}
