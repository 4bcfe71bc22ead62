package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newswire.schemas.registry.CompatibilityLevel;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import static io.newswire.runtime.registry.RegistryHttp.body;
import static io.newswire.runtime.registry.RegistryHttp.flag;
import static io.newswire.runtime.registry.RegistryHttp.json;
import static io.newswire.runtime.registry.RegistryHttp.subject;
import static io.newswire.runtime.registry.RegistryHttp.text;

/** Compatibility levels ({@code /config}) and modes ({@code /mode}), global and per subject. */
final class SettingsRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaStore store;

    SettingsRoutes(SchemaStore store) {
        this.store = store;
    }

    void addTo(Javalin app) {
        app.get("/config", ctx -> level(ctx, store.globalLevel()));
        app.put("/config", ctx -> setLevel(ctx, null));
        app.delete("/config", ctx -> level(ctx, store.deleteLevel(null)));
        app.get("/config/{subject}", ctx -> level(ctx, ownOrGlobal(ctx, store.subjectLevel(subject(ctx)), store::globalLevel,
                () -> RegistryError.subjectLevelConfigNotFound(subject(ctx)))));
        app.put("/config/{subject}", ctx -> setLevel(ctx, subject(ctx)));
        app.delete("/config/{subject}", ctx -> level(ctx, store.deleteLevel(subject(ctx))));

        app.get("/mode", ctx -> mode(ctx, store.globalMode()));
        app.put("/mode", ctx -> setMode(ctx, null));
        app.delete("/mode", ctx -> mode(ctx, store.deleteMode(null)));
        app.get("/mode/{subject}", ctx -> mode(ctx, ownOrGlobal(ctx, store.subjectMode(subject(ctx)), store::globalMode,
                () -> RegistryError.subjectModeNotFound(subject(ctx)))));
        app.put("/mode/{subject}", ctx -> setMode(ctx, subject(ctx)));
        app.delete("/mode/{subject}", ctx -> mode(ctx, store.deleteMode(subject(ctx))));
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

    /** Confluent echoes the request: {"mode": ...}; {@code force=true} enters IMPORT even with schemas present. */
    private void setMode(Context ctx, String subject) {
        RegistryMode mode = RegistryMode.named(text(body(ctx), "mode"));
        store.setMode(subject, mode, flag(ctx, "force"));
        mode(ctx, mode);
    }

    /** A subject's own setting; the global one instead with {@code defaultToGlobal=true}; else the "not configured" 404. */
    private static <T> T ownOrGlobal(Context ctx, Optional<T> own, Supplier<T> global, Supplier<RegistryError> notConfigured) {
        if (own.isPresent()) {
            return own.get();
        }
        if (flag(ctx, "defaultToGlobal")) {
            return global.get();
        }
        throw notConfigured.get();
    }

    private static void level(Context ctx, CompatibilityLevel level) {
        json(ctx, JSON.createObjectNode().put("compatibilityLevel", level.name()));
    }

    private static void mode(Context ctx, RegistryMode mode) {
        json(ctx, JSON.createObjectNode().put("mode", mode.name()));
    }
}
