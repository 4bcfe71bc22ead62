package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.schemas.registry.CompatibilityLevel;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The registry's state (subjects, versions, ids, compatibility levels) and its rules. Every change is
 * written to {@code _schemas} first and applied in memory only once Kafka has it, so the topic alone
 * rebuilds the same state at the next start.
 */
final class SchemaStore {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RESYNC_TIMEOUT = Duration.ofSeconds(10);

    /** One version of a subject. */
    record Version(String subject, int version, int id, String schema) {
    }

    private final SchemasTopic topic;
    private final Map<Integer, String> schemaById = new HashMap<>();
    private final Map<String, Integer> idBySchema = new HashMap<>();
    private final Map<Integer, Schema> parsedById = new HashMap<>();
    private final Map<String, TreeMap<Integer, Version>> subjects = new TreeMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
    private int maxId;
    /** A write failed: Kafka may hold it or not, so the topic is read again before the next change. */
    private boolean unsure;

    private SchemaStore(SchemasTopic topic) {
        this.topic = topic;
    }

    /** The state as the topic holds it now. */
    static SchemaStore rebuiltFrom(SchemasTopic topic) {
        SchemaStore store = new SchemaStore(topic);
        store.rebuild(topic.readToEnd());
        return store;
    }

    /** Registers the schema under the subject, or returns the id it already has there. */
    synchronized int register(String subject, SchemaRequest request) {
        Schema schema = request.parsed();
        ensureCurrent();
        String canonical = schema.toString();
        for (Version v : versionsOf(subject)) {
            if (v.schema().equals(canonical)) {
                return v.id();
            }
        }
        CompatibilityLevel level = level(subject);
        List<String> problems = problems(level, schema, versionsOf(subject));
        if (!problems.isEmpty()) {
            throw RegistryError.incompatible(subject, level.name(), problems.toString());
        }
        int id = idBySchema.getOrDefault(canonical, maxId + 1);
        int version = subjects.containsKey(subject) ? subjects.get(subject).lastKey() + 1 : 1;
        ObjectNode key = JSON.createObjectNode().put("keytype", "SCHEMA").put("subject", subject).put("version", version).put("magic", 1);
        ObjectNode value = JSON.createObjectNode().put("subject", subject).put("version", version).put("id", id)
                .put("schema", canonical).put("deleted", false);
        write(key, value);
        LOG.info("Registered schema {} as version {} of subject '{}'", id, version, subject);
        return id;
    }

    /** The version of the subject holding this schema. */
    synchronized Version lookup(String subject, SchemaRequest request) {
        String canonical = request.parsed().toString();
        if (!subjects.containsKey(subject)) {
            throw RegistryError.subjectNotFound(subject);
        }
        return versionsOf(subject).stream().filter(v -> v.schema().equals(canonical)).findFirst()
                .orElseThrow(() -> RegistryError.schemaNotFound("under subject '" + subject + "'"));
    }

    synchronized List<String> subjects() {
        return List.copyOf(subjects.keySet());
    }

    synchronized List<Integer> versionNumbers(String subject) {
        TreeMap<Integer, Version> versions = subjects.get(subject);
        if (versions == null) {
            throw RegistryError.subjectNotFound(subject);
        }
        return List.copyOf(versions.keySet());
    }

    /** A version by number, or the latest for "latest" or -1. */
    synchronized Version version(String subject, String versionId) {
        int number = versionNumber(versionId);
        TreeMap<Integer, Version> versions = subjects.get(subject);
        if (versions == null) {
            throw RegistryError.subjectNotFound(subject);
        }
        if (number == -1) {
            return versions.lastEntry().getValue();
        }
        Version version = versions.get(number);
        if (version == null) {
            throw RegistryError.versionNotFound(number);
        }
        return version;
    }

    synchronized String schema(int id) {
        String schema = schemaById.get(id);
        if (schema == null) {
            throw RegistryError.schemaNotFound(String.valueOf(id));
        }
        return schema;
    }

    /** The subject-versions that hold this schema id. */
    synchronized List<Version> usesOf(int id) {
        schema(id);
        return subjects.values().stream().flatMap(v -> v.values().stream()).filter(v -> v.id() == id).toList();
    }

    /**
     * Avro's reasons why the schema may not be registered: against "latest" (or null) the subject's level decides
     * which versions count (all of them when transitive); against a given version, only that one.
     */
    synchronized List<String> compatibilityProblems(String subject, String versionId, SchemaRequest request) {
        Schema schema = request.parsed();
        CompatibilityLevel level = level(subject);
        if (versionId == null || versionNumber(versionId) == -1) {
            return problems(level, schema, versionsOf(subject));
        }
        return problems(level, schema, List.of(version(subject, versionId)));
    }

    synchronized CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    synchronized Optional<CompatibilityLevel> subjectLevel(String subject) {
        return Optional.ofNullable(subjectLevels.get(subject));
    }

    /** Sets the level of a subject, or the global one when subject is null. */
    synchronized void setLevel(String subject, CompatibilityLevel level) {
        ObjectNode key = JSON.createObjectNode().put("keytype", "CONFIG").put("subject", subject).put("magic", 0);
        ObjectNode value = JSON.createObjectNode().put("compatibilityLevel", level.name());
        ensureCurrent();
        write(key, value);
        LOG.info("Compatibility of {} set to {}", subject == null ? "the registry" : "subject '" + subject + "'", level);
    }

    synchronized int schemaCount() {
        return schemaById.size();
    }

    /** Writes to Kafka, then applies in memory; a failed write leaves the state unsure until re-read. */
    private void write(ObjectNode key, ObjectNode value) {
        try {
            topic.write(key, value);
        } catch (RegistryError e) {
            unsure = true;
            throw e;
        }
        apply(key, value);
    }

    private void ensureCurrent() {
        if (!unsure) {
            return;
        }
        try {
            rebuild(topic.readToEnd(RESYNC_TIMEOUT));
            unsure = false;
            LOG.info("Re-read {} after a failed write: {} schemas", SchemasTopic.NAME, schemaById.size());
        } catch (RuntimeException e) {
            throw RegistryError.storeFailed("re-reading " + SchemasTopic.NAME + " after a failed write", e);
        }
    }

    private void rebuild(List<SchemasTopic.Entry> entries) {
        schemaById.clear();
        idBySchema.clear();
        parsedById.clear();
        subjects.clear();
        subjectLevels.clear();
        globalLevel = CompatibilityLevel.BACKWARD;
        maxId = 0;
        entries.forEach(e -> apply(e.key(), e.value()));
    }

    /** Applies one record of {@code _schemas}; records of kinds this registry does not use are skipped. */
    private void apply(JsonNode key, JsonNode value) {
        String keytype = key.path("keytype").asText("");
        String subject = key.path("subject").isNull() || key.path("subject").isMissingNode() ? null : key.path("subject").asText();
        switch (keytype) {
            case "SCHEMA" -> applySchema(subject, key.path("version").asInt(), value);
            case "CONFIG" -> applyConfig(subject, value);
            default -> LOG.debug("Skipping {} record of {}", keytype, SchemasTopic.NAME);
        }
    }

    private void applySchema(String subject, int version, JsonNode value) {
        TreeMap<Integer, Version> versions = subjects.computeIfAbsent(subject, s -> new TreeMap<>());
        if (value == null || value.path("deleted").asBoolean(false)) {
            versions.remove(version);
            if (versions.isEmpty()) {
                subjects.remove(subject);
            }
            return;
        }
        int id = value.path("id").asInt();
        String schema = value.path("schema").asText();
        if (!"AVRO".equals(value.path("schemaType").asText("AVRO"))) {
            LOG.warn("Skipping {} schema {} of subject '{}': only AVRO is served", value.path("schemaType").asText(), id, subject);
            return;
        }
        versions.put(version, new Version(subject, version, id, schema));
        schemaById.put(id, schema);
        idBySchema.putIfAbsent(schema, id);
        maxId = Math.max(maxId, id);
    }

    private void applyConfig(String subject, JsonNode value) {
        if (value == null || !value.hasNonNull("compatibilityLevel")) {
            if (subject != null) {
                subjectLevels.remove(subject);
            }
            return;
        }
        CompatibilityLevel level = CompatibilityLevel.valueOf(value.get("compatibilityLevel").asText());
        if (subject == null) {
            globalLevel = level;
        } else {
            subjectLevels.put(subject, level);
        }
    }

    private CompatibilityLevel level(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    private List<Version> versionsOf(String subject) {
        TreeMap<Integer, Version> versions = subjects.get(subject);
        return versions == null ? List.of() : new ArrayList<>(versions.values());
    }

    /** Transitive levels check every given version, the others only the last one. */
    private List<String> problems(CompatibilityLevel level, Schema candidate, List<Version> existing) {
        if (level == CompatibilityLevel.NONE || existing.isEmpty()) {
            return List.of();
        }
        boolean transitive = level.name().endsWith("_TRANSITIVE");
        List<Version> against = transitive ? existing : List.of(existing.get(existing.size() - 1));
        List<String> problems = new ArrayList<>();
        for (Version v : against) {
            Schema old = parsedById.computeIfAbsent(v.id(), id -> new Schema.Parser().parse(v.schema()));
            if (!level.isCompatible(candidate, List.of(old))) {
                problems.add("version " + v.version() + ": " + describe(level, candidate, old));
            }
        }
        return problems;
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
                .collect(Collectors.toList());
    }

    private static int versionNumber(String versionId) {
        if (versionId.toLowerCase(Locale.ROOT).equals("latest")) {
            return -1;
        }
        try {
            int number = Integer.parseInt(versionId);
            if (number == -1 || number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Fall through to the error below.
        }
        throw RegistryError.invalidVersion(versionId);
    }
}
