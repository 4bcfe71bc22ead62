package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.util.List;

import static io.newswire.runtime.registry.RegistryHttp.flag;
import static io.newswire.runtime.registry.RegistryHttp.id;
import static io.newswire.runtime.registry.RegistryHttp.json;
import static io.newswire.runtime.registry.RegistryHttp.page;
import static io.newswire.runtime.registry.RegistryHttp.raw;

/** Schemas by id, the list of all schemas, the schema types and the contexts. */
final class SchemaRoutes {
    /** Confluent's name of the default context, the only one this registry has. */
    static final String DEFAULT_CONTEXT = ".";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaStore store;

    SchemaRoutes(SchemaStore store) {
        this.store = store;
    }

    void addTo(Javalin app) {
        app.get("/schemas", this::allSchemas);
        app.get("/schemas/types", ctx -> json(ctx, JSON.valueToTree(List.of("AVRO"))));
        app.get("/schemas/ids/{id}", ctx -> json(ctx, JSON.createObjectNode().put("schema", store.schema(id(ctx)))));
        app.get("/schemas/ids/{id}/schema", ctx -> raw(ctx, store.schema(id(ctx))));
        app.get("/schemas/ids/{id}/subjects", ctx -> json(ctx, JSON.valueToTree(page(ctx, uses(ctx).stream().map(SchemaStore.Version::subject).distinct().toList()))));
        app.get("/schemas/ids/{id}/versions", this::versionsOfId);
        app.get("/contexts", ctx -> json(ctx, JSON.valueToTree(List.of(DEFAULT_CONTEXT))));
    }

    private void allSchemas(Context ctx) {
        String prefix = ctx.queryParam("subjectPrefix");
        ArrayNode answer = JSON.createArrayNode();
        page(ctx, store.versions(prefix == null ? "" : prefix, flag(ctx, "deleted"), flag(ctx, "latestOnly")))
                .forEach(v -> answer.add(RegistryHttp.json(v)));
        json(ctx, answer);
    }

    private void versionsOfId(Context ctx) {
        ArrayNode answer = JSON.createArrayNode();
        page(ctx, uses(ctx)).forEach(v -> answer.addObject().put("subject", v.subject()).put("version", v.version()));
        json(ctx, answer);
    }

    private List<SchemaStore.Version> uses(Context ctx) {
        return store.usesOf(id(ctx), flag(ctx, "deleted"));
    }
}
