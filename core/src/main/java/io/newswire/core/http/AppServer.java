package io.newswire.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.core.LogSafe;
import io.newswire.core.health.Health;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one way a newswire app serves HTTP (ingest, enrich, aggregate, the schema registry): Javalin on Jetty with a
 * bounded thread pool and connection count, idle, header and body-rate timeouts, bounded headers and bodies, at most
 * half the threads reading bodies, JSON problem answers for everything the server itself refuses, and, when given,
 * {@code /health} (with {@code /health/live} and {@code /health/ready}) and {@code /metrics} in Prometheus text.
 * It listens on the address the app's configuration gives: 127.0.0.1 unless told otherwise.
 */
public final class AppServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Prometheus text exposition format 0.0.4. */
    public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    // One of each: on a machine of a few cores, one selector keeps up with every kept-alive connection; more only contend.
    private static final int ACCEPTORS = 1;
    private static final int SELECTORS = 1;

    private final String name;
    private final Javalin app;
    private final ServerConnector connector;

    private AppServer(String name, Javalin app, ServerConnector connector) {
        this.name = name;
        this.app = app;
        this.connector = connector;
    }

    public static Builder builder(String name, HttpSettings settings) {
        return new Builder(name, settings);
    }

    public int port() {
        return app.port();
    }

    /** The address it listens on, as configured. */
    public String host() {
        return connector.getHost();
    }

    /** Where a client on this machine reaches it. */
    public String url() {
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? HttpSettings.LOOPBACK : connector.getHost();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    @Override
    public void close() {
        app.stop();
        LOG.info("{} HTTP server stopped", name);
    }

    /** What the server serves besides the bounds every server has. */
    public static final class Builder {
        private final String name;
        private final HttpSettings settings;
        private ProblemBody problems = ProblemBody.STATUS_AND_ERROR;
        private Health health;
        private PrometheusMeterRegistry metrics;
        private Consumer<JavalinConfig> configuration = config -> { };
        private Consumer<Javalin> routes = app -> { };

        private Builder(String name, HttpSettings settings) {
            this.name = name;
            this.settings = settings;
        }

        /** The app's shape of an error body. */
        public Builder problems(ProblemBody problems) {
            this.problems = problems;
            return this;
        }

        /** Serve {@code /health}, {@code /health/live} and {@code /health/ready} from this. */
        public Builder health(Health health) {
            this.health = health;
            return this;
        }

        /** Serve {@code /metrics} from this registry, with the server's own connection and thread meters in it. */
        public Builder metrics(PrometheusMeterRegistry metrics) {
            this.metrics = metrics;
            return this;
        }

        /** Anything else the app sets on Javalin's configuration (its JSON mapper, a default content type). */
        public Builder configure(Consumer<JavalinConfig> configuration) {
            this.configuration = configuration;
            return this;
        }

        /** Adds the app's routes and exception mappings; may be called several times, in order. */
        public Builder routes(Consumer<Javalin> more) {
            this.routes = this.routes.andThen(more);
            return this;
        }

        /** Starts listening; returns once the port is bound. */
        public AppServer start() {
            JsonErrors errors = new JsonErrors(problems);
            // The connector's acceptor and selector live in the pool too: added, so that http.max.threads are left for requests.
            QueuedThreadPool threads = new QueuedThreadPool(settings.maxThreads() + ACCEPTORS + SELECTORS, Math.min(8, settings.maxThreads()),
                    (int) settings.idleTimeout().toMillis());
            threads.setName(name + "-http");
            threads.setDaemon(true);
            ServerConnector[] connector = new ServerConnector[1];
            Javalin app = Javalin.create(config -> {
                config.showJavalinBanner = false;
                config.startupWatcherEnabled = false;
                config.http.maxRequestSize = settings.maxBodyBytes();
                config.jetty.threadPool = threads;
                config.jetty.modifyHttpConfiguration(http -> {
                    http.setSendServerVersion(false);
                    http.setRequestHeaderSize(settings.maxHeaderBytes());
                    http.setIdleTimeout(settings.idleTimeout().toMillis());
                    http.setMinRequestDataRate(0);   // checked by BodyReaders instead, after a grace (MinimumBodyRate)
                    http.setDelayDispatchUntilContent(true);
                });
                config.jetty.addConnector((server, http) -> {
                    ServerConnector c = new ServerConnector(server, ACCEPTORS, SELECTORS, new HttpConnectionFactory(http));
                    c.setHost(settings.host());
                    c.setPort(settings.port());
                    c.setIdleTimeout(settings.idleTimeout().toMillis());
                    c.addBean(new HeaderDeadline(c, settings.headerTimeout()));
                    connector[0] = c;
                    return c;
                });
                config.jetty.modifyServer(server -> {
                    server.setErrorHandler(errors);
                    server.addBean(new ConnectionLimit(settings.maxConnections(), server));
                });
                config.jetty.modifyServletContextHandler(context -> {
                    context.setErrorHandler(errors);
                    context.addFilter(new FilterHolder(new BodyReaders(settings.maxBodyReaders(), settings.minBodyBytesPerSecond(), (response, message) ->
                            writeProblem(response, errors, 503, message))), "/*", EnumSet.of(DispatcherType.REQUEST));
                });
                configuration.accept(config);
            });
            app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, errors, e.getStatus(), e.getMessage()));
            app.exception(BadMessageException.class, (e, ctx) -> problem(ctx, errors, e.getCode(), JsonErrors.describe(e.getCode(), e.getReason())));
            app.exception(EofException.class, (e, ctx) -> problem(ctx, errors, 400, "The request body ended early: " + e.getMessage()));
            app.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), LogSafe.id(ctx.path()), e);
                problem(ctx, errors, 500, "Internal error: " + e.getClass().getSimpleName());
            });
            if (health != null) {
                Health served = health;
                app.get("/health", ctx -> answerHealth(ctx, served.report(), true));
                app.get("/health/ready", ctx -> answerHealth(ctx, served.report(), true));
                app.get("/health/live", ctx -> answerHealth(ctx, served.report(), false));
            }
            if (metrics != null) {
                PrometheusMeterRegistry served = metrics;
                app.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TEXT).result(served.scrape()));
            }
            routes.accept(app);
            app.start();
            if (metrics != null) {
                JettyConnectionMetrics.addToAllConnectors(app.jettyServer().server(), metrics, Tags.empty());
                new JettyServerThreadPoolMetrics(threads, Tags.empty()).bindTo(metrics);
            }
            AppServer server = new AppServer(name, app, connector[0]);
            LOG.info("{} HTTP server on {} (port {})", name, server.url(), server.port());
            return server;
        }
    }

    /** Written with a plain mapper, not the app's: the same shape, in the same order, from every app. */
    private static void answerHealth(Context ctx, Health.Report report, boolean readiness) throws JsonProcessingException {
        boolean ok = readiness ? report.ready() : report.live();
        Object body = readiness ? report.body() : Map.of("status", report.live() ? "UP" : "DOWN");
        ctx.status(ok ? 200 : 503).contentType("application/json").result(JSON.writeValueAsBytes(body));
    }

    private static void problem(Context ctx, JsonErrors errors, int status, String message) {
        ctx.status(status).contentType("application/json").result(errors.body(status, message));
    }

    private static void writeProblem(HttpServletResponse response, JsonErrors errors, int status, String message) {
        try {
            response.setStatus(status);
            response.setHeader("Retry-After", "1");
            response.setContentType("application/json");
            response.getOutputStream().write(errors.body(status, message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
