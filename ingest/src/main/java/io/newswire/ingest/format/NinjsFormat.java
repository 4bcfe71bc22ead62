package io.newswire.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.schemas.Dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * IPTC ninjs (News in JSON), generations 1.x, 2.x and 3.x, each with its own names ({@link NinjsDocument}):
 * <ul>
 *   <li>{@code uri} → id; {@code version} (a string: "0", "2") → version</li>
 *   <li>{@code versionCreated} (2.x and 1.x {@code versioncreated}), else {@code firstCreated} → published</li>
 *   <li>{@code language} → language</li>
 *   <li>{@code headlines[]} (role "main" first); 1.x {@code headline}, else the first {@code headline_*} → headline</li>
 *   <li>{@code bodies[]} (role "main" first; HTML, XHTML and NITF turned into text); 1.x {@code body_text}, else
 *       the first {@code body_*} ({@code body_html}, {@code body_xhtml}, ...) → body; for a text item without a body,
 *       its description</li>
 *   <li>{@code located}, else a place whose {@code rel} is "located" → dateline</li>
 *   <li>{@code infoSources[0]} (its name, else the host of its uri), else {@code copyrightHolder} → source</li>
 *   <li>subjects, places, people, organisations, genres, urgency, pubStatus, slugline, by, embargoed → metadata,
 *       under the same keys whatever the generation, so a story re-sent in another generation is the same dispatch</li>
 * </ul>
 */
final class NinjsFormat {
    static final String NAME = "ninjs";

    private NinjsFormat() {
    }

    static Dispatch read(ObjectNode json, DispatchMetadata defaults, Instant received) throws InvalidDispatchException {
        NinjsDocument ninjs = NinjsDocument.of(json);
        DispatchDraft draft = new DispatchDraft();
        draft.id = ninjs.text("uri");
        draft.requireId(defaults, "add a \"uri\" field (or the id query parameter)");
        draft.body = body(ninjs);
        draft.requireText("the ninjs item has no body" + describe(ninjs));

        draft.version = version(ninjs);
        draft.published = instant(ninjs, "versioncreated");
        if (draft.published == null) {
            draft.published = instant(ninjs, "firstcreated");
        }
        draft.language = ninjs.text("language");
        draft.headline = headline(ninjs);
        draft.dateline = ninjs.text("located");
        if (draft.dateline == null) {
            draft.dateline = locatedPlace(ninjs);
        }
        draft.source = source(ninjs);

        draft.meta("subjects", String.join("; ", names(ninjs, "subjects")));
        draft.meta("subject.codes", String.join(" ", codes(ninjs)));
        draft.meta("places", String.join("; ", names(ninjs, "places")));
        draft.meta("people", String.join("; ", names(ninjs, "people")));
        draft.meta("organisations", String.join("; ", names(ninjs, "organisations")));
        draft.meta("genres", String.join("; ", names(ninjs, "genres")));
        for (String concept : List.of("urgency", "pubstatus", "slugline", "by", "embargoed", "copyrightholder", "type")) {
            draft.meta(concept, ninjs.scalar(concept));
        }
        return draft.build(defaults, NAME, received);
    }

    /** Says what the item is instead, when its type tells ("a picture"). */
    private static String describe(NinjsDocument ninjs) throws InvalidDispatchException {
        String type = ninjs.text("type");
        return type == null || type.equals("text") ? "" : " (its type is " + type + ")";
    }

    private static Integer version(NinjsDocument ninjs) throws InvalidDispatchException {
        String version = ninjs.text("version");
        return version == null ? null : Fields.version(version, "version");
    }

    private static Instant instant(NinjsDocument ninjs, String concept) throws InvalidDispatchException {
        String value = ninjs.text(concept);
        return value == null ? null : Fields.instant(value, concept);
    }

    /**
     * The body as plain text: the "main" body first, else the first; 1.x: body_text, else the first body_*. A text
     * item with no body carries its text in its description (NTB sends short news so), "text" role first.
     */
    private static String body(NinjsDocument ninjs) throws InvalidDispatchException {
        String body = text(ninjs, "bodies", "body", "main");
        if (body == null && "text".equals(ninjs.text("type"))) {
            body = text(ninjs, "descriptions", "description", "text");
        }
        return body;
    }

    /** The text of an array of {role, contentType, value} ({@code bodies}), or of 1.x pattern properties ({@code body_*}). */
    private static String text(NinjsDocument ninjs, String concept, String patternConcept, String role) throws InvalidDispatchException {
        List<JsonNode> items = ninjs.objects(concept);
        if (!items.isEmpty()) {
            JsonNode chosen = withRole(items, role);
            String value = JsonInput.text(chosen, "value");
            String type = JsonInput.text(chosen, ninjs.nestedName(concept + ".contenttype"));
            return value == null ? null : asText(value, type);
        }
        List<Map.Entry<String, String>> patterned = ninjs.patterned(patternConcept);
        for (Map.Entry<String, String> property : patterned) {
            if (property.getKey().endsWith("_text")) {
                return MarkupText.tidy(property.getValue());
            }
        }
        return patterned.isEmpty() ? null : asText(patterned.get(0).getValue(), patterned.get(0).getKey());
    }

    /**
     * Plain text when its type (a content type, or the 1.x suffix) says so; markup (HTML, XHTML, NITF) when the
     * type says so or the value starts with a tag.
     */
    private static String asText(String value, String type) {
        String kind = type == null ? "" : type.toLowerCase(Locale.ROOT);
        boolean plain = kind.startsWith("text/plain") || kind.endsWith("_text");
        boolean markup = !plain && (kind.contains("html") || kind.contains("xml") || kind.contains("nitf") || value.stripLeading().startsWith("<"));
        return markup ? MarkupText.of(value) : MarkupText.tidy(value);
    }

    private static String headline(NinjsDocument ninjs) throws InvalidDispatchException {
        List<JsonNode> headlines = ninjs.objects("headlines");
        if (!headlines.isEmpty()) {
            return JsonInput.text(withRole(headlines, "main"), "value");
        }
        String headline = ninjs.text("headline");
        if (headline != null) {
            return headline;
        }
        List<Map.Entry<String, String>> patterned = ninjs.patterned("headline");
        return patterned.isEmpty() ? null : patterned.get(0).getValue();
    }

    /** The item with the given role, else the first. */
    private static JsonNode withRole(List<JsonNode> items, String role) {
        for (JsonNode item : items) {
            if (role.equalsIgnoreCase(item.path("role").asText())) {
                return item;
            }
        }
        return items.get(0);
    }

    private static String locatedPlace(NinjsDocument ninjs) throws InvalidDispatchException {
        for (JsonNode place : ninjs.objects("places")) {
            if ("located".equalsIgnoreCase(place.path("rel").asText())) {
                return JsonInput.text(place, "name");
            }
        }
        return null;
    }

    /** The first information source (its name, else the host of its uri), else the copyright holder. */
    private static String source(NinjsDocument ninjs) throws InvalidDispatchException {
        for (JsonNode source : ninjs.objects("infosources")) {
            String name = JsonInput.text(source, "name");
            if (name != null) {
                return name;
            }
            String uri = Fields.nameOfUri(JsonInput.text(source, "uri"));
            if (uri != null) {
                return uri;
            }
        }
        return ninjs.text("copyrightholder");
    }

    private static List<String> names(NinjsDocument ninjs, String concept) throws InvalidDispatchException {
        List<String> names = new ArrayList<>();
        for (JsonNode item : ninjs.objects(concept)) {
            String name = JsonInput.text(item, "name");
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> codes(NinjsDocument ninjs) throws InvalidDispatchException {
        List<String> codes = new ArrayList<>();
        for (JsonNode item : ninjs.objects("subjects")) {
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
