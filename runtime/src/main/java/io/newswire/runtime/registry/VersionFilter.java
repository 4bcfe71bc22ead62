package io.newswire.runtime.registry;

import java.util.Collection;

/** Which versions a read sees, as Confluent's {@code deleted} and {@code deletedOnly} query parameters choose. */
enum VersionFilter {
    /** The default: versions not soft-deleted. */
    LIVE,
    /** {@code deleted=true}: soft-deleted versions too. */
    WITH_DELETED,
    /** {@code deletedOnly=true}: soft-deleted versions only. */
    DELETED_ONLY;

    static VersionFilter of(boolean deleted, boolean deletedOnly) {
        return deletedOnly ? DELETED_ONLY : deleted ? WITH_DELETED : LIVE;
    }

    boolean includes(SchemaStore.Version version) {
        return switch (this) {
            case LIVE -> !version.deleted();
            case WITH_DELETED -> true;
            case DELETED_ONLY -> version.deleted();
        };
    }

    /** Whether a subject with these versions is listed: with a live version, with any, or with soft-deleted ones only. */
    boolean includesSubject(Collection<SchemaStore.Version> versions) {
        return switch (this) {
            case LIVE -> versions.stream().anyMatch(v -> !v.deleted());
            case WITH_DELETED -> !versions.isEmpty();
            case DELETED_ONLY -> !versions.isEmpty() && versions.stream().allMatch(SchemaStore.Version::deleted);
        };
    }
}
