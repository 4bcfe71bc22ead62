package io.newswire.schemas.registry;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

import java.util.List;

/** Confluent's compatibility levels, checked with Avro's own {@link SchemaCompatibility}. */
public enum CompatibilityLevel {
    NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE;

    /**
     * Whether a new schema is compatible with the existing versions (oldest first) at this level.
     * Non-transitive levels only check the latest version.
     */
    public boolean isCompatible(Schema candidate, List<Schema> existingOldestFirst) {
        if (this == NONE || existingOldestFirst.isEmpty()) {
            return true;
        }
        List<Schema> against = name().endsWith("_TRANSITIVE")
                ? existingOldestFirst
                : List.of(existingOldestFirst.get(existingOldestFirst.size() - 1));
        for (Schema existing : against) {
            if (!isCompatible(candidate, existing)) {
                return false;
            }
        }
        return true;
    }

    private boolean isCompatible(Schema candidate, Schema existing) {
        boolean backward = readable(candidate, existing);
        boolean forward = readable(existing, candidate);
        return switch (this) {
            case BACKWARD, BACKWARD_TRANSITIVE -> backward;
            case FORWARD, FORWARD_TRANSITIVE -> forward;
            case FULL, FULL_TRANSITIVE -> backward && forward;
            case NONE -> true;
        };
    }

    private static boolean readable(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
                == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE;
    }
}
