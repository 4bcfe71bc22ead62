package io.newswire.core.health;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What an app's {@code /health} says: the state of each part it needs (Kafka, the registry, its Streams app), whether
 * it is alive (a restart would help otherwise) and whether it is ready (every part up), and a few facts of its own.
 */
public final class Health {
    private final List<Supplier<Collection<Part>>> parts = new ArrayList<>();
    private final List<Supplier<Map<String, Object>>> facts = new ArrayList<>();

    /** One thing the app needs, and how it is. */
    public record Part(String name, boolean up, boolean alive, Map<String, Object> detail) {
        /** A part that is up or down; a part that is down does not make the app dead. */
        public static Part of(String name, boolean up, Map<String, Object> detail) {
            return new Part(name, up, true, detail);
        }
    }

    /** A snapshot: {@code body} is what {@code /health} answers, 200 when ready, 503 otherwise. */
    public record Report(boolean live, boolean ready, Map<String, Object> body) {
    }

    /** Adds parts (Kafka and the registry from a {@link DependencyWatch}, the Streams app from {@link StreamsHealth}). */
    public Health parts(Supplier<Collection<Part>> more) {
        parts.add(more);
        return this;
    }

    /** Adds facts the answer carries after the parts, e.g. ingest's number of published dispatches. */
    public Health facts(Supplier<Map<String, Object>> more) {
        facts.add(more);
        return this;
    }

    public Report report() {
        boolean live = true;
        boolean ready = true;
        Map<String, Object> detail = new LinkedHashMap<>();
        for (Supplier<Collection<Part>> source : parts) {
            for (Part part : source.get()) {
                live &= part.alive();
                ready &= part.up();
                Map<String, Object> state = new LinkedHashMap<>();
                state.put("status", part.up() ? "UP" : "DOWN");
                state.putAll(part.detail());
                detail.put(part.name(), state);
            }
        }
        ready &= live;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "UP" : "DOWN");
        body.put("live", live);
        body.put("ready", ready);
        body.putAll(detail);
        facts.forEach(f -> body.putAll(f.get()));
        return new Report(live, ready, body);
    }
}
