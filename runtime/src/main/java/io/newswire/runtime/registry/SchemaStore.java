package io.newswire.runtime.registry;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.schemas.registry.CompatibilityLevel;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The registry's state (subjects and their versions, soft-deleted ones included; ids; compatibility levels; modes)
 * and Confluent's rules over it. Every change is written to {@code _schemas} first and applied in memory only once
 * Kafka has it, so the topic alone rebuilds the same state at the next start.
 */
final class SchemaStore {
    /** The version number "latest" (or -1) stands for: the newest version not soft-deleted. */
    static final int LATEST = -1;
    static final CompatibilityLevel DEFAULT_LEVEL = CompatibilityLevel.BACKWARD;
    static final RegistryMode DEFAULT_MODE = RegistryMode.READWRITE;
    private static final Logger LOG = LoggerFactory.getLogger(SchemaStore.class);
    private static final Duration RESYNC_TIMEOUT = Duration.ofSeconds(10);

    /** One version of a subject; a soft-deleted one keeps its id resolvable and its number taken. */
    record Version(String subject, int version, int id, String schema, boolean deleted) {
        Version softDeleted() {
            return new Version(subject, version, id, schema, true);
        }
    }

    private final SchemasTopic topic;
    private final Map<String, TreeMap<Integer, Version>> subjects = new TreeMap<>();
    /** The schema of every id some version (live or soft-deleted) holds. */
    private final Map<Integer, String> schemaById = new HashMap<>();
    private final Map<String, Integer> idBySchema = new HashMap<>();
    private final CompatibilityCheck compatibility = new CompatibilityCheck();
    private final SubjectSettings<CompatibilityLevel> levels = new SubjectSettings<>("compatibilityLevel", DEFAULT_LEVEL, CompatibilityLevel::valueOf);
    private final SubjectSettings<RegistryMode> modes = new SubjectSettings<>("mode", DEFAULT_MODE, RegistryMode::valueOf);
    /** Highest id ever seen, deleted ones included: ids are not given twice. */
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

    /**
     * Registers the schema under the subject, or returns the id of the live version that already holds it. In
     * IMPORT mode the request brings the id (and may bring the version) and no compatibility check applies.
     */
    synchronized int register(String subject, SchemaRequest request) {
        Schema schema = request.parsed();
        ensureCurrent();
        RegistryMode mode = mode(subject);
        boolean importing = request.id() != null && request.id() >= 0;
        if (mode.isReadOnly()) {
            throw RegistryError.readOnly(subject);
        }
        if (importing && mode != RegistryMode.IMPORT) {
            throw RegistryError.notPermitted("Subject '" + subject + "' is not in import mode: only IMPORT mode takes a schema with its id");
        }
        if (!importing && mode != RegistryMode.READWRITE) {
            throw RegistryError.notPermitted("Subject '" + subject + "' is not in read-write mode: IMPORT mode takes schemas with their ids only");
        }
        String canonical = schema.toString();
        int id = importing ? request.id() : idBySchema.getOrDefault(canonical, maxId + 1);
        int requestedVersion = request.version() == null ? 0 : request.version();
        List<Version> live = versionsOf(subject, VersionFilter.LIVE);
        if (requestedVersion <= 0) {
            for (Version v : live) {
                if (v.schema().equals(canonical) && (!importing || v.id() == id)) {
                    return v.id();
                }
            }
        }
        if (!importing) {
            CompatibilityLevel level = level(subject);
            List<String> problems = compatibility.problems(level, schema, live);
            if (!problems.isEmpty()) {
                throw RegistryError.incompatible(subject, level.name(), problems.toString());
            }
        } else if (schemaById.containsKey(id) && !schemaById.get(id).equals(canonical)) {
            throw RegistryError.notPermitted("Overwrite new schema with id " + id + " is not permitted: id " + id + " holds another schema");
        }
        List<Version> all = versionsOf(subject, VersionFilter.WITH_DELETED);
        int next = all.isEmpty() ? 1 : all.get(all.size() - 1).version() + 1;
        int version = requestedVersion <= 0 ? next : requestedVersion;
        if (!importing && version != next) {
            throw RegistryError.invalidSchema("Version " + version + " is not one more than the latest version " + (next - 1)
                    + " of subject '" + subject + "'");
        }
        for (Version old : all) {
            // As Confluent does: a soft-deleted version of the same schema goes for good when the schema comes back.
            if (old.deleted() && old.id() == id && old.version() < version) {
                write(StoreRecords.schemaKey(subject, old.version()), null);
            }
        }
        write(StoreRecords.schemaKey(subject, version), StoreRecords.schemaValue(new Version(subject, version, id, canonical, false)));
        LOG.info("Registered schema {} as version {} of {}", id, version, describe(subject));
        return id;
    }

    /** The version of the subject holding this schema (soft-deleted versions too when asked). */
    synchronized Version lookup(String subject, SchemaRequest request, boolean withDeleted) {
        String canonical = request.parsed().toString();
        List<Version> candidates = versionsOf(subject, withDeleted ? VersionFilter.WITH_DELETED : VersionFilter.LIVE);
        if (candidates.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        return candidates.stream().filter(v -> v.schema().equals(canonical)).min(Comparator.comparing(Version::deleted))
                .orElseThrow(() -> RegistryError.schemaNotFound("under subject '" + subject + "'"));
    }

    /** Subjects starting with the prefix that the filter lists, in order. */
    synchronized List<String> subjects(String prefix, VersionFilter filter) {
        return subjects.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && filter.includesSubject(e.getValue().values()))
                .map(Map.Entry::getKey).toList();
    }

    /** The subject's version numbers the filter sees; 40401 when it has none, soft-deleted ones counting only when asked. */
    synchronized List<Integer> versionNumbers(String subject, VersionFilter filter) {
        VersionFilter existence = filter == VersionFilter.LIVE ? VersionFilter.LIVE : VersionFilter.WITH_DELETED;
        if (versionsOf(subject, existence).isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        return versionsOf(subject, filter).stream().map(Version::version).toList();
    }

    /** A version by number (a soft-deleted one only when asked), or the latest live one for "latest" or -1. */
    synchronized Version version(String subject, String versionId, boolean withDeleted) {
        int number = versionNumber(versionId);
        Version found = find(subject, number);
        if (found == null || (found.deleted() && !withDeleted)) {
            if (versionsOf(subject, withDeleted ? VersionFilter.WITH_DELETED : VersionFilter.LIVE).isEmpty()) {
                throw RegistryError.subjectNotFound(subject);
            }
            throw RegistryError.versionNotFound(number);
        }
        return found;
    }

    /** The schema of an id, while any version holds it (soft-deleted ones too, so old records stay readable). */
    synchronized String schema(int id) {
        String schema = schemaById.get(id);
        if (schema == null) {
            throw RegistryError.schemaNotFound(String.valueOf(id));
        }
        return schema;
    }

    /** The subject-versions that hold this schema id. */
    synchronized List<Version> usesOf(int id, boolean withDeleted) {
        schema(id);
        return allVersions().filter(v -> v.id() == id && (withDeleted || !v.deleted())).toList();
    }

    /** Every version of the subjects starting with the prefix, by subject then version; only the last of each when asked. */
    synchronized List<Version> versions(String prefix, boolean withDeleted, boolean latestOnly) {
        VersionFilter filter = withDeleted ? VersionFilter.WITH_DELETED : VersionFilter.LIVE;
        List<Version> found = new ArrayList<>();
        for (String subject : subjects.keySet()) {
            List<Version> versions = subject.startsWith(prefix) ? versionsOf(subject, filter) : List.of();
            found.addAll(latestOnly && !versions.isEmpty() ? versions.subList(versions.size() - 1, versions.size()) : versions);
        }
        return found;
    }

    /**
     * Avro's reasons why the schema may not be registered: against "latest" (or null) the subject's level decides
     * which live versions count (all of them when transitive); against a given version, only that one.
     */
    synchronized List<String> compatibilityProblems(String subject, String versionId, SchemaRequest request) {
        Schema schema = request.parsed();
        CompatibilityLevel level = level(subject);
        if (versionId == null || versionNumber(versionId) == LATEST) {
            return compatibility.problems(level, schema, versionsOf(subject, VersionFilter.LIVE));
        }
        return compatibility.problems(level, schema, List.of(version(subject, versionId, false)));
    }

    /**
     * Soft-deletes the subject's live versions (they stay readable by id and with {@code deleted=true}), or, when
     * permanent, removes every version of a subject already soft-deleted, with its level and mode.
     */
    synchronized List<Integer> deleteSubject(String subject, boolean permanent) {
        ensureCurrent();
        List<Version> all = versionsOf(subject, VersionFilter.WITH_DELETED);
        List<Version> live = versionsOf(subject, VersionFilter.LIVE);
        if (all.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        if (!permanent && live.isEmpty()) {
            throw RegistryError.subjectSoftDeleted(subject);
        }
        if (mode(subject).isReadOnly()) {
            throw RegistryError.readOnly(subject);
        }
        if (!permanent) {
            write(StoreRecords.deleteSubjectKey(subject), StoreRecords.deleteSubjectValue(subject, live.get(live.size() - 1).version()));
            LOG.info("Soft-deleted {} (versions {})", describe(subject), numbers(live));
            return numbers(live);
        }
        if (!live.isEmpty()) {
            throw RegistryError.subjectNotSoftDeleted(subject);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            write(StoreRecords.schemaKey(subject, all.get(i).version()), null);
        }
        forgetSettings(subject);
        LOG.info("Permanently deleted {} (versions {})", describe(subject), numbers(all));
        return numbers(all);
    }

    /** Soft-deletes one version, or permanently removes one already soft-deleted; returns its number. */
    synchronized int deleteVersion(String subject, String versionId, boolean permanent) {
        int number = versionNumber(versionId);
        ensureCurrent();
        Version target = find(subject, number);
        if (target == null) {
            if (versionsOf(subject, VersionFilter.WITH_DELETED).isEmpty()) {
                throw RegistryError.subjectNotFound(subject);
            }
            throw RegistryError.versionNotFound(number);
        }
        if (target.deleted() && !permanent) {
            throw RegistryError.versionSoftDeleted(subject, target.version());
        }
        if (mode(subject).isReadOnly()) {
            throw RegistryError.readOnly(subject);
        }
        if (!permanent) {
            write(StoreRecords.schemaKey(subject, target.version()), StoreRecords.schemaValue(target.softDeleted()));
            LOG.info("Soft-deleted version {} of {}", target.version(), describe(subject));
            return target.version();
        }
        if (!target.deleted()) {
            throw RegistryError.versionNotSoftDeleted(subject, target.version());
        }
        write(StoreRecords.schemaKey(subject, target.version()), null);
        if (versionsOf(subject, VersionFilter.WITH_DELETED).isEmpty()) {
            forgetSettings(subject);
        }
        LOG.info("Permanently deleted version {} of {}", target.version(), describe(subject));
        return target.version();
    }

    synchronized CompatibilityLevel globalLevel() {
        return levels.global();
    }

    synchronized Optional<CompatibilityLevel> subjectLevel(String subject) {
        return levels.own(subject);
    }

    /** Sets the level of a subject, or the global one when subject is null. */
    synchronized void setLevel(String subject, CompatibilityLevel level) {
        ensureCurrent();
        if (mode(subject).isReadOnly()) {
            throw RegistryError.readOnly(subject);
        }
        write(StoreRecords.configKey(subject), StoreRecords.configValue(level));
        LOG.info("Compatibility of {} set to {}", describe(subject), level);
    }

    /** Removes a subject's own level (40401 when it has none), or resets the global one; returns the level removed. */
    synchronized CompatibilityLevel deleteLevel(String subject) {
        ensureCurrent();
        CompatibilityLevel removed = levels.removable(subject);
        if (removed == null) {
            throw RegistryError.subjectNotFound(subject);
        }
        if (mode(subject).isReadOnly()) {
            throw RegistryError.readOnly(subject);
        }
        write(StoreRecords.configKey(subject), null);
        LOG.info("Compatibility of {} removed (was {})", describe(subject), removed);
        return removed;
    }

    synchronized RegistryMode globalMode() {
        return modes.global();
    }

    synchronized Optional<RegistryMode> subjectMode(String subject) {
        return modes.own(subject);
    }

    /**
     * Sets the mode of a subject, or the global one when subject is null. Entering IMPORT needs the subjects concerned
     * to hold no live version (unless forced); their soft-deleted versions are removed, as imports bring their own.
     */
    synchronized void setMode(String subject, RegistryMode mode, boolean force) {
        ensureCurrent();
        if (mode == RegistryMode.IMPORT && mode(subject) != RegistryMode.IMPORT && !force) {
            List<String> concerned = subject == null ? List.copyOf(subjects.keySet()) : List.of(subject);
            if (concerned.stream().anyMatch(s -> !versionsOf(s, VersionFilter.LIVE).isEmpty())) {
                throw RegistryError.notPermitted("Cannot import since found existing subjects");
            }
            for (String s : concerned) {
                for (Version v : versionsOf(s, VersionFilter.WITH_DELETED)) {
                    write(StoreRecords.schemaKey(s, v.version()), null);
                }
            }
        }
        write(StoreRecords.modeKey(subject), StoreRecords.modeValue(subject, mode));
        LOG.info("Mode of {} set to {}", describe(subject), mode);
    }

    /** Removes a subject's own mode (40401 when it has none), or resets the global one; returns the mode removed. */
    synchronized RegistryMode deleteMode(String subject) {
        ensureCurrent();
        RegistryMode removed = modes.removable(subject);
        if (removed == null) {
            throw RegistryError.subjectNotFound(subject);
        }
        write(StoreRecords.modeKey(subject), null);
        LOG.info("Mode of {} removed (was {})", describe(subject), removed);
        return removed;
    }

    synchronized int schemaCount() {
        return schemaById.size();
    }

    private CompatibilityLevel level(String subject) {
        return levels.effective(subject);
    }

    private RegistryMode mode(String subject) {
        return modes.effective(subject);
    }

    /** A subject's level and mode go with its last version. */
    private void forgetSettings(String subject) {
        if (levels.hasOwn(subject)) {
            write(StoreRecords.configKey(subject), null);
        }
        if (modes.hasOwn(subject)) {
            write(StoreRecords.modeKey(subject), null);
        }
    }

    /** The version with this number (soft-deleted or not), or the latest live one for {@link #LATEST}; null if none. */
    private Version find(String subject, int number) {
        if (number == LATEST) {
            List<Version> live = versionsOf(subject, VersionFilter.LIVE);
            return live.isEmpty() ? null : live.get(live.size() - 1);
        }
        TreeMap<Integer, Version> versions = subjects.get(subject);
        return versions == null ? null : versions.get(number);
    }

    private List<Version> versionsOf(String subject, VersionFilter filter) {
        TreeMap<Integer, Version> versions = subjects.get(subject);
        return versions == null ? List.of() : versions.values().stream().filter(filter::includes).toList();
    }

    private Stream<Version> allVersions() {
        return subjects.values().stream().map(TreeMap::values).flatMap(Collection::stream);
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
        subjects.clear();
        schemaById.clear();
        idBySchema.clear();
        compatibility.clear();
        levels.clear();
        modes.clear();
        maxId = 0;
        entries.forEach(e -> apply(e.key(), e.value()));
    }

    /** Applies one record of {@code _schemas} (value null: a tombstone); kinds this registry does not use are skipped. */
    private void apply(JsonNode key, JsonNode value) {
        String keytype = key.path("keytype").asText("");
        String subject = key.path("subject").isTextual() ? key.path("subject").asText() : null;
        switch (keytype) {
            case StoreRecords.SCHEMA -> applySchema(subject, key.path("version").asInt(), value);
            case StoreRecords.DELETE_SUBJECT -> applySubjectDeletion(subject, value);
            case StoreRecords.CONFIG -> levels.apply(subject, value);
            case StoreRecords.MODE -> modes.apply(subject, value);
            default -> LOG.debug("Skipping {} record of {}", key.path("keytype"), SchemasTopic.NAME);
        }
    }

    private void applySchema(String subject, int version, JsonNode value) {
        if (value != null) {
            maxId = Math.max(maxId, value.path("id").asInt());
            if (!"AVRO".equals(value.path("schemaType").asText("AVRO"))) {
                LOG.warn("Skipping {} schema {} of {}: only AVRO is served", value.path("schemaType"), value.path("id"), describe(subject));
                return;
            }
        }
        TreeMap<Integer, Version> versions = subjects.computeIfAbsent(subject, s -> new TreeMap<>());
        Version replaced;
        if (value == null) {
            replaced = versions.remove(version);
        } else {
            int id = value.path("id").asInt();
            String schema = value.path("schema").asText();
            replaced = versions.put(version, new Version(subject, version, id, schema, value.path("deleted").asBoolean(false)));
            schemaById.put(id, schema);
            idBySchema.putIfAbsent(schema, id);
        }
        if (versions.isEmpty()) {
            subjects.remove(subject);
        }
        if (replaced != null) {
            forgetIdIfUnused(replaced.id());
        }
    }

    private void applySubjectDeletion(String subject, JsonNode value) {
        TreeMap<Integer, Version> versions = subjects.get(subject);
        if (value == null || versions == null) {
            return;
        }
        versions.headMap(value.path("version").asInt(), true).replaceAll((number, v) -> v.softDeleted());
    }

    private void forgetIdIfUnused(int id) {
        if (allVersions().noneMatch(v -> v.id() == id)) {
            String schema = schemaById.remove(id);
            if (schema != null) {
                idBySchema.remove(schema, id);
            }
            compatibility.forget(id);
        }
    }

    private static List<Integer> numbers(List<Version> versions) {
        return versions.stream().map(Version::version).toList();
    }

    /** A subject as logs show it: quoted and escaped, since names come from clients. */
    static String describe(String subject) {
        return subject == null ? "the registry" : "subject \"" + new String(JsonStringEncoder.getInstance().quoteAsString(subject)) + "\"";
    }

    /** A version id as Confluent takes them: 1 to 2^31-1, or "latest" / -1. */
    static int versionNumber(String versionId) {
        if (versionId.toLowerCase(Locale.ROOT).equals("latest")) {
            return LATEST;
        }
        try {
            int number = Integer.parseInt(versionId);
            if (number == LATEST || number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Fall through to the error below.
        }
        throw RegistryError.invalidVersion(versionId);
    }
}
