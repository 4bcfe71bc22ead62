package io.newswire.enrich.kb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base covers every UN member and observer state: on each checkpoint day it names a holder of the four
 * offices, or the missing holder is a line of test resource kb/office-gaps.tsv with its reason (no such office, the
 * portfolio held by another office, a vacancy, a holder left out on purpose, or one the team has not confirmed).
 * A listed gap that the knowledge base now fills fails too, so the list stays honest. The whole grid is written to target/office-coverage.txt.
 */
class OfficeCoverageTest {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeCoverageTest.class);

    private static final List<LocalDate> CHECKPOINTS = List.of(LocalDate.of(2016, 7, 1), LocalDate.of(2019, 6, 4),
            LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1));
    private static final List<String> OFFICES = List.of(KnowledgeBaseHolders.HEAD_OF_STATE,
            KnowledgeBaseHolders.HEAD_OF_GOVERNMENT, "foreign_minister", "defence_minister");
    /** The two UN observer states: Palestine and the Holy See. */
    private static final Set<String> OBSERVER_STATES = Set.of("PSE", "VAT");
    private static final List<String> HEADER = List.of("country", "role", "date", "reason");
    /** The reason column starts with one of these keys, then ": " and why. */
    private static final Set<String> REASONS = Set.of("no-such-office", "held-by-another-office", "vacant", "left-out",
            "not-confirmed");
    private static final String EVERY_CHECKPOINT = "*";
    private static final Path REPORT = Path.of("target", "office-coverage.txt");

    /** A listed gap: one checkpoint, or every checkpoint ('*'). */
    private record Gap(int line, String country, String role, String date, String reason) {

        boolean covers(String c, String r, LocalDate day) {
            return country.equals(c) && role.equals(r) && (date.equals(EVERY_CHECKPOINT) || date.equals(day.toString()));
        }

        String reasonKey() {
            int colon = reason.indexOf(':');
            return colon < 0 ? reason : reason.substring(0, colon);
        }
    }

    @Test
    void everyStateHasAHolderOfEachOfficeOnEachCheckpointOrAListedReason(TestReporter reporter) {
        KnowledgeBaseHolders kb = KnowledgeBaseHolders.load();
        Problems problems = new Problems("office-gaps.tsv");
        List<Gap> gaps = readGaps(problems);
        Set<String> states = new TreeSet<>(UnMemberStates.CODES);
        states.addAll(OBSERVER_STATES);

        int held = 0;
        Map<String, Integer> listedByReason = new LinkedHashMap<>();
        List<String> unlisted = new ArrayList<>();
        List<String> grid = new ArrayList<>();
        grid.add("# country\trole\t" + CHECKPOINTS.stream().map(LocalDate::toString).collect(Collectors.joining("\t")));
        for (String country : states) {
            for (String role : OFFICES) {
                List<String> cells = new ArrayList<>(List.of(country, role));
                for (LocalDate day : CHECKPOINTS) {
                    List<KnowledgeBaseHolders.Person> holders = kb.holders(country, role, day);
                    List<Gap> listed = gaps.stream().filter(g -> g.covers(country, role, day)).toList();
                    if (!holders.isEmpty()) {
                        held++;
                        cells.add(holders.stream().map(KnowledgeBaseHolders.Person::id).collect(Collectors.joining("+")));
                        listed.stream().filter(g -> !g.date().equals(EVERY_CHECKPOINT)).forEach(g -> problems.at(g.line(),
                                "%s %s on %s now has a holder (%s); remove the line", country, role, day, cells.get(cells.size() - 1)));
                        listed.stream().filter(g -> g.date().equals(EVERY_CHECKPOINT)).forEach(g -> problems.at(g.line(),
                                "%s %s is listed as never held but has a holder on %s; fix the line or the tenure", country, role, day));
                    } else if (listed.isEmpty()) {
                        unlisted.add(country + " " + role + " " + day);
                        cells.add("GAP");
                    } else {
                        listedByReason.merge(listed.get(0).reasonKey(), 1, Integer::sum);
                        cells.add("(" + listed.get(0).reasonKey() + ")");
                    }
                }
                grid.add(String.join("\t", cells));
            }
        }
        gaps.stream().filter(g -> !states.contains(g.country())).forEach(g -> problems.at(g.line(), "%s is not a UN member or observer state", g.country()));

        int checked = states.size() * OFFICES.size() * CHECKPOINTS.size();
        String summary = String.format(Locale.ROOT, "%d states x %d offices x %d checkpoints = %d: %d held (%.1f%%), "
                        + "%d listed gaps %s, %d unlisted gaps", states.size(), OFFICES.size(), CHECKPOINTS.size(),
                checked, held, 100.0 * held / checked, checked - held - unlisted.size(), listedByReason, unlisted.size());
        ReportFile.write(REPORT, summary + "\n" + String.join("\n", grid));
        reporter.publishEntry("office coverage", summary);
        LOG.info("Office coverage: {} (grid in {})", summary, REPORT.toAbsolutePath());

        problems.assertNone();
        assertTrue(unlisted.isEmpty(), () -> summary + "; add the holder to roles.tsv or the gap to office-gaps.tsv "
                + "with its reason:\n  " + String.join("\n  ", unlisted));
    }

    private static List<Gap> readGaps(Problems problems) {
        List<Gap> gaps = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        for (TsvFile.Row row : TsvFile.read("office-gaps.tsv", HEADER, problems).rows()) {
            Gap gap = new Gap(row.line(), row.cell(0), row.cell(1), row.cell(2), row.cell(3));
            if (!OFFICES.contains(gap.role())) {
                problems.at(row.line(), "role '%s' must be one of %s", gap.role(), OFFICES);
            }
            if (!gap.date().equals(EVERY_CHECKPOINT)) {
                try {
                    if (!CHECKPOINTS.contains(LocalDate.parse(gap.date()))) {
                        problems.at(row.line(), "date %s is not a checkpoint %s (or '*')", gap.date(), CHECKPOINTS);
                    }
                } catch (DateTimeParseException e) {
                    problems.at(row.line(), "date '%s' is not an ISO date or '*'", gap.date());
                }
            }
            if (!REASONS.contains(gap.reasonKey()) || !gap.reason().contains(": ")) {
                problems.at(row.line(), "reason '%s' must be one of %s, then ': ' and why", gap.reason(), REASONS);
            }
            if (!keys.add(gap.country() + " " + gap.role() + " " + gap.date())) {
                problems.at(row.line(), "repeats %s %s %s", gap.country(), gap.role(), gap.date());
            }
            gaps.add(gap);
        }
        return gaps;
    }
}
