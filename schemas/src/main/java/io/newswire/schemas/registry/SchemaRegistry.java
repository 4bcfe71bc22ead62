package io.newswire.schemas.registry;

import org.apache.avro.Schema;

/**
 * What the serdes need from a Confluent-compatible schema registry.
 * Implemented over HTTP (Confluent REST API v1) and in memory (for TopologyTestDriver tests).
 */
public interface SchemaRegistry extends AutoCloseable {

    /** Registers the schema under the subject (or finds it if already there) and returns its global id. */
    int register(String subject, Schema schema);

    /** The schema with this global id. */
    Schema getById(int id);

    /** The version of the subject that holds this schema. */
    RegisteredSchema lookup(String subject, Schema schema);

    /** The latest version registered under the subject. */
    RegisteredSchema latest(String subject);

    /** Whether the schema may be registered under the subject at the subject's compatibility level. */
    boolean testCompatibility(String subject, Schema schema);

    /** The compatibility level of the subject, or the global one when subject is null or has none of its own. */
    CompatibilityLevel compatibility(String subject);

    /** Sets the compatibility level of a subject, or the global level when subject is null. */
    void setCompatibility(String subject, CompatibilityLevel level);

    @Override
    default void close() {
    }
}
