package io.newswire.schemas.registry;

import org.apache.avro.Schema;

/** One version of a subject: its global id, version number within the subject and schema. */
public record RegisteredSchema(String subject, int id, int version, Schema schema) {
}
