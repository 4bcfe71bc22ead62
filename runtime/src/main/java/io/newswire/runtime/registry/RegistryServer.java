package io.newswire.runtime.registry;

import io.newswire.core.LogSafe;
import io.newswire.core.http.AppServer;
import io.newswire.core.http.HttpSettings;
import io.newswire.core.http.ProblemBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A single-node schema registry speaking Confluent's REST API v1, so Confluent's serdes, Kafka Connect and ksqlDB
 * use it as they would Confluent's. State lives in the compacted {@code _schemas} topic of the Kafka cluster it
 * serves: read to the end at start, written (acks=all) before every answer that changes it.
 */
public final class RegistryServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryServer.class);

    private final AppServer app;
    private final SchemasTopic topic;
    private final int port;
    private boolean closed;

    private RegistryServer(AppServer app, SchemasTopic topic) {
        this.app = app;
        this.topic = topic;
        this.port = app.port();
    }

    /** Starts a registry on this machine's loopback address and the port (0 for a free one) with no authentication. */
    public static RegistryServer start(String bootstrapServers, int port) {
        return start(bootstrapServers, port, "");
    }

    /** As {@link #start(String, int)}, requiring HTTP Basic auth with {@code basicAuthUserInfo} ("user:password") unless empty. */
    public static RegistryServer start(String bootstrapServers, int port, String basicAuthUserInfo) {
        return start(bootstrapServers, HttpSettings.LOOPBACK, port, basicAuthUserInfo);
    }

    /** As {@link #start(String, int, String)}, listening on {@code host} (0.0.0.0 for every interface). */
    public static RegistryServer start(String bootstrapServers, String host, int port, String basicAuthUserInfo) {
        long begin = System.nanoTime();
        BasicAuth auth = BasicAuth.of(basicAuthUserInfo);
        SchemasTopic topic = SchemasTopic.open(bootstrapServers);
        try {
            SchemaStore store = SchemaStore.rebuiltFrom(topic);
            AppServer app = AppServer.builder("registry", HttpSettings.defaults(host, port, RegistryHttp.MAX_BODY_BYTES))
                    .problems(CONFLUENT_ERRORS)
                    .configure(config -> {
                        config.router.ignoreTrailingSlashes = true;
                        config.http.defaultContentType = RegistryHttp.CONTENT_TYPE;
                        config.requestLogger.http((ctx, ms) -> LOG.debug("{} {} -> {} in {} ms", ctx.method(), LogSafe.id(ctx.path()), ctx.statusCode(), ms));
                    })
                    .routes(new RegistryRoutes(store, auth)::addTo)
                    .start();
            RegistryServer server = new RegistryServer(app, topic);
            LOG.info("Schema registry serving at {}{} with {} schemas rebuilt from {} on {} in {} ms", server.url(),
                    auth.isEnabled() ? " (basic auth)" : "", store.schemaCount(), SchemasTopic.NAME, bootstrapServers,
                    (System.nanoTime() - begin) / 1_000_000);
            return server;
        } catch (RuntimeException e) {
            topic.close();
            throw e;
        }
    }

    /** Confluent's error shape, {@code {"error_code": 404, "message": "..."}}, for what the server itself refuses. */
    private static final ProblemBody CONFLUENT_ERRORS = (status, message) -> {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error_code", status == 500 ? 50000 : status);
        body.put("message", message);
        return body;
    };

    public String url() {
        return app.url();
    }

    public int port() {
        return port;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        app.close();
        topic.close();
        LOG.info("Schema registry at {} stopped", url());
    }
}
