package io.newswire.enrich.kb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The disagreements with the reference lists that the team keeps, each with its reason
 * (enrich/src/test/resources/kb/reference-disagreements.tsv): the reference is wrong, out of date, or follows
 * another convention. A kept line is keyed by country, role and checkpoint date.
 */
final class KeptDisagreements {

    static final List<String> HEADER = List.of("country", "role", "date", "kb_holder", "reference_holder", "reason");
    /** The reason column starts with one of these keys, then ": " and the explanation. */
    static final Set<String> REASONS = Set.of("reference-wrong", "reference-out-of-date", "reference-convention");

    /** One kept line, as written. */
    record Kept(int line, String country, String role, LocalDate date, String kbHolder, String referenceHolder,
                String reason) {

        String key() {
            return KeptDisagreements.key(country, role, date);
        }

        String reasonKey() {
            int colon = reason.indexOf(':');
            return colon < 0 ? reason : reason.substring(0, colon);
        }
    }

    private KeptDisagreements() {
    }

    static String key(String country, String role, LocalDate date) {
        return country + " " + role + " " + date;
    }

    /** Every kept line by key; a malformed line is a problem reported with its line number. */
    static Map<String, Kept> read(Problems problems) {
        String text = TsvFile.text("/kb/reference-disagreements.tsv");
        Map<String, Kept> kept = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != HEADER.size()) {
                problems.at(i + 1, "has %d columns, expected %s", cells.length, HEADER);
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(cells[2]);
            } catch (DateTimeParseException e) {
                problems.at(i + 1, "date '%s' is not an ISO date", cells[2]);
                continue;
            }
            Kept k = new Kept(i + 1, cells[0], cells[1], date, cells[3], cells[4], cells[5]);
            if (!REASONS.contains(k.reasonKey()) || !k.reason().contains(": ")) {
                problems.at(i + 1, "reason '%s' must be one of %s, then ': ' and why", k.reason(), REASONS);
            }
            Kept earlier = kept.putIfAbsent(k.key(), k);
            if (earlier != null) {
                problems.at(i + 1, "repeats line %d (%s)", earlier.line(), k.key());
            }
        }
        return kept;
    }
}
