package io.newswire.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.schemas.Dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * IPTC ninjs 2.x (News in JSON), with the 1.x names as fallbacks:
 * <ul>
 *   <li>{@code uri} (1.x {@code guid}) → id; {@code version} → version</li>
 *   <li>{@code versioncreated} (else {@code firstcreated}) → published; {@code language} → language</li>
 *   <li>{@code headlines[]} (role "main" first; 1.x {@code headline}) → headline</li>
 *   <li>{@code bodies[]} (role "main" first; HTML bodies turned into text; 1.x {@code body_text}, {@code body_html}) → body</li>
 *   <li>{@code located} (else the first of {@code places[]}) → dateline</li>
 *   <li>{@code infosources[0].name} (else {@code copyrightholder}) → source</li>
 *   <li>subjects, places, people, organisations, genres, urgency, pubstatus, slugline, by, embargoed → metadata</li>
 * </ul>
 */
final class NinjsFormat {
    static final String NAME = "ninjs";
    /** Fields only ninjs has: any of them at the top level tells ninjs from our Dispatch JSON. */
    private static final List<String> MARKERS = List.of("uri", "guid", "bodies", "headlines", "body_text", "body_html",
            "versioncreated", "firstcreated", "located", "subjects", "infosources");

    private NinjsFormat() {
    }

    static boolean looksLikeNinjs(ObjectNode json) {
        return MARKERS.stream().anyMatch(json::has);
    }

    static Dispatch read(ObjectNode json, DispatchMetadata defaults, Instant received) throws InvalidDispatchException {
        DispatchDraft draft = new DispatchDraft();
        draft.id = JsonInput.text(json, "uri");
        if (draft.id == null) {
            draft.id = JsonInput.text(json, "guid");
        }
        draft.version = JsonInput.version(json, "version");
        draft.published = JsonInput.instant(json, "versioncreated");
        if (draft.published == null) {
            draft.published = JsonInput.instant(json, "firstcreated");
        }
        draft.language = JsonInput.text(json, "language");
        draft.headline = preferred(JsonInput.objects(json, "headlines"));
        if (draft.headline == null) {
            draft.headline = JsonInput.text(json, "headline");
        }
        draft.body = body(json);
        draft.dateline = JsonInput.text(json, "located");
        List<String> places = names(json, "places");
        if (draft.dateline == null && !places.isEmpty()) {
            draft.dateline = places.get(0);
        }
        List<String> infosources = names(json, "infosources");
        draft.source = infosources.isEmpty() ? JsonInput.text(json, "copyrightholder") : infosources.get(0);

        draft.meta("subjects", String.join("; ", names(json, "subjects")));
        draft.meta("subject.codes", String.join(" ", codes(json, "subjects")));
        draft.meta("places", String.join("; ", places));
        draft.meta("people", String.join("; ", names(json, "people")));
        draft.meta("organisations", String.join("; ", names(json, "organisations")));
        draft.meta("genres", String.join("; ", names(json, "genres")));
        for (String field : List.of("urgency", "pubstatus", "slugline", "by", "embargoed", "copyrightholder", "type")) {
            draft.meta(field, JsonInput.text(json, field));
        }
        return draft.build(defaults, NAME, received, "add a \"uri\" field (or the id query parameter)");
    }

    /** The body as plain text: the "main" body first, else the first; HTML turned into text. */
    private static String body(ObjectNode json) throws InvalidDispatchException {
        List<JsonNode> bodies = JsonInput.objects(json, "bodies");
        if (!bodies.isEmpty()) {
            JsonNode chosen = bodies.get(0);
            for (JsonNode body : bodies) {
                if ("main".equalsIgnoreCase(body.path("role").asText())) {
                    chosen = body;
                    break;
                }
            }
            String value = JsonInput.text(chosen, "value");
            if (value == null) {
                throw new InvalidDispatchException("body is missing: bodies[].value is empty", "bodies");
            }
            String type = chosen.path("contenttype").asText("").toLowerCase(Locale.ROOT);
            boolean markup = type.contains("html") || type.contains("xml") || (type.isEmpty() && value.stripLeading().startsWith("<"));
            return markup ? MarkupText.of(value) : MarkupText.tidy(value);
        }
        String text = JsonInput.text(json, "body_text");
        if (text != null) {
            return MarkupText.tidy(text);
        }
        String html = JsonInput.text(json, "body_html");
        return html == null ? null : MarkupText.of(html);
    }

    /** The value of the item with role "main", else of the first item. */
    private static String preferred(List<JsonNode> items) throws InvalidDispatchException {
        for (JsonNode item : items) {
            if ("main".equalsIgnoreCase(item.path("role").asText())) {
                return JsonInput.text(item, "value");
            }
        }
        return items.isEmpty() ? null : JsonInput.text(items.get(0), "value");
    }

    private static List<String> names(JsonNode json, String field) throws InvalidDispatchException {
        List<String> names = new ArrayList<>();
        for (JsonNode item : JsonInput.objects(json, field)) {
            String name = JsonInput.text(item, "name");
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> codes(JsonNode json, String field) throws InvalidDispatchException {
        List<String> codes = new ArrayList<>();
        for (JsonNode item : JsonInput.objects(json, field)) {
            String code = JsonInput.text(item, "uri");
            if (code == null) {
                code = JsonInput.text(item, "literal");
            }
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }
}
