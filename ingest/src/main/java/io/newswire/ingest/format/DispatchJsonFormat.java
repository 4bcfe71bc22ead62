package io.newswire.ingest.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.schemas.Dispatch;

import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Our own Dispatch JSON: the fields of {@code Dispatch.avsc} as a plain JSON object ({@code published} as
 * ISO-8601 or epoch milliseconds; {@code received} and {@code format} are set by ingest and ignored).
 * Unknown fields are refused, so a typo such as "headine" does not silently lose the headline.
 */
final class DispatchJsonFormat {
    static final String NAME = "dispatch-json";
    static final Set<String> FIELDS = Set.of("id", "version", "source", "language", "headline", "body",
            "dateline", "published", "received", "url", "format", "metadata");

    private DispatchJsonFormat() {
    }

    /**
     * Reads a well-formed Dispatch JSON object straight from the bytes, without a tree: the common post. Returns null
     * for anything else (an array, ninjs, a field of an unexpected type, a value Avro's JSON wraps, a dispatch that
     * would be refused, malformed JSON), which the tree reader then reads or refuses with its own words, so that
     * every answer but the fast one is the tree reader's.
     */
    static Dispatch readPlain(byte[] content, DispatchMetadata defaults, Instant received) {
        try (JsonParser json = JsonInput.parser(content)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            DispatchDraft draft = new DispatchDraft();
            Map<String, String> metadata = null;
            for (JsonToken token = json.nextToken(); token == JsonToken.FIELD_NAME; token = json.nextToken()) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                switch (name) {
                    case "id" -> draft.id = plainText(json, value);
                    case "body" -> draft.body = plainText(json, value);
                    case "source" -> draft.source = plainText(json, value);
                    case "language" -> draft.language = plainText(json, value);
                    case "headline" -> draft.headline = plainText(json, value);
                    case "dateline" -> draft.dateline = plainText(json, value);
                    case "url" -> draft.url = plainText(json, value);
                    case "version" -> draft.version = value == JsonToken.VALUE_NULL ? null
                            : value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_STRING ? Fields.version(json.getText(), name) : Unread.<Integer>fail();
                    case "published" -> draft.published = value == JsonToken.VALUE_NULL ? null
                            : value == JsonToken.VALUE_NUMBER_INT ? Fields.epochMillis(json.getBigIntegerValue(), name)
                            : value == JsonToken.VALUE_STRING ? Fields.instant(json.getText(), name) : Unread.<Instant>fail();
                    case "received", "format" -> json.skipChildren();   // ingest's to set: ignored, as the tree reader does
                    case "metadata" -> {
                        if (metadata != null) {
                            return null;   // given twice: the tree keeps the last object whole
                        }
                        metadata = plainMetadata(json, value);
                    }
                    default -> {
                        return null;
                    }
                }
            }
            if (json.currentToken() != JsonToken.END_OBJECT || json.nextToken() != null) {
                return null;
            }
            draft.requireId(defaults, "add an \"id\" field (or the id query parameter)");
            draft.requireText("the dispatch has no \"body\", or a blank one");
            if (metadata != null) {
                metadata.forEach(draft::meta);
            }
            return draft.build(defaults, NAME, received);
        } catch (IOException | InvalidDispatchException | Unread e) {
            return null;
        }
    }

    /** A string or null; anything else is left to the tree reader. */
    private static String plainText(JsonParser json, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> DispatchMetadata.blankToNull(json.getText());
            default -> Unread.<String>fail();
        };
    }

    /** An object of strings (nulls kept, a key given twice keeps its first place and last value, as the tree does). */
    private static Map<String, String> plainMetadata(JsonParser json, JsonToken value) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        if (value == JsonToken.VALUE_NULL) {
            return metadata;
        }
        if (value != JsonToken.START_OBJECT) {
            return Unread.fail();
        }
        for (JsonToken token = json.nextToken(); token == JsonToken.FIELD_NAME; token = json.nextToken()) {
            String key = json.currentName();
            metadata.put(key, plainText(json, json.nextToken()));
        }
        return metadata;
    }

    /** A document the plain reader leaves to the tree reader; thrown without a stack trace, it costs nothing to build. */
    private static final class Unread extends RuntimeException {
        private static final Unread INSTANCE = new Unread();

        private Unread() {
            super(null, null, false, false);
        }

        static <T> T fail() {
            throw INSTANCE;
        }
    }

    static Dispatch read(ObjectNode json, DispatchMetadata defaults, Instant received) throws InvalidDispatchException {
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidDispatchException("Unknown field '" + name + "' in Dispatch JSON; the fields are " + String.join(", ", FIELDS.stream().sorted().toList()), name);
            }
        }
        DispatchDraft draft = new DispatchDraft();
        draft.id = JsonInput.text(json, "id");
        draft.requireId(defaults, "add an \"id\" field (or the id query parameter)");
        draft.body = JsonInput.text(json, "body");
        draft.requireText("the dispatch has no \"body\", or a blank one");
        draft.version = JsonInput.version(json, "version");
        draft.source = JsonInput.text(json, "source");
        draft.language = JsonInput.text(json, "language");
        draft.headline = JsonInput.text(json, "headline");
        draft.dateline = JsonInput.text(json, "dateline");
        draft.published = JsonInput.instant(json, "published");
        draft.url = JsonInput.text(json, "url");
        JsonNode metadata = json.get("metadata");
        if (metadata != null && !metadata.isNull()) {
            if (!metadata.isObject()) {
                throw new InvalidDispatchException("metadata must be an object of strings, not " + JsonInput.kind(metadata), "metadata");
            }
            for (Iterator<String> keys = metadata.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                draft.meta(key, JsonInput.text(metadata, key));
            }
        }
        return draft.build(defaults, NAME, received);
    }
}
