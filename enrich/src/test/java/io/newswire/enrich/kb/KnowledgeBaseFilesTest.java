package io.newswire.enrich.kb;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the knowledge base valid as journalists edit it: every file is checked line by line against the rules of
 * kb/README.md, and a bad line fails the build with file, line number and problem (all of a file's problems at once).
 */
class KnowledgeBaseFilesTest {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseFilesTest.class);

    private static final List<String> COUNTRIES = List.of("code", "name_en", "name_fr", "source");
    private static final List<String> COUNTRY_NAMES = List.of("code", "lang", "kind", "form", "case", "ambiguity", "note");
    private static final List<String> ACTORS = List.of("id", "name", "country", "aliases", "source");
    private static final List<String> ROLES = List.of("actor_id", "country", "role", "from", "to", "source");
    private static final List<String> TITLES = List.of("lang", "form", "role", "number", "note");

    /** Covered besides the UN members: the two observer states, Taiwan, and Kosovo under its user-assigned code. */
    private static final Set<String> COVERED_NON_MEMBERS = Set.of("PSE", "VAT", "TWN", "XKX");
    private static final String KOSOVO = "XKX";
    private static final int COUNTRY_COUNT = 197;

    private static final List<String> NAME_LANGS = List.of("en", "fr", "*");
    private static final List<String> NAME_KINDS = List.of("name", "demonym", "capital", "seat");
    private static final List<String> NAME_CASES = List.of("i", "c");
    private static final String CONFUSABLE = "confusable";
    /** What the README asks of every country: a name, a demonym and the capital, in English and in French. */
    private static final List<String> REQUIRED_KINDS = List.of("name", "demonym", "capital");
    private static final Map<String, String> LANGUAGE_WORD = Map.of("en", "English", "fr", "French");

    /** Role keys the tagger relies on; the README's vocabulary must contain at least these. */
    private static final Set<String> MINIMUM_ROLES = Set.of("president", "vice_president", "prime_minister",
            "chancellor", "king", "queen", "emir", "crown_prince", "supreme_leader", "head_of_state",
            "foreign_minister", "defence_minister", "spokesperson", "foreign_ministry_spokesperson",
            "president_european_commission", "president_european_council", "high_representative",
            "un_secretary_general", "nato_secretary_general");
    /** Organisation offices: their tenures carry the country '-'. */
    private static final Set<String> ORGANISATION_ROLES = Set.of("president_european_commission",
            "president_european_council", "high_representative", "un_secretary_general", "nato_secretary_general");
    /** Offices held by one person at a time; elsewhere (spokespeople, vice presidents) overlaps are reported only. */
    private static final Set<String> SOLE_OFFICES = Stream.concat(
            Stream.of("president", "prime_minister", "chancellor", "foreign_minister", "defence_minister",
                    "king", "queen", "emir", "crown_prince", "supreme_leader"),
            ORGANISATION_ROLES.stream()).collect(Collectors.toUnmodifiableSet());
    /** Tolerated overlap, for sources that write the handover day as the last day of one tenure and the first of the next. */
    private static final long TOLERATED_OVERLAP_DAYS = 1;
    private static final List<String> TITLE_ONLY_ROLES = List.of("head_of_state", "head_of_government", "leader");
    private static final Set<String> TITLE_LANGS = Set.of("en", "fr");
    private static final Set<String> TITLE_NUMBERS = Set.of("s", "p");

    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SHORTHAND = Pattern.compile("[()]");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final String NO_LISTED_ROLE = "no listed role";

    @TestFactory
    Stream<DynamicTest> everyLineOfEachKnowledgeBaseFileIsValid(TestReporter reporter) {
        return Stream.of(
                dynamicTest("countries.tsv", () -> checkCountries().assertNone()),
                dynamicTest("country-names.tsv", () -> checkCountryNames().assertNone()),
                dynamicTest("actors.tsv", () -> checkActors().assertNone()),
                dynamicTest("roles.tsv", () -> checkRoles(reporter).assertNone()),
                dynamicTest("titles.tsv", () -> checkTitles().assertNone()));
    }

    @Test
    void readmeDocumentsTheVocabulariesTheFilesAreCheckedAgainst() {
        Set<String> roles = KbReadme.roleKeys();
        Set<String> missing = new TreeSet<>(MINIMUM_ROLES);
        missing.removeAll(roles);
        assertTrue(missing.isEmpty(), "kb/README.md role vocabulary lacks " + missing + "; it lists " + roles);
        assertTrue(KbReadme.ambiguityTags().contains(CONFUSABLE),
                "kb/README.md ambiguity tags lack 'confusable'; it lists " + KbReadme.ambiguityTags());
    }

    @Test
    void leadersInOfficeOn21February2020AreThoseOfThatDay() {
        LocalDate day = LocalDate.of(2020, 2, 21);
        List<Tenure> tenures = tenures(quietly("roles.tsv", ROLES));
        Map<String, String> idByName = new HashMap<>();
        for (TsvFile.Row row : quietly("actors.tsv", ACTORS).rows()) {
            idByName.putIfAbsent(fold(row.cell(1)), row.cell(0));
        }
        Function<String, String> id = name -> {
            String found = idByName.get(fold(name));
            assertTrue(found != null, "actors.tsv has no actor named " + name);
            return found;
        };
        assertAll(
                () -> assertEquals(List.of(id.apply("Vladimir Putin")), holders(tenures, "RUS", "president", day)),
                () -> assertEquals(List.of(id.apply("Recep Tayyip Erdogan")), holders(tenures, "TUR", "president", day)),
                () -> assertEquals(List.of(id.apply("Angela Merkel")), holders(tenures, "DEU", "chancellor", day)),
                () -> assertEquals(List.of(id.apply("Emmanuel Macron")), holders(tenures, "FRA", "president", day)));
    }

    // ---------------------------------------------------------------------------------------------- countries.tsv

    private Problems checkCountries() {
        Problems problems = new Problems("countries.tsv");
        TsvFile file = TsvFile.read("countries.tsv", COUNTRIES, problems);
        Set<String> iso = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        iso.add(KOSOVO);
        Set<String> expected = new TreeSet<>(UnMemberStates.CODES);
        expected.addAll(COVERED_NON_MEMBERS);

        Map<String, Integer> lineOfCode = new LinkedHashMap<>();
        Map<String, Integer> lineOfNameEn = new HashMap<>();
        Map<String, Integer> lineOfNameFr = new HashMap<>();
        for (TsvFile.Row row : file.rows()) {
            String code = row.cell(0);
            if (!ALPHA3.matcher(code).matches()) {
                problems.at(row.line(), "code '%s' is not three capital letters", code);
            } else if (!iso.contains(code)) {
                problems.at(row.line(), "code '%s' is not an ISO 3166-1 alpha-3 code (nor XKX, Kosovo)", code);
            } else if (!expected.contains(code)) {
                problems.at(row.line(), "code %s is neither a UN member state nor one of %s", code,
                        new TreeSet<>(COVERED_NON_MEMBERS));
            }
            Integer earlier = lineOfCode.putIfAbsent(code, row.line());
            if (earlier != null) {
                problems.at(row.line(), "code %s is already on line %d", code, earlier);
            }
            requireText(problems, row, COUNTRIES, 1, 2, 3);
            unique(problems, row, lineOfNameEn, row.cell(1), "name_en");
            unique(problems, row, lineOfNameFr, row.cell(2), "name_fr");
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(lineOfCode.keySet());
        if (!missing.isEmpty()) {
            problems.inFile("missing countries %s (the README covers the 193 UN members and %s)", missing,
                    new TreeSet<>(COVERED_NON_MEMBERS));
        }
        if (lineOfCode.size() != COUNTRY_COUNT) {
            problems.inFile("lists %d countries, expected %d (193 UN members + PSE, VAT, TWN, XKX)",
                    lineOfCode.size(), COUNTRY_COUNT);
        }
        return problems;
    }

    // ------------------------------------------------------------------------------------------ country-names.tsv

    private Problems checkCountryNames() {
        Problems problems = new Problems("country-names.tsv");
        TsvFile file = TsvFile.read("country-names.tsv", COUNTRY_NAMES, problems);
        Map<String, TsvFile.Row> countries = byFirstCell(quietly("countries.tsv", COUNTRIES));
        Set<String> tags = KbReadme.ambiguityTags();

        Map<List<String>, Integer> lineOfKey = new HashMap<>();
        Map<String, Set<String>> coverage = new HashMap<>();   // code -> "lang kind"
        Map<String, Set<String>> names = new HashMap<>();      // code -> "lang form" of kind name
        Map<String, StringBuilder> notes = new HashMap<>();
        Map<String, Integer> firstLineOfCode = new HashMap<>();
        Map<String, List<TsvFile.Row>> rowsOfFoldedForm = new LinkedHashMap<>();
        for (TsvFile.Row row : file.rows()) {
            String code = row.cell(0);
            String lang = row.cell(1);
            String kind = row.cell(2);
            String form = row.cell(3);
            if (!countries.containsKey(code)) {
                problems.at(row.line(), "code '%s' is not in countries.tsv", code);
            }
            if (!NAME_LANGS.contains(lang)) {
                problems.at(row.line(), "lang '%s' is not en, fr or *", lang);
            }
            if (!NAME_KINDS.contains(kind)) {
                problems.at(row.line(), "kind '%s' is not one of %s", kind, NAME_KINDS);
            }
            if (form.isEmpty()) {
                problems.at(row.line(), "form is empty");
            } else if (SHORTHAND.matcher(form).find()) {
                problems.at(row.line(), "form '%s' looks like a shorthand; write each inflection on its own line", form);
            }
            if (!NAME_CASES.contains(row.cell(4))) {
                problems.at(row.line(), "case '%s' is not i or c", row.cell(4));
            }
            String ambiguity = row.cell(5);
            if (!ambiguity.isEmpty() && !tags.contains(ambiguity)) {
                problems.at(row.line(), "ambiguity '%s' is not a tag of kb/README.md %s", ambiguity, tags);
            }
            if ("fr".equals(lang) && "demonym".equals(kind) && !form.equals(form.toLowerCase(Locale.FRENCH))) {
                problems.at(row.line(), "French demonym '%s' must be written in lower case", form);
            }
            for (String each : "*".equals(lang) ? List.of("en", "fr") : List.of(lang)) {
                Integer earlier = lineOfKey.putIfAbsent(List.of(code, each, kind, form), row.line());
                if (earlier != null) {
                    problems.at(row.line(), "repeats line %d: %s %s %s '%s'", earlier, code, each, kind, form);
                }
                coverage.computeIfAbsent(code, c -> new HashSet<>()).add(each + " " + kind);
                if ("name".equals(kind)) {
                    names.computeIfAbsent(code, c -> new HashSet<>()).add(each + " " + form);
                }
            }
            notes.computeIfAbsent(code, c -> new StringBuilder()).append(row.cell(6).toLowerCase(Locale.ROOT)).append('\n');
            firstLineOfCode.putIfAbsent(code, row.line());
            rowsOfFoldedForm.computeIfAbsent(fold(form), f -> new ArrayList<>()).add(row);
        }

        for (List<TsvFile.Row> rows : rowsOfFoldedForm.values()) {
            Set<String> codes = rows.stream().map(r -> r.cell(0)).collect(Collectors.toCollection(TreeSet::new));
            if (codes.size() > 1) {
                for (TsvFile.Row row : rows) {
                    if (!CONFUSABLE.equals(row.cell(5))) {
                        problems.at(row.line(), "'%s' is listed under %s: a form shared by countries must be tagged %s",
                                row.cell(3), codes, CONFUSABLE);
                    }
                }
            }
        }
        for (TsvFile.Row country : countries.values()) {
            String code = country.cell(0);
            Integer firstLine = firstLineOfCode.get(code);
            if (firstLine == null) {
                problems.inFile("%s (countries.tsv line %d) has no line here; it needs a name, a demonym and the "
                        + "capital in English and in French", code, country.line());
                continue;
            }
            Set<String> covered = coverage.getOrDefault(code, Set.of());
            String countryNotes = notes.getOrDefault(code, new StringBuilder()).toString();
            for (String lang : List.of("en", "fr")) {
                for (String kind : REQUIRED_KINDS) {
                    String documented = "no " + LANGUAGE_WORD.get(lang).toLowerCase(Locale.ROOT) + " " + kind;
                    if (!covered.contains(lang + " " + kind) && !countryNotes.contains(documented)) {
                        problems.at(firstLine,
                                "%s has no %s %s; add one (lang %s or *) or explain '%s ...' in a note of %s",
                                code, lang, kind, lang, "no " + LANGUAGE_WORD.get(lang) + " " + kind, code);
                    }
                }
            }
            Set<String> ownNames = names.getOrDefault(code, Set.of());
            if (!ownNames.contains("en " + country.cell(1))) {
                problems.at(firstLine,
                        "%s: name_en '%s' of countries.tsv is not listed as an en name", code, country.cell(1));
            }
            if (!ownNames.contains("fr " + country.cell(2))) {
                problems.at(firstLine,
                        "%s: name_fr '%s' of countries.tsv is not listed as a fr name", code, country.cell(2));
            }
        }
        return problems;
    }

    // ----------------------------------------------------------------------------------------------- actors.tsv

    private Problems checkActors() {
        Problems problems = new Problems("actors.tsv");
        TsvFile file = TsvFile.read("actors.tsv", ACTORS, problems);
        Set<String> countries = byFirstCell(quietly("countries.tsv", COUNTRIES)).keySet();
        Set<String> withRoles = byFirstCell(quietly("roles.tsv", ROLES)).keySet();

        Map<String, Integer> lineOfId = new HashMap<>();
        Map<String, Map<String, Form>> formsByKey = new LinkedHashMap<>();  // folded form -> actor id -> first use
        for (TsvFile.Row row : file.rows()) {
            String id = row.cell(0);
            String name = row.cell(1);
            String country = row.cell(2);
            if (!SLUG.matcher(id).matches()) {
                problems.at(row.line(), "id '%s' is not a lower-case ASCII slug (a-z, 0-9, single hyphens)", id);
            }
            Integer earlier = lineOfId.putIfAbsent(id, row.line());
            if (earlier != null) {
                problems.at(row.line(), "id '%s' is already used on line %d", id, earlier);
            }
            requireText(problems, row, ACTORS, 1, 4);
            if (!"-".equals(country) && !countries.contains(country)) {
                problems.at(row.line(), "country '%s' is neither '-' nor a code of countries.tsv", country);
            }
            List<String> forms = new ArrayList<>();
            forms.add(name);
            if (!row.cell(3).isEmpty()) {
                Set<String> seen = new HashSet<>();
                for (String alias : row.cell(3).split("\\|", -1)) {
                    if (alias.isBlank()) {
                        problems.at(row.line(), "aliases '%s' contain an empty alias (doubled, leading or trailing '|')",
                                row.cell(3));
                        continue;
                    }
                    if (!alias.equals(alias.strip())) {
                        problems.at(row.line(), "alias '%s' has leading or trailing spaces", alias);
                    }
                    if (alias.strip().equals(name)) {
                        problems.at(row.line(), "alias '%s' repeats the canonical name (which is matched anyway)", alias);
                    } else if (!seen.add(alias.strip())) {
                        problems.at(row.line(), "alias '%s' is listed twice", alias);
                    }
                    forms.add(alias.strip());
                }
            }
            for (String form : forms) {
                formsByKey.computeIfAbsent(fold(form), k -> new LinkedHashMap<>())
                        .putIfAbsent(id, new Form(form, row.line()));
            }
            boolean saysNoRole = row.cell(4).toLowerCase(Locale.ROOT).contains(NO_LISTED_ROLE);
            if (!withRoles.contains(id) && !saysNoRole) {
                problems.at(row.line(), "%s has no line in roles.tsv; add one, or say why in source (\"...; %s\")",
                        id, NO_LISTED_ROLE);
            } else if (withRoles.contains(id) && saysNoRole) {
                problems.at(row.line(), "%s has lines in roles.tsv but its source says '%s'", id, NO_LISTED_ROLE);
            }
        }

        for (Map.Entry<String, Map<String, Form>> entry : formsByKey.entrySet()) {
            if (entry.getValue().size() < 2) {
                continue;
            }
            List<Map.Entry<String, Form>> owners = new ArrayList<>(entry.getValue().entrySet());
            owners.sort(Comparator.comparingInt(e -> e.getValue().line()));
            String what = entry.getKey().contains(" ") ? "form" : "bare single-word form";
            String others = owners.subList(0, owners.size() - 1).stream()
                    .map(e -> e.getKey() + " (line " + e.getValue().line() + ", '" + e.getValue().text() + "')")
                    .collect(Collectors.joining(", "));
            Map.Entry<String, Form> last = owners.get(owners.size() - 1);
            problems.at(last.getValue().line(),
                    "%s '%s' of %s is also a name or alias of %s (compared without accents and case): ambiguous; "
                            + "give each person the longer form instead", what, last.getValue().text(), last.getKey(), others);
        }
        return problems;
    }

    private record Form(String text, int line) {
    }

    // ------------------------------------------------------------------------------------------------ roles.tsv

    private Problems checkRoles(TestReporter reporter) {
        Problems problems = new Problems("roles.tsv");
        TsvFile file = TsvFile.read("roles.tsv", ROLES, problems);
        Set<String> actors = byFirstCell(quietly("actors.tsv", ACTORS)).keySet();
        Set<String> countries = byFirstCell(quietly("countries.tsv", COUNTRIES)).keySet();
        Set<String> vocabulary = KbReadme.roleKeys();

        Map<List<String>, Integer> lineOfKey = new HashMap<>();
        for (TsvFile.Row row : file.rows()) {
            String actor = row.cell(0);
            String country = row.cell(1);
            String role = row.cell(2);
            if (!actors.contains(actor)) {
                problems.at(row.line(), "actor_id '%s' is not an id of actors.tsv", actor);
            }
            if (!vocabulary.contains(role)) {
                problems.at(row.line(), "role '%s' is not in the role vocabulary of kb/README.md", role);
            }
            if (ORGANISATION_ROLES.contains(role)) {
                if (!"-".equals(country)) {
                    problems.at(row.line(), "%s is an organisation office: country must be '-', not '%s'", role, country);
                }
            } else if ("-".equals(country)) {
                problems.at(row.line(), "country '-' is only for the organisation offices %s, not %s",
                        new TreeSet<>(ORGANISATION_ROLES), role);
            } else if (!countries.contains(country)) {
                problems.at(row.line(), "country '%s' is not a code of countries.tsv", country);
            }
            LocalDate from = date(problems, row, 3, false);
            LocalDate to = date(problems, row, 4, true);
            if (from != null && to != null && to.isBefore(from)) {
                problems.at(row.line(), "to %s is before from %s", to, from);
            }
            requireText(problems, row, ROLES, 5);
            Integer earlier = lineOfKey.putIfAbsent(List.of(actor, country, role, row.cell(3)), row.line());
            if (earlier != null) {
                problems.at(row.line(), "repeats line %d: %s %s %s from %s", earlier, actor, country, role, row.cell(3));
            }
        }

        Map<String, List<Tenure>> offices = new TreeMap<>();
        for (Tenure tenure : tenures(file)) {
            offices.computeIfAbsent(tenure.country() + " " + tenure.role(), k -> new ArrayList<>()).add(tenure);
        }
        List<String> sharedOffices = new ArrayList<>();
        offices.forEach((office, held) -> {
            held.sort(Comparator.comparing(Tenure::from).thenComparingInt(Tenure::line));
            boolean shared = false;
            for (int i = 0; i < held.size(); i++) {
                for (int j = i + 1; j < held.size(); j++) {
                    Tenure first = held.get(i);
                    Tenure second = held.get(j);
                    long overlap = first.overlapDays(second);
                    if (first.actor().equals(second.actor()) && overlap > 0) {
                        problems.at(second.line(), "%s: %s's tenure %s overlaps their own tenure on line %d (%s); "
                                + "one line per tenure", office, second.actor(), second.span(), first.line(), first.span());
                    } else if (!first.actor().equals(second.actor()) && overlap > TOLERATED_OVERLAP_DAYS) {
                        if (SOLE_OFFICES.contains(second.role())) {
                            problems.at(second.line(), "%s: %s (%s) overlaps %s (line %d, %s) by %s; "
                                    + "one holder at a time", office, second.actor(), second.span(), first.actor(),
                                    first.line(), first.span(), overlap == Long.MAX_VALUE ? "both still in office"
                                            : overlap + " days");
                        } else {
                            shared = true;
                        }
                    }
                }
            }
            if (shared) {
                sharedOffices.add(office + ": up to " + mostAtOnce(held) + " holders at once among "
                        + held.stream().map(Tenure::actor).distinct().collect(Collectors.joining(", ")));
            }
        });
        // Plural offices are legitimate only where the README says so (Chinese ministry spokespeople): list them for review.
        String shared = sharedOffices.isEmpty() ? "none" : String.join("; ", sharedOffices);
        reporter.publishEntry("offices held by several people at once", shared);
        LOG.info("roles.tsv: offices held by several people at once (not sole offices, so allowed; review): {}", shared);
        return problems;
    }

    private static LocalDate date(Problems problems, TsvFile.Row row, int column, boolean emptyAllowed) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            if (!emptyAllowed) {
                problems.at(row.line(), "%s is empty", ROLES.get(column));
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.at(row.line(), "%s '%s' is not a valid ISO date (yyyy-mm-dd)", ROLES.get(column), text);
            return null;
        }
    }

    /** A tenure with a parsable start; {@code to} is exclusive (the successor's first day), null while in office. */
    private record Tenure(int line, String actor, String country, String role, LocalDate from, LocalDate to) {

        LocalDate end() {
            return to == null ? LocalDate.MAX : to;
        }

        boolean holdsOn(LocalDate day) {
            return !day.isBefore(from) && day.isBefore(end());
        }

        /** Days both hold the office; Long.MAX_VALUE when both are still in office. */
        long overlapDays(Tenure other) {
            if (to == null && other.to == null) {
                return Long.MAX_VALUE;
            }
            LocalDate start = from.isAfter(other.from) ? from : other.from;
            LocalDate end = end().isBefore(other.end()) ? end() : other.end();
            return Math.max(0, ChronoUnit.DAYS.between(start, end));
        }

        String span() {
            return from + " to " + (to == null ? "(in office)" : to);
        }
    }

    private static List<Tenure> tenures(TsvFile roles) {
        List<Tenure> tenures = new ArrayList<>();
        for (TsvFile.Row row : roles.rows()) {
            try {
                LocalDate from = LocalDate.parse(row.cell(3));
                LocalDate to = row.cell(4).isEmpty() ? null : LocalDate.parse(row.cell(4));
                if (to == null || !to.isBefore(from)) {
                    tenures.add(new Tenure(row.line(), row.cell(0), row.cell(1), row.cell(2), from, to));
                }
            } catch (DateTimeParseException e) {
                // reported by checkRoles
            }
        }
        return tenures;
    }

    private static int mostAtOnce(List<Tenure> held) {
        return held.stream()
                .mapToInt(t -> (int) held.stream().filter(other -> other.holdsOn(t.from())).count())
                .max().orElse(0);
    }

    private static List<String> holders(List<Tenure> tenures, String country, String role, LocalDate day) {
        return tenures.stream()
                .filter(t -> t.country().equals(country) && t.role().equals(role) && t.holdsOn(day))
                .map(Tenure::actor).distinct().toList();
    }

    // ----------------------------------------------------------------------------------------------- titles.tsv

    private Problems checkTitles() {
        Problems problems = new Problems("titles.tsv");
        TsvFile file = TsvFile.read("titles.tsv", TITLES, problems);
        Set<String> roles = new LinkedHashSet<>(KbReadme.roleKeys());
        roles.addAll(TITLE_ONLY_ROLES);

        Map<List<String>, TsvFile.Row> byForm = new HashMap<>();
        for (TsvFile.Row row : file.rows()) {
            String form = row.cell(1);
            if (!TITLE_LANGS.contains(row.cell(0))) {
                problems.at(row.line(), "lang '%s' is not en or fr", row.cell(0));
            }
            if (form.isEmpty()) {
                problems.at(row.line(), "form is empty");
            } else if (SHORTHAND.matcher(form).find()) {
                problems.at(row.line(), "form '%s' looks like a shorthand; write each inflection on its own line", form);
            }
            if (!roles.contains(row.cell(2))) {
                problems.at(row.line(), "role '%s' is neither a role of kb/README.md nor one of %s",
                        row.cell(2), TITLE_ONLY_ROLES);
            }
            if (!TITLE_NUMBERS.contains(row.cell(3))) {
                problems.at(row.line(), "number '%s' is not s or p", row.cell(3));
            }
            String folded = fold(form);
            if (folded.contains("homolog") || folded.contains("counterpart")) {
                problems.at(row.line(), "'%s': the engine handles homologue/counterpart itself, do not list it", form);
            }
            TsvFile.Row earlier = byForm.putIfAbsent(List.of(row.cell(0), folded), row);
            if (earlier != null) {
                problems.at(row.line(), "'%s' is already on line %d (as %s): one phrase, one role",
                        form, earlier.line(), earlier.cell(2));
            }
        }
        return problems;
    }

    // -------------------------------------------------------------------------------------------------- helpers

    /** Accent-free lower case, as the tagger compares forms ("Erdoğan" and "Erdogan" are one key). */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return ACCENTS.matcher(decomposed).replaceAll("").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    /** Another file read for cross-references; its own problems are reported by its own test. */
    private static TsvFile quietly(String name, List<String> header) {
        return TsvFile.read(name, header, new Problems(name));
    }

    private static Map<String, TsvFile.Row> byFirstCell(TsvFile file) {
        Map<String, TsvFile.Row> rows = new LinkedHashMap<>();
        for (TsvFile.Row row : file.rows()) {
            rows.putIfAbsent(row.cell(0), row);
        }
        return rows;
    }

    private static void requireText(Problems problems, TsvFile.Row row, List<String> header, int... columns) {
        Arrays.stream(columns)
                .filter(c -> row.cell(c).isBlank())
                .forEach(c -> problems.at(row.line(), "%s is empty", header.get(c)));
    }

    private static void unique(Problems problems, TsvFile.Row row, Map<String, Integer> lineOf, String value,
                               String column) {
        if (value.isEmpty()) {
            return;
        }
        Integer earlier = lineOf.putIfAbsent(value, row.line());
        if (earlier != null) {
            problems.at(row.line(), "%s '%s' is already used on line %d", column, value, earlier);
        }
    }
}
