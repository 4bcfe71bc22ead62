package io.newswire.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.schemas.Dispatch;

import java.time.Instant;
import java.util.Iterator;
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
