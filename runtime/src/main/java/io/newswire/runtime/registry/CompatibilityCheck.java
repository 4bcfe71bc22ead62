package io.newswire.runtime.registry;

import io.newswire.schemas.registry.CompatibilityLevel;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Avro's reasons why a schema may not follow a subject's versions at a compatibility level. */
final class CompatibilityCheck {
    /** Registered schemas never change under their id, so each is parsed once. */
    private final Map<Integer, Schema> parsedById = new HashMap<>();

    /** Transitive levels check every given version (oldest first), the others only the last one. */
    List<String> problems(CompatibilityLevel level, Schema candidate, List<SchemaStore.Version> existing) {
        if (level == CompatibilityLevel.NONE || existing.isEmpty()) {
            return List.of();
        }
        boolean transitive = level.name().endsWith("_TRANSITIVE");
        List<SchemaStore.Version> against = transitive ? existing : List.of(existing.get(existing.size() - 1));
        List<String> problems = new ArrayList<>();
        for (SchemaStore.Version v : against) {
            Schema old = parsedById.computeIfAbsent(v.id(), id -> new Schema.Parser().parse(v.schema()));
            if (!level.isCompatible(candidate, List.of(old))) {
                problems.add("version " + v.version() + ": " + describe(level, candidate, old));
            }
        }
        return problems;
    }

    /** Drops a schema whose id no version holds any more. */
    void forget(int id) {
        parsedById.remove(id);
    }

    void clear() {
        parsedById.clear();
    }

    private static String describe(CompatibilityLevel level, Schema candidate, Schema old) {
        List<String> reasons = new ArrayList<>();
        String name = level.name();
        if (name.startsWith("BACKWARD") || name.startsWith("FULL")) {
            reasons.addAll(reasons(candidate, old, "reading data written with it"));
        }
        if (name.startsWith("FORWARD") || name.startsWith("FULL")) {
            reasons.addAll(reasons(old, candidate, "being read by it"));
        }
        return String.join("; ", reasons);
    }

    private static List<String> reasons(Schema reader, Schema writer, String direction) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult().getIncompatibilities().stream()
                .map(i -> i.getType() + " at " + i.getLocation() + " (" + direction + "): " + i.getMessage())
                .toList();
    }
}
