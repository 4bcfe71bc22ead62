package io.newswire.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The properties of each ninjs generation (1.x, 2.x, 3.x), loaded from {@code ninjs-vocabulary.tsv}: their
 * names, the concept each stands for across generations (3.x {@code versionCreated} is 2.x
 * {@code versioncreated}), and the JSON type each must have.
 */
final class NinjsVocabulary {
    static final NinjsVocabulary STANDARD = load("ninjs-vocabulary.tsv");

    /** The JSON type a property must have. */
    enum Kind {
        STRING("a string"), NUMBER("a number"), INTEGER("a whole number"), OBJECT("an object"), OBJECTS("an array of objects");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        boolean matches(JsonNode value) {
            return switch (this) {
                case STRING -> value.isTextual();
                case NUMBER -> value.isNumber();
                case INTEGER -> value.isIntegralNumber();
                case OBJECT -> value.isObject();
                case OBJECTS -> value.isArray();
            };
        }

        String label() {
            return label;
        }
    }

    /**
     * One property of one generation.
     *
     * @param name    as written, or its prefix for a 1.x pattern property ({@code body_} for {@code body_*})
     * @param pattern true for a 1.x pattern property: the prefix, then a letter, digit or underscore, then anything
     *                (as the 1.x schemas' unanchored patterns match, which the official test suite checks)
     */
    record Property(int generation, String name, boolean pattern, String concept, Kind kind) {
        boolean matches(String key) {
            return pattern ? key.startsWith(name) && key.length() > name.length() && isWordCharacter(key.charAt(name.length()))
                    : key.equals(name);
        }

        private static boolean isWordCharacter(char c) {
            return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
        }
    }

    private final Map<Integer, List<Property>> byGeneration;

    private NinjsVocabulary(Map<Integer, List<Property>> byGeneration) {
        this.byGeneration = byGeneration;
    }

    static NinjsVocabulary load(String path) {
        Map<Integer, List<Property>> byGeneration = new TreeMap<>(Collections.reverseOrder());
        Map<String, DataFile.Row> seen = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.read(path, "generation", "property", "concept", "kind")) {
            int generation;
            try {
                generation = Integer.parseInt(row.cell(0));
            } catch (NumberFormatException e) {
                throw row.problem("generation '" + row.cell(0) + "' is not a number");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(row.cell(3).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.problem("kind '" + row.cell(3) + "' is not one of string, number, integer, object, objects");
            }
            String name = row.cell(1);
            boolean pattern = name.endsWith("_*");
            if (seen.put(generation + " " + name, row) != null) {
                throw row.problem("property '" + name + "' is listed twice for generation " + generation);
            }
            byGeneration.computeIfAbsent(generation, g -> new ArrayList<>())
                    .add(new Property(generation, pattern ? name.substring(0, name.length() - 1) : name, pattern, row.cell(2), kind));
        }
        return new NinjsVocabulary(byGeneration);
    }

    /** The generations, newest first. */
    Iterable<Integer> generations() {
        return byGeneration.keySet();
    }

    boolean knows(int generation) {
        return byGeneration.containsKey(generation);
    }

    /** The top-level property {@code key} is in {@code generation}, or null when that generation has no such property. */
    Property property(int generation, String key) {
        for (Property property : byGeneration.getOrDefault(generation, List.of())) {
            if (!property.name().contains(".") && property.matches(key)) {
                return property;
            }
        }
        return null;
    }

    /** The name {@code generation} gives a concept (exact names only), or null when it has none. */
    String name(int generation, String concept) {
        for (Property property : byGeneration.getOrDefault(generation, List.of())) {
            if (!property.pattern() && property.concept().equals(concept)) {
                return property.name();
            }
        }
        return null;
    }

    /** The 1.x pattern property standing for a concept ({@code body_} for the body), or null. */
    Property pattern(int generation, String concept) {
        for (Property property : byGeneration.getOrDefault(generation, List.of())) {
            if (property.pattern() && property.concept().equals(concept)) {
                return property;
            }
        }
        return null;
    }

    /** What another generation calls {@code key}, to help a sender who mixed generations; null when nothing matches. */
    String counterpart(int generation, String key) {
        for (List<Property> properties : byGeneration.values()) {
            for (Property other : properties) {
                if (other.generation() != generation && !other.pattern() && other.matches(key)) {
                    return name(generation, other.concept());
                }
            }
        }
        return null;
    }
}
