package io.newswire.enrich.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Corrections to draft annotations, one JSON object a line: {"id", "field", "value", "why"}. A correction replaces
 * the whole field of that dispatch's gold record; "why" is mandatory so that every change can be reviewed.
 */
public final class Corrections {

    private static final Set<String> FIELDS = Set.of("events", "countries", "optional_countries", "actors", "optional_actors");

    /** One correction. */
    public record Correction(String id, String field, JsonNode value, String why) {
    }

    private final List<Correction> list;

    private Corrections(List<Correction> list) {
        this.list = list;
    }

    public static Corrections none() {
        return new Corrections(List.of());
    }

    public static Corrections read(Path file, ObjectMapper mapper) {
        if (file == null || !Files.exists(file)) return none();
        List<Correction> list = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file)) {
                n++;
                if (line.isBlank()) continue;
                JsonNode c = mapper.readTree(line);
                String field = c.path("field").asText();
                String why = c.path("why").asText("");
                if (!FIELDS.contains(field)) throw new IllegalArgumentException(file + ":" + n + ": unknown field " + field);
                if (why.isBlank()) throw new IllegalArgumentException(file + ":" + n + ": a correction needs a reason (why)");
                list.add(new Correction(c.path("id").asText(), field, c.path("value"), why));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corrections(List.copyOf(list));
    }

    /** The gold record with this dispatch's corrections applied. */
    public JsonNode apply(JsonNode gold) {
        String id = gold.path("id").asText();
        ObjectNode copy = null;
        for (Correction c : list) {
            if (!c.id().equals(id)) continue;
            if (copy == null) copy = gold.deepCopy();
            copy.set(c.field(), c.value());
        }
        return copy == null ? gold : copy;
    }

    public List<Correction> all() {
        return list;
    }
}
