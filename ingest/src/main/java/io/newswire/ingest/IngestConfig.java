package io.newswire.ingest;

import io.newswire.core.CommonConfig;
import io.newswire.core.RecordLimit;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ingest's configuration: the common keys plus the HTTP API, producer, topic and watch-folder settings. */
public final class IngestConfig extends CommonConfig {
    public static final String HTTP_HOST = "ingest.http.host";
    public static final String HTTP_PORT = "ingest.http.port";
    public static final String MAX_DISPATCH_BYTES = "ingest.max.dispatch.bytes";
    public static final String DEFAULT_SOURCE = "ingest.default.source";
    public static final String DELIVERY_TIMEOUT_MS = "ingest.producer.delivery.timeout.ms";
    public static final String REQUEST_TIMEOUT_MS = "ingest.producer.request.timeout.ms";
    public static final String MAX_BLOCK_MS = "ingest.producer.max.block.ms";
    public static final String LINGER_MS = "ingest.producer.linger.ms";
    public static final String REGISTRY_TIMEOUT_MS = "ingest.registry.timeout.ms";
    public static final String HEALTH_INTERVAL_MS = "ingest.health.check.interval.ms";
    public static final String LEDGER_REBUILD_TIMEOUT_MS = "ingest.ledger.rebuild.timeout.ms";
    public static final String WATCH_DIR = "ingest.watch.dir";
    public static final String WATCH_STABLE_MS = "ingest.watch.stable.ms";
    public static final String WATCH_POLL_MS = "ingest.watch.poll.ms";
    public static final String WATCH_RETRY_MS = "ingest.watch.retry.ms";
    public static final String WATCH_IGNORED_SUFFIXES = "ingest.watch.ignored.suffixes";

    public static final ConfigDef DEFINITION = CommonConfig.extend()
            .define(HTTP_HOST, Type.STRING, "127.0.0.1", Importance.MEDIUM,
                    "Address the HTTP API listens on: this machine only by default; 0.0.0.0 for every interface (in a container).")
            .define(HTTP_PORT, Type.INT, 8080, Range.between(0, 65535), Importance.HIGH,
                    "Port of the HTTP API (POST /dispatches, GET /health, GET /metrics); 0 picks a free port.")
            .define(MAX_DISPATCH_BYTES, Type.INT, 1024 * 1024, Range.between(1024, 64 * 1024 * 1024), Importance.MEDIUM,
                    "Largest dispatch accepted, in bytes, as sent (HTTP 413 above it; a watched file above it goes to failed/). "
                            + "A dispatch whose record would not fit topic.max.message.bytes is refused the same way.")
            .define(DEFAULT_SOURCE, Type.STRING, "unknown", Importance.MEDIUM,
                    "Source (agency) of a dispatch whose content and sender name none, e.g. a plain-text file.")
            .define(DELIVERY_TIMEOUT_MS, Type.INT, 10_000, Range.atLeast(1000), Importance.MEDIUM,
                    "Longest wait for the broker to acknowledge a dispatch (acks=all) before answering 503; the producer's delivery.timeout.ms.")
            .define(REQUEST_TIMEOUT_MS, Type.INT, 5_000, Range.atLeast(500), Importance.LOW,
                    "Producer request.timeout.ms: longest wait for one produce request; kept below the delivery timeout.")
            .define(MAX_BLOCK_MS, Type.INT, 5_000, Range.atLeast(100), Importance.LOW,
                    "Producer max.block.ms: longest wait for topic metadata or buffer space before answering 503.")
            .define(LINGER_MS, Type.INT, 5, Range.atLeast(0), Importance.LOW,
                    "Producer linger.ms: how long concurrent dispatches wait to share a batch (Kafka's own default since 4.0): "
                            + "each batch costs an LZ4 frame and a produce request, so under load fewer, larger batches cost less per dispatch.")
            .define(REGISTRY_TIMEOUT_MS, Type.INT, 3_000, Range.atLeast(100), Importance.MEDIUM,
                    "Connect and request timeout of calls to the schema registry; a registry that does not answer within it counts as down (503).")
            .define(HEALTH_INTERVAL_MS, Type.INT, 1_000, Range.atLeast(50), Importance.LOW,
                    "How often Kafka and the schema registry are probed; while one is down, dispatches are answered 503 at once.")
            .define(LEDGER_REBUILD_TIMEOUT_MS, Type.INT, 120_000, Range.atLeast(1000), Importance.LOW,
                    "Longest time to read the dispatches topic at start to rebuild the record of published (id, version, content hash).")
            .define(WATCH_DIR, Type.STRING, "", Importance.MEDIUM,
                    "Folder to watch for dispatch files (empty: none). Published files move to done/, refused ones to failed/ with a .error file.")
            .define(WATCH_STABLE_MS, Type.INT, 1_000, Range.atLeast(0), Importance.LOW,
                    "A watched file is taken once its size and modification time have not changed for this long (it is complete).")
            .define(WATCH_POLL_MS, Type.INT, 250, Range.atLeast(10), Importance.LOW,
                    "How often the watched folder is checked besides the file-system events.")
            .define(WATCH_RETRY_MS, Type.INT, 5_000, Range.atLeast(100), Importance.LOW,
                    "How long a watched file waits before another try when Kafka or the registry was down (it stays in the folder).")
            .define(WATCH_IGNORED_SUFFIXES, Type.LIST, List.of(".tmp", ".part", ".partial", ".crdownload", ".swp"), Importance.LOW,
                    "Files still being written: names ending so (and names starting with a dot) are left alone until renamed.");

    public IngestConfig(Map<?, ?> values) {
        super(DEFINITION, values);
    }

    public String httpHost() {
        return getString(HTTP_HOST);
    }

    public int httpPort() {
        return getInt(HTTP_PORT);
    }

    public int maxDispatchBytes() {
        return getInt(MAX_DISPATCH_BYTES);
    }

    public String defaultSource() {
        return getString(DEFAULT_SOURCE);
    }

    public String dispatchesTopic() {
        return getString(TOPIC_DISPATCHES);
    }

    public Duration deliveryTimeout() {
        return Duration.ofMillis(getInt(DELIVERY_TIMEOUT_MS));
    }

    public Duration requestTimeout() {
        return Duration.ofMillis(Math.min(getInt(REQUEST_TIMEOUT_MS), getInt(DELIVERY_TIMEOUT_MS) - getInt(LINGER_MS)));
    }

    public Duration maxBlock() {
        return Duration.ofMillis(getInt(MAX_BLOCK_MS));
    }

    public int lingerMs() {
        return getInt(LINGER_MS);
    }

    /**
     * The dispatch producer's settings: acks=all, idempotent, lz4, {@code linger.ms} and the record limit; the bench's
     * raw producer uses the same ones.
     */
    public Map<String, Object> producerSettings() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "newswire-ingest");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout().toMillis());
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestTimeout().toMillis());
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlock().toMillis());
        props.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs());
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.putAll(RecordLimit.of(this).producerSettings());
        return props;
    }

    public Duration registryTimeout() {
        return Duration.ofMillis(getInt(REGISTRY_TIMEOUT_MS));
    }

    public Duration healthInterval() {
        return Duration.ofMillis(getInt(HEALTH_INTERVAL_MS));
    }

    public Duration ledgerRebuildTimeout() {
        return Duration.ofMillis(getInt(LEDGER_REBUILD_TIMEOUT_MS));
    }

    /** The watched folder, or null when none is configured. */
    public Path watchDir() {
        String dir = getString(WATCH_DIR);
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    public Duration watchStable() {
        return Duration.ofMillis(getInt(WATCH_STABLE_MS));
    }

    public Duration watchPoll() {
        return Duration.ofMillis(getInt(WATCH_POLL_MS));
    }

    public Duration watchRetry() {
        return Duration.ofMillis(getInt(WATCH_RETRY_MS));
    }

    public List<String> watchIgnoredSuffixes() {
        return getList(WATCH_IGNORED_SUFFIXES);
    }
}
