package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.newswire.core.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.newswire.runtime.registry.RegistryHttp.error;
import static io.newswire.runtime.registry.RegistryHttp.json;

/**
 * Confluent Schema Registry REST API v1 (the part Confluent's clients and tools call; see the README) over a
 * {@link SchemaStore}: Basic auth in front of every route, Confluent's error shape behind them.
 */
final class RegistryRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryRoutes.class);

    private final SchemaStore store;
    private final BasicAuth auth;

    RegistryRoutes(SchemaStore store, BasicAuth auth) {
        this.store = store;
        this.auth = auth;
    }

    void addTo(Javalin app) {
        app.before(this::authorize);
        app.get("/", ctx -> json(ctx, new ObjectMapper().createObjectNode()));
        new SubjectRoutes(store).addTo(app);
        new SchemaRoutes(store).addTo(app);
        new SettingsRoutes(store).addTo(app);

        app.exception(RegistryError.class, (e, ctx) -> {
            if (e.status() >= 500) {
                LOG.warn("{} {} failed: {}", ctx.method(), LogSafe.id(ctx.path()), LogSafe.quote(e.getMessage(), 500));
            }
            error(ctx, e.status(), e.errorCode(), e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getStatus(), "HTTP " + e.getStatus() + " " + e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), LogSafe.id(ctx.path()), e);
            error(ctx, 500, 50000, "Internal error: " + e.getMessage());
        });
    }

    private void authorize(Context ctx) {
        if (!auth.allows(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Basic realm=\"newswire schema registry\"");
            throw RegistryError.unauthorized();
        }
    }
}
