package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.newswire.schemas.registry.CompatibilityLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;

import static io.newswire.runtime.registry.RegistryHttp.body;
import static io.newswire.runtime.registry.RegistryHttp.error;
import static io.newswire.runtime.registry.RegistryHttp.id;
import static io.newswire.runtime.registry.RegistryHttp.json;
import static io.newswire.runtime.registry.RegistryHttp.raw;
import static io.newswire.runtime.registry.RegistryHttp.subject;
import static io.newswire.runtime.registry.RegistryHttp.text;

/** Confluent Schema Registry REST API v1 (the subset newswire and Confluent's clients use) over a {@link SchemaStore}. */
final class RegistryRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryRoutes.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaStore store;
    private final BasicAuth auth;

    RegistryRoutes(SchemaStore store, BasicAuth auth) {
        this.store = store;
        this.auth = auth;
    }

    void addTo(Javalin app) {
        app.before(this::authorize);

        app.get("/", ctx -> json(ctx, JSON.createObjectNode()));
        app.get("/subjects", ctx -> json(ctx, JSON.valueToTree(store.subjects())));
        app.get("/subjects/{subject}/versions", ctx -> json(ctx, JSON.valueToTree(store.versionNumbers(subject(ctx)))));
        app.post("/subjects/{subject}/versions", this::register);
        app.get("/subjects/{subject}/versions/{version}", ctx -> json(ctx, versionJson(store.version(subject(ctx), ctx.pathParam("version")))));
        app.get("/subjects/{subject}/versions/{version}/schema", ctx -> raw(ctx, store.version(subject(ctx), ctx.pathParam("version")).schema()));
        app.post("/subjects/{subject}", this::lookup);

        app.get("/schemas/types", ctx -> json(ctx, JSON.valueToTree(List.of("AVRO"))));
        app.get("/schemas/ids/{id}", ctx -> json(ctx, JSON.createObjectNode().put("schema", store.schema(id(ctx)))));
        app.get("/schemas/ids/{id}/schema", ctx -> raw(ctx, store.schema(id(ctx))));
        app.get("/schemas/ids/{id}/versions", this::usesOfId);

        app.post("/compatibility/subjects/{subject}/versions/{version}", ctx -> testCompatibility(ctx, ctx.pathParam("version")));
        app.post("/compatibility/subjects/{subject}/versions", ctx -> testCompatibility(ctx, null));

        app.get("/config", ctx -> json(ctx, JSON.createObjectNode().put("compatibilityLevel", store.globalLevel().name())));
        app.put("/config", ctx -> setLevel(ctx, null));
        app.get("/config/{subject}", this::subjectLevel);
        app.put("/config/{subject}", ctx -> setLevel(ctx, subject(ctx)));

        app.exception(RegistryError.class, (e, ctx) -> {
            if (e.status() >= 500) {
                LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), e.getMessage());
            }
            error(ctx, e.status(), e.errorCode(), e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getStatus(), "HTTP " + e.getStatus() + " " + e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, 50000, "Internal error: " + e.getMessage());
        });
    }

    private void authorize(Context ctx) {
        if (!auth.allows(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Basic realm=\"newswire schema registry\"");
            throw RegistryError.unauthorized();
        }
    }

    private void register(Context ctx) {
        int id = store.register(subject(ctx), SchemaRequest.of(body(ctx)));
        json(ctx, JSON.createObjectNode().put("id", id));
    }

    private void lookup(Context ctx) {
        json(ctx, versionJson(store.lookup(subject(ctx), SchemaRequest.of(body(ctx)))));
    }

    private void usesOfId(Context ctx) {
        ArrayNode uses = JSON.createArrayNode();
        store.usesOf(id(ctx)).forEach(v -> uses.addObject().put("subject", v.subject()).put("version", v.version()));
        json(ctx, uses);
    }

    private void testCompatibility(Context ctx, String version) {
        List<String> problems = store.compatibilityProblems(subject(ctx), version, SchemaRequest.of(body(ctx)));
        ObjectNode answer = JSON.createObjectNode().put("is_compatible", problems.isEmpty());
        if (RegistryHttp.flag(ctx, "verbose")) {
            answer.set("messages", JSON.valueToTree(problems));
        }
        json(ctx, answer);
    }

    private void subjectLevel(Context ctx) {
        String subject = subject(ctx);
        CompatibilityLevel level = store.subjectLevel(subject).orElseGet(() -> {
            if (RegistryHttp.flag(ctx, "defaultToGlobal")) {
                return store.globalLevel();
            }
            throw RegistryError.subjectLevelConfigNotFound(subject);
        });
        json(ctx, JSON.createObjectNode().put("compatibilityLevel", level.name()));
    }

    private void setLevel(Context ctx, String subject) {
        String requested = text(body(ctx), "compatibility");
        CompatibilityLevel level;
        try {
            level = CompatibilityLevel.valueOf(requested == null ? "" : requested.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RegistryError.invalidCompatibilityLevel(requested);
        }
        store.setLevel(subject, level);
        json(ctx, JSON.createObjectNode().put("compatibility", level.name()));
    }

    private static ObjectNode versionJson(SchemaStore.Version v) {
        return JSON.createObjectNode().put("subject", v.subject()).put("version", v.version()).put("id", v.id()).put("schema", v.schema());
    }
}
