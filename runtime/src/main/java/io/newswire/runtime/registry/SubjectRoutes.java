package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.util.List;

import static io.newswire.runtime.registry.RegistryHttp.body;
import static io.newswire.runtime.registry.RegistryHttp.flag;
import static io.newswire.runtime.registry.RegistryHttp.json;
import static io.newswire.runtime.registry.RegistryHttp.page;
import static io.newswire.runtime.registry.RegistryHttp.raw;
import static io.newswire.runtime.registry.RegistryHttp.subject;

/** Subjects and their versions: listing, registration, lookup, deletion, and the compatibility test. */
final class SubjectRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaStore store;

    SubjectRoutes(SchemaStore store) {
        this.store = store;
    }

    void addTo(Javalin app) {
        app.get("/subjects", ctx -> json(ctx, JSON.valueToTree(page(ctx, store.subjects(prefix(ctx), filter(ctx))))));
        app.post("/subjects/{subject}", ctx -> json(ctx, RegistryHttp.json(store.lookup(subject(ctx), SchemaRequest.of(body(ctx)), flag(ctx, "deleted")))));
        app.delete("/subjects/{subject}", ctx -> json(ctx, JSON.valueToTree(store.deleteSubject(subject(ctx), flag(ctx, "permanent")))));

        app.get("/subjects/{subject}/versions", ctx -> json(ctx, JSON.valueToTree(page(ctx, store.versionNumbers(subject(ctx), filter(ctx))))));
        app.post("/subjects/{subject}/versions", ctx -> json(ctx, JSON.createObjectNode().put("id", store.register(subject(ctx), SchemaRequest.of(body(ctx))))));
        app.get("/subjects/{subject}/versions/{version}", ctx -> json(ctx, RegistryHttp.json(version(ctx))));
        app.get("/subjects/{subject}/versions/{version}/schema", ctx -> raw(ctx, version(ctx).schema()));
        app.delete("/subjects/{subject}/versions/{version}",
                ctx -> json(ctx, IntNode.valueOf(store.deleteVersion(subject(ctx), ctx.pathParam("version"), flag(ctx, "permanent")))));

        app.post("/compatibility/subjects/{subject}/versions/{version}", ctx -> testCompatibility(ctx, ctx.pathParam("version")));
        app.post("/compatibility/subjects/{subject}/versions", ctx -> testCompatibility(ctx, null));
    }

    private SchemaStore.Version version(Context ctx) {
        return store.version(subject(ctx), ctx.pathParam("version"), flag(ctx, "deleted"));
    }

    private void testCompatibility(Context ctx, String version) {
        List<String> problems = store.compatibilityProblems(subject(ctx), version, SchemaRequest.of(body(ctx)));
        ObjectNode answer = JSON.createObjectNode().put("is_compatible", problems.isEmpty());
        if (flag(ctx, "verbose")) {
            answer.set("messages", JSON.valueToTree(problems));
        }
        json(ctx, answer);
    }

    private static VersionFilter filter(Context ctx) {
        return VersionFilter.of(flag(ctx, "deleted"), flag(ctx, "deletedOnly"));
    }

    private static String prefix(Context ctx) {
        String prefix = ctx.queryParam("subjectPrefix");
        return prefix == null ? "" : prefix;
    }
}
