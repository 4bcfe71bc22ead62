package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.avro.Schema;

/**
 * The body of a registration, lookup or compatibility request: the schema, its type and references, and the id
 * and version an import gives (null otherwise).
 */
record SchemaRequest(String schema, String schemaType, JsonNode references, Integer id, Integer version) {

    static SchemaRequest of(JsonNode body) {
        return new SchemaRequest(RegistryHttp.text(body, "schema"), RegistryHttp.text(body, "schemaType"), body.get("references"),
                number(body, "id"), number(body, "version"));
    }

    /** The Avro schema, or 422/42201 saying why there is none. */
    Schema parsed() {
        if (schemaType != null && !schemaType.equalsIgnoreCase("AVRO")) {
            throw RegistryError.invalidSchema("Schema type " + schemaType + " is not supported: this registry serves AVRO schemas only");
        }
        if (references != null && references.isArray() && !references.isEmpty()) {
            throw RegistryError.invalidSchema("Schema references are not supported: send the schema with its named types inline");
        }
        if (schema == null || schema.isBlank()) {
            throw RegistryError.invalidSchema("Empty schema");
        }
        try {
            return new Schema.Parser().parse(schema);
        } catch (RuntimeException e) {
            // Avro reports bad schemas with SchemaParseException, AvroRuntimeException and IllegalArgumentException alike.
            throw RegistryError.invalidSchema("Invalid schema: " + e.getMessage());
        }
    }

    private static Integer number(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt()) {
            throw RegistryError.badRequest("'" + field + "' must be an integer, not " + value);
        }
        return value.asInt();
    }
}
