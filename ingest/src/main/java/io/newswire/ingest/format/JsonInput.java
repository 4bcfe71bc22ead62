package io.newswire.ingest.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Parsing JSON dispatches, and reading their fields with errors that name the field. A name given twice in
 * one object keeps its last value, as JSON.parse and the IPTC ninjs validation tools do (one official ninjs
 * 1.4 example repeats a rendition name).
 */
final class JsonInput {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonInput() {
    }

    /** The top-level object, or array of objects; malformed JSON gives its line and column. */
    static JsonNode parse(byte[] content) throws InvalidDispatchException {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new InvalidDispatchException("Malformed JSON" + at + ": " + readable(e.getOriginalMessage()), null, e);
        } catch (IOException e) {
            throw new InvalidDispatchException("Unreadable JSON: " + e.getMessage(), null, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidDispatchException("Empty JSON document: expected a dispatch object");
        }
        if (!root.isObject() && !root.isArray()) {
            throw new InvalidDispatchException("Expected a JSON object for one dispatch (or an array of them), found " + kind(root), null);
        }
        return root;
    }

    /** A streaming parser over the bytes, with the same limits as {@link #parse}. */
    static JsonParser parser(byte[] content) throws IOException {
        return JSON.getFactory().createParser(content);
    }

    /** Jackson's messages may point at "[Source: REDACTED ...; line: 4, column: 13]": keep just the line and column. */
    private static String readable(String message) {
        return message == null ? "" : message.replaceAll("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]", "line $1, column $2");
    }

    /** A text field; null when absent, null or blank; an error for any other JSON type (a number id is refused). */
    static String text(JsonNode parent, String field) throws InvalidDispatchException {
        JsonNode value = unwrapUnion(parent.get(field));
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidDispatchException(field + " must be a string, not " + kind(value), field);
        }
        return DispatchMetadata.blankToNull(value.asText());
    }

    /** A version: a whole number, or a string holding one. */
    static Integer version(JsonNode parent, String field) throws InvalidDispatchException {
        JsonNode value = unwrapUnion(parent.get(field));
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() || value.isTextual()) {
            return Fields.version(value.asText(), field);
        }
        throw new InvalidDispatchException(field + " must be a whole number, not " + kind(value), field);
    }

    /** An ISO-8601 string, or a whole number of milliseconds since the epoch (as Avro's timestamp-millis). */
    static Instant instant(JsonNode parent, String field) throws InvalidDispatchException {
        JsonNode value = unwrapUnion(parent.get(field));
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return Fields.epochMillis(value.bigIntegerValue(), field);
        }
        if (value.isTextual()) {
            return Fields.instant(value.asText(), field);
        }
        throw new InvalidDispatchException(field + " must be an ISO-8601 date-time string, not " + kind(value), field);
    }

    /** The objects of an array field; empty when absent. */
    static List<JsonNode> objects(JsonNode parent, String field) throws InvalidDispatchException {
        JsonNode value = parent.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            throw new InvalidDispatchException(field + " must be an array, not " + kind(value), field);
        }
        int index = 0;
        for (Iterator<JsonNode> it = value.elements(); it.hasNext(); index++) {
            JsonNode item = it.next();
            if (!item.isObject()) {
                throw new InvalidDispatchException(field + "[" + index + "] must be an object, not " + kind(item), field);
            }
            items.add(item);
        }
        return items;
    }

    /** Avro's own JSON encoding wraps union values: {"string": "fr"}. Accept it too. */
    private static JsonNode unwrapUnion(JsonNode value) {
        if (value != null && value.isObject() && value.size() == 1) {
            String type = value.fieldNames().next();
            if (type.equals("string") || type.equals("int") || type.equals("long")) {
                return value.get(type);
            }
        }
        return value;
    }

    /** The JSON type of a value as a sender would say it: string, number, boolean, object, array, null. */
    static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
