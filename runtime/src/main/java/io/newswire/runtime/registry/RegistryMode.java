package io.newswire.runtime.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Confluent's registry modes: whether the registry, or one subject, takes new schemas, and with which ids. */
enum RegistryMode {
    /** Normal use: new schemas get the next id and version, after the compatibility check. */
    READWRITE,
    /** Nothing changes: registrations, deletions and compatibility changes are refused (42205). */
    READONLY,
    /** Confluent's older spelling of READONLY, kept because its clients may still send it. */
    READONLY_OVERRIDE,
    /** Migration from another registry: each registration brings its own id (and version), unchecked. */
    IMPORT;

    boolean isReadOnly() {
        return this == READONLY || this == READONLY_OVERRIDE;
    }

    /** The mode named (any case), or 42204 listing the valid ones. */
    static RegistryMode named(String name) {
        try {
            return valueOf(name == null ? "" : name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RegistryError.invalidMode(name, Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
