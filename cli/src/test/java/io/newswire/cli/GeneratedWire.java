package io.newswire.cli;

import io.newswire.aggregate.bench.NewsGenerator;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import io.newswire.schemas.Participant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The aggregate's generated wire (NewsGenerator: calls reported by several dispatches, new versions, replays, late
 * reports, summit proposals) as newsrooms would send it: each generated enriched dispatch written back as a plain-text
 * dispatch that the tagger reads exactly as the generator meant it, so the generator's expected counts hold end to end.
 */
final class GeneratedWire {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** The text of a new version that takes back everything its dispatch reported (ingest refuses an empty dispatch). */
    private static final String WITHDRAWN = "An earlier version of this dispatch has been withdrawn.";

    /** One dispatch to post: its id, version, publication time and text. */
    record Post(String id, int version, Instant published, String text) {
    }

    private final Map<String, String> names;

    private GeneratedWire(Map<String, String> names) {
        this.names = names;
    }

    /** Reads who speaks for each country and rank ({@code generated-wire/people.tsv}). */
    static GeneratedWire load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = GeneratedWire.class.getResourceAsStream("/generated-wire/people.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 3) {
                    throw new IllegalStateException("generated-wire/people.tsv: expected country, rank, name in: " + line);
                }
                names.put(cells[0] + " " + cells[1], cells[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GeneratedWire(names);
    }

    /** The generated record as a plain-text dispatch: one paragraph per event. */
    Post post(NewsGenerator.Sent sent) {
        EnrichedDispatch d = sent.value();
        List<String> paragraphs = new ArrayList<>();
        for (Event event : d.getEvents()) {
            String people = join(event.getParticipants().stream().map(p -> name(p.getActor())).toList());
            paragraphs.add(switch (event.getType()) {
                case "PHONE_CALL" -> people + " spoke by telephone on " + DAY.format(event.getDate()) + ".";
                case "SUMMIT_PROPOSAL" -> "On " + DAY.format(event.getDate()) + ", a summit of " + people + " was proposed.";
                default -> throw new IllegalArgumentException("The generated wire is written for calls and proposals, not " + event.getType());
            });
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(WITHDRAWN);
        }
        return new Post(sent.key(), d.getDispatch().getVersion(), d.getDispatch().getPublished(), String.join("\n\n", paragraphs));
    }

    /** The name the tagger gives the generated person ("RUS president"). */
    String name(String generatedPerson) {
        String name = names.get(generatedPerson);
        if (name == null) {
            throw new IllegalArgumentException("No one speaks for " + generatedPerson + " in generated-wire/people.tsv");
        }
        return name;
    }

    /** What a generated event says, in the tagger's terms: type, status, day, and each country with its person. */
    String describe(Event event, boolean generated) {
        Map<String, String> people = new java.util.TreeMap<>();
        for (Participant p : event.getParticipants()) {
            people.put(p.getCountry(), generated ? name(p.getActor()) : p.getActor());
        }
        LocalDate day = event.getDate();
        return event.getType() + " " + event.getStatus() + " " + day + " " + people;
    }

    private static String join(List<String> names) {
        return names.size() <= 2 ? String.join(" and ", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
