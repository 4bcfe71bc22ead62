package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.KbSource;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.TsvResource;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The wars a truce may belong to (kb/lexicon/conflicts.tsv): by the country where the fighting is, the states at war
 * and the days it lasted. "A ceasefire in Ukraine" called for in 2024 is between Russia and Ukraine; one in the
 * Donbas in 2015 is Ukraine's alone (its other side was no state).
 */
final class Conflicts {

    /** One war: its theatre, the states at war, from and to (null: still going on). */
    record War(String theatre, List<String> sides, LocalDate from, LocalDate to) {

        boolean on(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    private static final String PATH = "kb/lexicon/conflicts.tsv";
    private static final String GOING_ON = "-";

    private final List<War> wars = new ArrayList<>();

    static Conflicts load(KbSource source, KnowledgeBase kb) {
        Conflicts c = new Conflicts();
        for (TsvResource.Row r : TsvResource.read(source, PATH, "theatre", "sides", "from", "to", "source", "note")) {
            String theatre = country(r, kb, r.get("theatre"));
            List<String> sides = new ArrayList<>();
            for (String side : r.get("sides").split(",")) sides.add(country(r, kb, side.trim()));
            if (r.get("source").isBlank()) throw r.problem("every war needs its source");
            LocalDate from = day(r, r.get("from"));
            LocalDate to = r.get("to").equals(GOING_ON) ? null : day(r, r.get("to"));
            if (to != null && to.isBefore(from)) throw r.problem("ends (" + to + ") before it begins (" + from + ")");
            c.wars.add(new War(theatre, List.copyOf(sides), from, to));
        }
        return c;
    }

    private static String country(TsvResource.Row r, KnowledgeBase kb, String code) {
        if (kb.country(code) == null) throw r.problem("'" + code + "' is not a country code of countries.tsv");
        return code;
    }

    private static LocalDate day(TsvResource.Row r, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw r.problem("'" + value + "' is not a day (YYYY-MM-DD)");
        }
    }

    /** The war going on in the country on that day, or null. */
    War in(String theatre, LocalDate day) {
        for (War w : wars) if (w.theatre().equals(theatre) && w.on(day)) return w;
        return null;
    }

    /** The wars going on that day that the state fights. */
    List<War> foughtBy(String country, LocalDate day) {
        List<War> out = new ArrayList<>();
        for (War w : wars) if (w.on(day) && w.sides().contains(country)) out.add(w);
        return out;
    }
}
