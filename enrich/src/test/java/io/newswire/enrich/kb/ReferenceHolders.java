package io.newswire.enrich.kb;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared reference lists of office-holders (shared/actors/holders.csv), read as their README says: dates are
 * days or bare years, an empty end means "in office at that source's snapshot" (sources.csv), and the CIA rows have
 * no dates and mean "in office on 2019-06-04". A spell counts on every day it may have covered.
 */
final class ReferenceHolders {

    static final LocalDate CIA_SNAPSHOT = LocalDate.of(2019, 6, 4);
    private static final String CIA_SOURCE = "cia-2019-06";
    private static final Pattern SNAPSHOT = Pattern.compile("snapshot (\\d{4}-\\d{2}-\\d{2})");

    /** One office spell as a source gives it, with its dates widened to what they may mean. */
    record Spell(String country, String role, String person, LocalDate from, LocalDate to, String source) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    private final Map<String, List<Spell>> spellsByOffice = new HashMap<>();

    private ReferenceHolders(List<Spell> spells) {
        for (Spell spell : spells) {
            spellsByOffice.computeIfAbsent(spell.country() + " " + spell.role(), k -> new ArrayList<>()).add(spell);
        }
    }

    static ReferenceHolders read(Path dir, Set<String> roles) {
        Map<String, LocalDate> snapshots = new HashMap<>();
        for (Map<String, String> row : csv(dir.resolve("sources.csv"))) {
            Matcher m = SNAPSHOT.matcher(row.getOrDefault("date_coverage", ""));
            snapshots.put(row.get("source"), m.find() ? LocalDate.parse(m.group(1)) : CIA_SNAPSHOT);
        }
        List<Spell> spells = new ArrayList<>();
        for (Map<String, String> row : csv(dir.resolve("holders.csv"))) {
            if (!roles.contains(row.get("role"))) {
                continue;
            }
            String source = row.get("source");
            LocalDate from;
            LocalDate to;
            if (CIA_SOURCE.equals(source)) {
                from = CIA_SNAPSHOT;
                to = CIA_SNAPSHOT;
            } else {
                from = earliest(row.get("start"));
                String end = row.get("end");
                to = end.isEmpty() ? snapshots.getOrDefault(source, CIA_SNAPSHOT) : latest(end);
            }
            if (from != null && to != null) {
                spells.add(new Spell(row.get("country"), row.get("role"), row.get("person"), from, to, source));
            }
        }
        return new ReferenceHolders(spells);
    }

    /** Everyone some source shows in the office on the day, names as written, first source first. */
    Set<String> holders(String country, String role, LocalDate day) {
        Set<String> names = new LinkedHashSet<>();
        for (Spell spell : spellsByOffice.getOrDefault(country + " " + role, List.of())) {
            if (spell.covers(day)) {
                names.add(spell.person());
            }
        }
        return names;
    }

    Set<String> countries() {
        Set<String> countries = new LinkedHashSet<>();
        spellsByOffice.values().forEach(list -> list.forEach(s -> countries.add(s.country())));
        return countries;
    }

    private static LocalDate earliest(String date) {
        if (date.isEmpty()) {
            return LocalDate.MIN;
        }
        return date.length() == 4 ? LocalDate.of(Integer.parseInt(date), 1, 1) : day(date);
    }

    private static LocalDate latest(String date) {
        return date.length() == 4 ? LocalDate.of(Integer.parseInt(date), 12, 31) : day(date);
    }

    private static LocalDate day(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<Map<String, String>> csv(Path file) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(file.toFile())) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
