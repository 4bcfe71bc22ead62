package io.newswire.enrich.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The annotation of one dispatch in gold.jsonl (after corrections). */
record GoldDispatch(String id, Set<String> countries, Set<String> optionalCountries,
                    List<GoldActor> actors, List<GoldActor> optionalActors, List<GoldEvent> events) {

    /** A gold actor: canonical name, country, and the accent-free lower-case strings that identify it in the text. */
    record GoldActor(String name, String country, List<String> match) {
    }

    /** A gold event: type, status (null when the set has none), countries and the countries that may or may not be predicted. */
    record GoldEvent(EventType type, EventStatus status, Set<String> countries, Set<String> optionalCountries, String evidence) {
    }

    static GoldDispatch of(JsonNode g) {
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : g.path("events")) {
            events.add(new GoldEvent(EventType.of(e.path("type").asText()), e.hasNonNull("status") ? EventStatus.of(e.path("status").asText()) : null, strings(e.path("countries")), strings(e.path("optional_countries")),
                    e.path("evidence").asText("")));
        }
        return new GoldDispatch(g.path("id").asText(), strings(g.path("countries")), strings(g.path("optional_countries")),
                actors(g.path("actors")), actors(g.path("optional_actors")), events);
    }

    private static List<GoldActor> actors(JsonNode array) {
        List<GoldActor> out = new ArrayList<>();
        for (JsonNode a : array) {
            List<String> match = new ArrayList<>();
            for (JsonNode m : a.path("match")) match.add(m.asText());
            out.add(new GoldActor(a.path("name").asText(), a.path("country").asText(null), match));
        }
        return out;
    }

    static Set<String> strings(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode n : array) out.add(n.asText());
        return out;
    }
}
