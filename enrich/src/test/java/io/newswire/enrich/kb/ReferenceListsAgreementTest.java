package io.newswire.enrich.kb;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newswire.enrich.tagger.SharedSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the knowledge base's dated office-holders against the open reference lists of shared/actors (Wikidata-derived
 * lists to mid-2022 and the CIA World Leaders of June 2019): for every country and each of the four offices, on a few
 * checkpoint days, the holder the knowledge base gives must be one the reference shows. Kept disagreements
 * (test resource kb/reference-disagreements.tsv) are excluded, and each must still occur. The reference is only read
 * here, never copied into the knowledge base.
 */
class ReferenceListsAgreementTest {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceListsAgreementTest.class);

    /** Mid-2016, 2018, the CIA snapshot, mid-2020 and 2022: all within the reference's coverage. */
    private static final List<LocalDate> CHECKPOINTS = List.of(LocalDate.of(2016, 7, 1), LocalDate.of(2018, 1, 1),
            ReferenceHolders.CIA_SNAPSHOT, LocalDate.of(2020, 7, 1), LocalDate.of(2022, 1, 1));
    private static final List<String> OFFICES = List.of(KnowledgeBaseHolders.HEAD_OF_STATE,
            KnowledgeBaseHolders.HEAD_OF_GOVERNMENT, "foreign_minister", "defence_minister");
    private static final double REQUIRED_AGREEMENT = 0.95;
    private static final Path REPORT = Path.of("target", "reference-agreement.txt");

    /** One checkpoint where the knowledge base's holder is not among the reference's. */
    private record Disagreement(String country, String role, LocalDate date, String kbHolder, String referenceHolder) {

        String key() {
            return KeptDisagreements.key(country, role, date);
        }

        String line() {
            return String.join("\t", country, role, date.toString(), kbHolder, referenceHolder);
        }
    }

    @Test
    void knowledgeBaseAgreesWithTheReferenceListsOnOfficeHolders(TestReporter reporter) throws IOException {
        Path dir = SharedSet.dir().resolve("actors");
        assumeTrue(Files.exists(dir.resolve("holders.csv")),
                "shared reference lists not found at " + dir + " (set -Dnewswire.shared.dir); skipped");
        ReferenceHolders reference = ReferenceHolders.read(dir, Set.copyOf(OFFICES));
        KnowledgeBaseHolders kb = KnowledgeBaseHolders.load();
        Problems problems = new Problems("reference-disagreements.tsv");
        Map<String, KeptDisagreements.Kept> kept = KeptDisagreements.read(problems);

        Set<String> countries = new TreeSet<>(reference.countries());
        countries.retainAll(knowledgeBaseCountries());
        int compared = 0;
        int agreed = 0;
        List<Disagreement> disagreements = new ArrayList<>();
        for (String country : countries) {
            for (String role : OFFICES) {
                for (LocalDate day : CHECKPOINTS) {
                    Set<String> referenceHolders = reference.holders(country, role, day);
                    if (referenceHolders.isEmpty()) {
                        continue;                                    // the reference is silent: nothing to compare
                    }
                    compared++;
                    List<KnowledgeBaseHolders.Person> kbHolders = kb.holders(country, role, day);
                    if (agree(kbHolders, referenceHolders)) {
                        agreed++;
                    } else {
                        disagreements.add(new Disagreement(country, role, day, kbHolder(kbHolders),
                                String.join(" / ", referenceHolders)));
                    }
                }
            }
        }

        List<Disagreement> open = new ArrayList<>();
        Map<String, Integer> keptByReason = new TreeMap<>();
        Set<String> occurring = new TreeSet<>();
        for (Disagreement d : disagreements) {
            KeptDisagreements.Kept k = kept.get(d.key());
            occurring.add(d.key());
            if (k == null) {
                open.add(d);
            } else {
                keptByReason.merge(k.reasonKey(), 1, Integer::sum);
                if (!k.kbHolder().equals(d.kbHolder())) {
                    problems.at(k.line(), "%s: the knowledge base now gives %s, not %s; update or remove the line",
                            k.key(), d.kbHolder(), k.kbHolder());
                }
            }
        }
        kept.values().stream().filter(k -> !occurring.contains(k.key())).forEach(k -> problems.at(k.line(),
                "%s no longer disagrees with the reference (or is not compared); remove the line", k.key()));

        int judged = compared - (disagreements.size() - open.size());
        double agreement = judged == 0 ? 1.0 : (double) (judged - open.size()) / judged;
        String summary = String.format(Locale.ROOT,
                "%d countries, %d checkpoints compared, %d agree (%.1f%%); %d disagreements, %d kept %s, %d open; "
                        + "agreement without the kept ones %.1f%%",
                countries.size(), compared, agreed, 100.0 * agreed / Math.max(1, compared), disagreements.size(),
                disagreements.size() - open.size(), keptByReason, open.size(), 100 * agreement);
        String report = summary + "\n" + open.stream().map(Disagreement::line).collect(Collectors.joining("\n"));
        ReportFile.write(REPORT, report);
        reporter.publishEntry("reference agreement", summary);
        LOG.info("Reference lists: {} (every open disagreement in {})", summary, REPORT.toAbsolutePath());

        problems.assertNone();
        assertTrue(agreement >= REQUIRED_AGREEMENT, () -> String.format(Locale.ROOT,
                "agreement %.1f%% is below %.0f%%; fix the knowledge base or keep a disagreement with its reason:%n%s",
                100 * agreement, 100 * REQUIRED_AGREEMENT, report));
    }

    private static boolean agree(List<KnowledgeBaseHolders.Person> kbHolders, Set<String> referenceHolders) {
        for (String written : referenceHolders) {
            PersonName name = PersonName.of(written);
            for (KnowledgeBaseHolders.Person person : kbHolders) {
                if (PersonName.anySame(person.names(), name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String kbHolder(List<KnowledgeBaseHolders.Person> holders) {
        return holders.isEmpty() ? "-" : holders.stream().map(KnowledgeBaseHolders.Person::id).collect(Collectors.joining("+"));
    }

    private static Set<String> knowledgeBaseCountries() {
        return TsvFile.read("countries.tsv", List.of("code", "name_en", "name_fr", "source"), new Problems("countries.tsv"))
                .rows().stream().map(r -> r.cell(0)).collect(Collectors.toSet());
    }
}
