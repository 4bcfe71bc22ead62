package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.schemas.registry.CompatibilityLevel;

/**
 * The records of {@code _schemas} in Confluent's own JSON format, so either registry reads the other's topic. Keys
 * keep Confluent's field order: compaction compares key bytes. A null value (tombstone) removes what its key held.
 */
final class StoreRecords {
    static final String SCHEMA = "SCHEMA";
    static final String CONFIG = "CONFIG";
    static final String MODE = "MODE";
    /** Soft deletion of a subject: every version up to the value's {@code version} counts as deleted. */
    static final String DELETE_SUBJECT = "DELETE_SUBJECT";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreRecords() {
    }

    static ObjectNode schemaKey(String subject, int version) {
        return JSON.createObjectNode().put("keytype", SCHEMA).put("subject", subject).put("version", version).put("magic", 1);
    }

    static ObjectNode schemaValue(SchemaStore.Version v) {
        return JSON.createObjectNode().put("subject", v.subject()).put("version", v.version()).put("id", v.id())
                .put("schema", v.schema()).put("deleted", v.deleted());
    }

    /** The key of a subject's compatibility level, or of the global one when subject is null. */
    static ObjectNode configKey(String subject) {
        return subjectKey(CONFIG, subject);
    }

    static ObjectNode configValue(CompatibilityLevel level) {
        return JSON.createObjectNode().put("compatibilityLevel", level.name());
    }

    /** The key of a subject's mode, or of the global one when subject is null. */
    static ObjectNode modeKey(String subject) {
        return subjectKey(MODE, subject);
    }

    static ObjectNode modeValue(String subject, RegistryMode mode) {
        return JSON.createObjectNode().put("subject", subject).put("mode", mode.name());
    }

    static ObjectNode deleteSubjectKey(String subject) {
        return subjectKey(DELETE_SUBJECT, subject);
    }

    static ObjectNode deleteSubjectValue(String subject, int upToVersion) {
        return JSON.createObjectNode().put("subject", subject).put("version", upToVersion);
    }

    private static ObjectNode subjectKey(String keytype, String subject) {
        return JSON.createObjectNode().put("keytype", keytype).put("subject", subject).put("magic", 0);
    }
}
