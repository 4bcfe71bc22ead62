package io.newswire.schemas.registry;

import org.apache.avro.Schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A registry held in memory, with the same ids, versions and compatibility rules as the real one.
 * For TopologyTestDriver tests and the offline {@code tag} command, where no registry runs.
 */
public final class InMemorySchemaRegistry implements SchemaRegistry {
    private final Map<Integer, Schema> byId = new HashMap<>();
    private final Map<Schema, Integer> idBySchema = new HashMap<>();
    private final Map<String, List<RegisteredSchema>> subjects = new HashMap<>();
    private final Map<String, CompatibilityLevel> levels = new HashMap<>();
    private CompatibilityLevel global = CompatibilityLevel.BACKWARD;

    @Override
    public synchronized int register(String subject, Schema schema) {
        List<RegisteredSchema> versions = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
        for (RegisteredSchema v : versions) {
            if (v.schema().equals(schema)) {
                return v.id();
            }
        }
        if (!testCompatibility(subject, schema)) {
            throw new SchemaRegistryException(409, 409, "Schema being registered is incompatible with an earlier schema for subject \"" + subject + "\"");
        }
        int id = idBySchema.computeIfAbsent(schema, s -> {
            int next = byId.size() + 1;
            byId.put(next, s);
            return next;
        });
        versions.add(new RegisteredSchema(subject, id, versions.size() + 1, schema));
        return id;
    }

    @Override
    public synchronized Schema getById(int id) {
        Schema schema = byId.get(id);
        if (schema == null) {
            throw new SchemaRegistryException(404, 40403, "Schema " + id + " not found");
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, Schema schema) {
        return versions(subject).stream().filter(v -> v.schema().equals(schema)).findFirst()
                .orElseThrow(() -> new SchemaRegistryException(404, 40403, "Schema not found under subject " + subject));
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        List<RegisteredSchema> versions = versions(subject);
        return versions.get(versions.size() - 1);
    }

    @Override
    public synchronized boolean testCompatibility(String subject, Schema schema) {
        List<Schema> existing = subjects.getOrDefault(subject, List.of()).stream().map(RegisteredSchema::schema).toList();
        return compatibility(subject).isCompatible(schema, existing);
    }

    @Override
    public synchronized CompatibilityLevel compatibility(String subject) {
        return subject == null ? global : levels.getOrDefault(subject, global);
    }

    @Override
    public synchronized void setCompatibility(String subject, CompatibilityLevel level) {
        if (subject == null) {
            global = level;
        } else {
            levels.put(subject, level);
        }
    }

    private List<RegisteredSchema> versions(String subject) {
        List<RegisteredSchema> versions = subjects.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw new SchemaRegistryException(404, 40401, "Subject '" + subject + "' not found.");
        }
        return versions;
    }
}
