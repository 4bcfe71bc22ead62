package io.newswire.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One ninjs object, read with the names of its generation. The generation is the one the document declares
 * ({@code standard.version} in 2.x and 3.x, {@code $standard.version} in 1.x), else the one its properties fit
 * best (newest on a tie). Before anything is read the whole object is checked against that generation's
 * vocabulary: every property known, of its JSON type, and every association a ninjs object too (in 2.x and
 * 3.x with its {@code name} and {@code uri}). So a mistyped or misplaced property is named, not silently lost.
 */
final class NinjsDocument {
    /** What a 2.x or 3.x association may carry besides the ninjs properties. */
    private static final Set<String> ASSOCIATION_EXTRAS = Set.of("name", "rel");

    private final ObjectNode json;
    private final int generation;
    private final NinjsVocabulary vocabulary;

    private NinjsDocument(ObjectNode json, int generation, NinjsVocabulary vocabulary) {
        this.json = json;
        this.generation = generation;
        this.vocabulary = vocabulary;
    }

    /** True when the object uses any ninjs property that our own Dispatch JSON does not have. */
    static boolean looksLikeNinjs(ObjectNode json, Set<String> dispatchJsonFields) {
        NinjsVocabulary vocabulary = NinjsVocabulary.STANDARD;
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (dispatchJsonFields.contains(name)) {
                continue;
            }
            for (int generation : vocabulary.generations()) {
                if (vocabulary.property(generation, name) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The object read as its generation, once it has been checked. */
    static NinjsDocument of(ObjectNode json) throws InvalidDispatchException {
        NinjsVocabulary vocabulary = NinjsVocabulary.STANDARD;
        Integer declared = declaredGeneration(json);
        int generation = declared != null && vocabulary.knows(declared) ? declared : bestFit(json, vocabulary);
        String why = declared != null && vocabulary.knows(declared) ? "as the document declares"
                : "the generation its properties fit best";
        new Check(vocabulary, generation, why).object(json, "", false);
        return new NinjsDocument(json, generation, vocabulary);
    }

    /** A string property, by concept; null when absent or blank. */
    String text(String concept) throws InvalidDispatchException {
        String name = vocabulary.name(generation, concept);
        return name == null ? null : JsonInput.text(json, name);
    }

    /** A string or number property as text (urgency is a number), by concept; null when absent. */
    String scalar(String concept) {
        String name = vocabulary.name(generation, concept);
        JsonNode value = name == null ? null : json.get(name);
        return value == null || !value.isValueNode() || value.isNull() ? null : DispatchMetadata.blankToNull(value.asText());
    }

    /** The objects of an array property, by concept; empty when absent. */
    List<JsonNode> objects(String concept) throws InvalidDispatchException {
        String name = vocabulary.name(generation, concept);
        return name == null ? List.of() : JsonInput.objects(json, name);
    }

    /** The name of a property of the objects in an array ("bodies.contenttype" is {@code contentType} in 3.x). */
    String nestedName(String concept) {
        String name = vocabulary.name(generation, concept);
        return name == null ? concept.substring(concept.indexOf('.') + 1) : name.substring(name.indexOf('.') + 1);
    }

    /** The 1.x pattern properties of a concept ({@code body_text}, {@code body_xhtml}, ...), in document order. */
    List<Map.Entry<String, String>> patterned(String concept) {
        NinjsVocabulary.Property pattern = vocabulary.pattern(generation, concept);
        List<Map.Entry<String, String>> found = new ArrayList<>();
        if (pattern == null) {
            return found;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = json.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String value = DispatchMetadata.blankToNull(field.getValue().asText());
            if (pattern.matches(field.getKey()) && value != null) {
                found.add(Map.entry(field.getKey(), value));
            }
        }
        return found;
    }

    private static Integer declaredGeneration(ObjectNode json) {
        for (String name : List.of("standard", "$standard")) {
            JsonNode version = json.path(name).path("version");
            String text = version.isTextual() ? version.asText().strip() : "";
            if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
                return Character.digit(text.charAt(0), 10);
            }
        }
        return null;
    }

    /** The generation in which the fewest top-level names are unknown; the newest on a tie. */
    private static int bestFit(ObjectNode json, NinjsVocabulary vocabulary) {
        int best = -1;
        int fewestUnknown = Integer.MAX_VALUE;
        for (int generation : vocabulary.generations()) {
            int unknown = 0;
            for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
                if (vocabulary.property(generation, names.next()) == null) {
                    unknown++;
                }
            }
            if (unknown < fewestUnknown) {
                best = generation;
                fewestUnknown = unknown;
            }
        }
        return best;
    }

    /** The structural check of one object and its associations, with paths in the messages. */
    private record Check(NinjsVocabulary vocabulary, int generation, String why) {
        void object(JsonNode object, String path, boolean association) throws InvalidDispatchException {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (association && ASSOCIATION_EXTRAS.contains(key)) {
                    if (!value.isTextual()) {
                        throw problem(path + key + " must be a string, not " + JsonInput.kind(value), key);
                    }
                    continue;
                }
                NinjsVocabulary.Property property = vocabulary.property(generation, key);
                if (property == null) {
                    throw unknown(path, key);
                }
                if (!property.kind().matches(value)) {
                    throw problem(path + key + " must be " + property.kind().label() + " in ninjs " + generation + ".x, not "
                            + JsonInput.kind(value) + (value.isValueNode() ? " " + abbreviate(value.toString()) : ""), key);
                }
                if (property.kind() == NinjsVocabulary.Kind.OBJECTS) {
                    elementsAreObjects(value, path + key);
                }
                if (property.concept().equals("associations")) {
                    associations(value, path + key);
                }
            }
        }

        private void elementsAreObjects(JsonNode array, String path) throws InvalidDispatchException {
            for (int i = 0; i < array.size(); i++) {
                if (!array.get(i).isObject()) {
                    throw problem(path + "[" + i + "] must be an object, not " + JsonInput.kind(array.get(i)), path);
                }
            }
        }

        /** 1.x: an object of named ninjs objects; 2.x and 3.x: an array of ninjs objects, each with a name and a uri. */
        private void associations(JsonNode associations, String path) throws InvalidDispatchException {
            if (associations.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> named = associations.fields(); named.hasNext(); ) {
                    Map.Entry<String, JsonNode> association = named.next();
                    String where = path + "." + association.getKey();
                    if (!association.getValue().isObject()) {
                        throw problem(where + " must be an object, not " + JsonInput.kind(association.getValue()), path);
                    }
                    object(association.getValue(), where + ".", false);
                }
                return;
            }
            for (int i = 0; i < associations.size(); i++) {
                JsonNode association = associations.get(i);
                String where = path + "[" + i + "]";
                for (String required : List.of("name", "uri")) {
                    if (!association.hasNonNull(required)) {
                        throw problem(where + " has no " + required + ": in ninjs " + generation + ".x every association needs a name and a uri", path);
                    }
                }
                object(association, where + ".", true);
            }
        }

        private InvalidDispatchException unknown(String path, String key) {
            String counterpart = vocabulary.counterpart(generation, key);
            String hint = counterpart != null ? "; ninjs " + generation + ".x calls it '" + counterpart + "'"
                    : "; fix or remove it";
            return problem("'" + path + key + "' is not a ninjs " + generation + ".x property (read as ninjs "
                    + generation + ".x, " + why + ")" + hint, key);
        }

        private static String abbreviate(String value) {
            return value.length() <= 40 ? value : value.substring(0, 40) + "...";
        }

        private static InvalidDispatchException problem(String message, String field) {
            return new InvalidDispatchException(message, field);
        }
    }
}
