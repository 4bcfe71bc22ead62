package io.newswire.runtime.registry;

import io.javalin.Javalin;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node schema registry speaking Confluent's REST API v1, so Confluent's serdes, Kafka Connect and ksqlDB
 * use it as they would Confluent's. State lives in the compacted {@code _schemas} topic of the Kafka cluster it
 * serves: read to the end at start, written (acks=all) before every answer that changes it.
 */
public final class RegistryServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryServer.class);

    /** The address a registry started without one listens on: every interface. */
    private static final String ALL_INTERFACES = "0.0.0.0";

    private final Javalin app;
    private final SchemasTopic topic;
    private final String host;
    private final int port;
    private boolean closed;

    private RegistryServer(Javalin app, SchemasTopic topic, String host) {
        this.app = app;
        this.topic = topic;
        this.host = host;
        this.port = app.port();
    }

    /** Starts a registry on the port (0 for a free one) with no authentication; returns once it serves. */
    public static RegistryServer start(String bootstrapServers, int port) {
        return start(bootstrapServers, port, "");
    }

    /** As {@link #start(String, int)}, requiring HTTP Basic auth with {@code basicAuthUserInfo} ("user:password") unless empty. */
    public static RegistryServer start(String bootstrapServers, int port, String basicAuthUserInfo) {
        return start(bootstrapServers, ALL_INTERFACES, port, basicAuthUserInfo);
    }

    /** As {@link #start(String, int, String)}, listening on {@code host} only (127.0.0.1: this machine only). */
    public static RegistryServer start(String bootstrapServers, String host, int port, String basicAuthUserInfo) {
        long begin = System.nanoTime();
        BasicAuth auth = BasicAuth.of(basicAuthUserInfo);
        SchemasTopic topic = SchemasTopic.open(bootstrapServers);
        try {
            SchemaStore store = SchemaStore.rebuiltFrom(topic);
            Javalin app = Javalin.create(config -> {
                config.showJavalinBanner = false;
                config.startupWatcherEnabled = false;
                config.router.ignoreTrailingSlashes = true;
                config.http.defaultContentType = RegistryHttp.CONTENT_TYPE;
                config.jetty.threadPool = threadPool();
                config.requestLogger.http((ctx, ms) -> LOG.debug("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.statusCode(), ms));
            });
            new RegistryRoutes(store, auth).addTo(app);
            app.start(host, port);
            RegistryServer server = new RegistryServer(app, topic, host);
            LOG.info("Schema registry serving at {}{} with {} schemas rebuilt from {} on {} in {} ms", server.url(),
                    auth.isEnabled() ? " (basic auth)" : "", store.schemaCount(), SchemasTopic.NAME, bootstrapServers,
                    (System.nanoTime() - begin) / 1_000_000);
            return server;
        } catch (RuntimeException e) {
            topic.close();
            throw e;
        }
    }

    public String url() {
        return "http://" + (ALL_INTERFACES.equals(host) ? "localhost" : host) + ":" + port;
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
        app.stop();
        topic.close();
        LOG.info("Schema registry at {} stopped", url());
    }

    private static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(32, 2, 60_000);
        pool.setName("registry-http");
        pool.setDaemon(true);
        return pool;
    }
}
