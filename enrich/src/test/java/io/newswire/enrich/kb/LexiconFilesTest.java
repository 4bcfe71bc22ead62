package io.newswire.enrich.kb;

import io.newswire.enrich.tagger.kb.AmbiguityRule;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.LanguageProfile;
import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The engine's own files under kb/lexicon/ are checked line by line as the top-level files are
 * ({@link KnowledgeBaseFilesTest}): exact header and columns, known vocabulary, values in range, no duplicate line,
 * references to countries and roles that exist. A bad line fails with the file, the line and the problem.
 */
class LexiconFilesTest {

    private static final List<String> LANGUAGES = List.of("lang", "name", "lexicon", "note");
    private static final List<String> PROFILE = List.of("setting", "value", "note");
    private static final List<String> TRIGGERS = List.of("type", "status", "form", "word", "frame", "note");
    private static final List<String> CUES = List.of("cue", "value", "form", "note");
    private static final List<String> INSTITUTIONS = List.of("form", "kind", "note");
    private static final List<String> CALENDAR = List.of("kind", "form", "value", "note");
    private static final List<String> EVENT_CODES = List.of("type", "status", "mode", "cameo", "goldstein", "plover_event", "plover_mode", "note");
    private static final List<String> STATUSES = List.of("type", "status", "reads_as", "note");
    private static final List<String> CONFLICTS = List.of("theatre", "sides", "from", "to", "source", "note");
    private static final List<String> WORD_CLASSES = List.of("verb", "noun", "adverbial");
    private static final List<String> MEETING_MODES = List.of("*", "visit", "host", "third_place", "unplaced");
    private static final List<String> AMBIGUITY = List.of("form", "rule", "cue", "note");
    private static final List<String> PLACES = List.of("place", "country", "note");
    private static final List<String> VENUES = List.of("place", "country", "source", "note");
    private static final List<String> NAME_ORDER = List.of("country", "order", "source", "note");
    private static final List<String> GROUPS = List.of("group", "members", "note");
    private static final List<String> ABBREVIATIONS = List.of("form", "note");
    private static final List<String> ROLE_FALLBACKS = List.of("role", "stands_for", "note");
    private static final List<String> INTERNATIONAL_ROLES = List.of("role", "note");
    private static final List<String> STOPWORDS = List.of("lang", "word", "note");
    private static final List<String> COUNTRY_FORMS = List.of("code", "lang", "kind", "form", "case", "ambiguity", "note");
    private static final List<String> TITLES_EXTRA = List.of("lang", "role", "form", "number", "note");

    private static final String NO_EVENT = "NONE";
    private static final List<String> PROFILE_SETTINGS = LanguageProfile.settings();
    private static final List<String> LANGUAGE_FILES = List.of("profile", "triggers", "cues", "institutions", "calendar", "person-words");
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
    /** Generic roles a title or a fallback may name besides the role vocabulary (kb/README.md, titles.tsv). */
    private static final Set<String> TITLE_ONLY_ROLES = Set.of("head_of_state", "head_of_government", "leader", "counterpart");

    @TestFactory
    Stream<DynamicTest> everyLineOfEachLexiconFileIsValid() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("languages.tsv", () -> checkLanguages().assertNone()));
        for (String lang : lexiconLanguages()) {
            tests.add(dynamicTest("profile-" + lang + ".tsv", () -> checkProfile(lang).assertNone()));
            tests.add(dynamicTest("triggers-" + lang + ".tsv", () -> checkTriggers(lang).assertNone()));
            tests.add(dynamicTest("cues-" + lang + ".tsv", () -> checkCues(lang).assertNone()));
            tests.add(dynamicTest("institutions-" + lang + ".tsv", () -> checkInstitutions(lang).assertNone()));
            tests.add(dynamicTest("calendar-" + lang + ".tsv", () -> checkCalendar(lang).assertNone()));
        }
        tests.add(dynamicTest("event-codes.tsv", () -> checkEventCodes().assertNone()));
        tests.add(dynamicTest("statuses.tsv", () -> checkStatuses().assertNone()));
        tests.add(dynamicTest("conflicts.tsv", () -> checkConflicts().assertNone()));
        tests.add(dynamicTest("ambiguity.tsv", () -> checkAmbiguity().assertNone()));
        tests.add(dynamicTest("places.tsv", () -> checkPlaces("lexicon/places.tsv").assertNone()));
        tests.add(dynamicTest("office-places.tsv", () -> checkPlaces("lexicon/office-places.tsv").assertNone()));
        tests.add(dynamicTest("venues.tsv", () -> checkVenues().assertNone()));
        tests.add(dynamicTest("name-order.tsv", () -> checkNameOrder().assertNone()));
        tests.add(dynamicTest("groups.tsv", () -> checkGroups().assertNone()));
        tests.add(dynamicTest("abbreviations.tsv", () -> checkAbbreviations().assertNone()));
        tests.add(dynamicTest("role-fallbacks.tsv", () -> checkRoleFallbacks().assertNone()));
        tests.add(dynamicTest("international-roles.tsv", () -> checkInternationalRoles().assertNone()));
        tests.add(dynamicTest("stopwords.tsv", () -> checkStopwords().assertNone()));
        tests.add(dynamicTest("country-forms-extra.tsv", () -> checkCountryFormsExtra().assertNone()));
        tests.add(dynamicTest("titles-extra.tsv", () -> checkTitlesExtra().assertNone()));
        return tests.stream();
    }

    @Test
    void readmeDescribesEveryCueKind() {
        Set<String> kinds = new TreeSet<>();
        for (CueKind k : CueKind.values()) kinds.add(k.wireName());
        assertEquals(kinds, new TreeSet<>(KbReadme.cueKinds()), "kb/README.md's cue kinds table and CueKind differ");
    }

    // ------------------------------------------------------------------------------------------- languages

    private Problems checkLanguages() {
        Problems problems = new Problems("lexicon/languages.tsv");
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read("lexicon/languages.tsv", LANGUAGES, problems).rows()) {
            String lang = row.cell(0);
            if (!ISO_639_1.contains(lang)) problems.at(row.line(), "lang '%s' is not an ISO 639-1 code", lang);
            unique(problems, row, lineOf, lang, "lang");
            requireText(problems, row, LANGUAGES, 1);
            if (!List.of("yes", "no").contains(row.cell(2))) problems.at(row.line(), "lexicon '%s' is not yes or no", row.cell(2));
            if (row.cell(2).equals("yes")) {
                for (String kind : LANGUAGE_FILES) {
                    String file = "lexicon/" + kind + "-" + lang + ".tsv";
                    if (LexiconFilesTest.class.getResource("/kb/" + file) == null) problems.at(row.line(), "%s has a lexicon but no kb/%s", lang, file);
                }
            }
        }
        return problems;
    }

    private Problems checkProfile(String lang) {
        String name = "lexicon/profile-" + lang + ".tsv";
        Problems problems = new Problems(name);
        int positions = 0;
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read(name, PROFILE, problems).rows()) {
            String setting = row.cell(0);
            if (!PROFILE_SETTINGS.contains(setting)) problems.at(row.line(), "setting '%s' is not one of %s", setting, PROFILE_SETTINGS);
            requireText(problems, row, PROFILE, 1);
            unique(problems, row, lineOf, setting + " " + row.cell(1), "setting and value");
            if (setting.equals("demonym_position")) {
                positions++;
                if (!List.of("after_noun", "before_noun").contains(row.cell(1))) problems.at(row.line(), "demonym_position '%s' is not after_noun or before_noun", row.cell(1));
            }
        }
        if (positions != 1) problems.inFile("needs exactly one demonym_position, has %d", positions);
        return problems;
    }

    // ------------------------------------------------------------------------------------------- events

    private Problems checkTriggers(String lang) {
        String name = "lexicon/triggers-" + lang + ".tsv";
        Problems problems = new Problems(name);
        Set<String> coded = codedTypes();
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read(name, TRIGGERS, problems).rows()) {
            String type = row.cell(0);
            requireText(problems, row, TRIGGERS, 2);
            unique(problems, row, lineOf, type + " " + fold(row.cell(2)), "type and form");
            if (type.equals(NO_EVENT)) {
                if (!row.cell(1).equals("-")) problems.at(row.line(), "a %s phrase has status '-', not '%s'", NO_EVENT, row.cell(1));
                continue;
            }
            if (EventType.find(type).isEmpty()) problems.at(row.line(), "type '%s' is neither an event type nor %s", type, NO_EVENT);
            else if (!coded.contains(type)) problems.at(row.line(), "type %s has no default ('*') row in event-codes.tsv", type);
            if (EventStatus.find(row.cell(1)).isEmpty()) problems.at(row.line(), "status '%s' is not an event status", row.cell(1));
            if (!WORD_CLASSES.contains(row.cell(3))) problems.at(row.line(), "word '%s' is not one of %s", row.cell(3), WORD_CLASSES);
            if (TriggerFrame.find(row.cell(4)).isEmpty()) problems.at(row.line(), "frame '%s' is not one of %s", row.cell(4), TriggerFrame.known());
            else if (EventType.find(type).isPresent() && !TriggerFrame.find(row.cell(4)).get().fits(EventType.find(type).get())) {
                problems.at(row.line(), "frame '%s' does not fit a %s trigger", row.cell(4), type);
            }
        }
        return problems;
    }

    private Problems checkCues(String lang) {
        String name = "lexicon/cues-" + lang + ".tsv";
        Problems problems = new Problems(name);
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read(name, CUES, problems).rows()) {
            requireText(problems, row, CUES, 1, 2);
            unique(problems, row, lineOf, row.cell(0) + " " + row.cell(1) + " " + fold(row.cell(2)), "cue, value and form");
            CueKind.find(row.cell(0)).ifPresentOrElse(kind -> {
                String problem = kind.problemWith(row.cell(1));
                if (problem != null) problems.at(row.line(), "value '%s': %s", row.cell(1), problem);
            }, () -> problems.at(row.line(), "cue '%s' is not one of %s", row.cell(0), CueKind.known()));
        }
        return problems;
    }

    private Problems checkEventCodes() {
        Problems problems = new Problems("lexicon/event-codes.tsv");
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read("lexicon/event-codes.tsv", EVENT_CODES, problems).rows()) {
            if (EventType.find(row.cell(0)).isEmpty()) problems.at(row.line(), "type '%s' is not an event type", row.cell(0));
            if (!row.cell(1).equals("*") && EventStatus.find(row.cell(1)).isEmpty()) problems.at(row.line(), "status '%s' is not an event status nor *", row.cell(1));
            if (!MEETING_MODES.contains(row.cell(2))) problems.at(row.line(), "mode '%s' is not one of %s", row.cell(2), MEETING_MODES);
            unique(problems, row, lineOf, row.cell(0) + " " + row.cell(1) + " " + row.cell(2), "type, status and mode");
            if (!CAMEO.matcher(row.cell(3)).matches()) problems.at(row.line(), "cameo '%s' is not a CAMEO code (2 to 4 digits)", row.cell(3));
            try {
                double g = Double.parseDouble(row.cell(4));
                if (g < -10 || g > 10) problems.at(row.line(), "goldstein %s is outside -10..10", row.cell(4));
            } catch (NumberFormatException e) {
                problems.at(row.line(), "goldstein '%s' is not a number", row.cell(4));
            }
            requireText(problems, row, EVENT_CODES, 5, 6);
        }
        Set<String> missing = new TreeSet<>(List.of(EventType.PHONE_CALL.wireName(), EventType.MEETING.wireName(),
                EventType.SUMMIT_PROPOSAL.wireName(), EventType.CEASEFIRE.wireName()));
        missing.removeAll(codedTypes());
        if (!missing.isEmpty()) problems.inFile("no default ('*') row for the event types the rules read: %s", missing);
        return problems;
    }

    // ------------------------------------------------------------------------------------------- words

    private Problems checkInstitutions(String lang) {
        String name = "lexicon/institutions-" + lang + ".tsv";
        Problems problems = new Problems(name);
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read(name, INSTITUTIONS, problems).rows()) {
            requireText(problems, row, INSTITUTIONS, 0);
            unique(problems, row, lineOf, fold(row.cell(0)), "form");
            if (!row.cell(1).equals("institution")) problems.at(row.line(), "kind '%s' is not institution", row.cell(1));
        }
        return problems;
    }

    private Problems checkCalendar(String lang) {
        String name = "lexicon/calendar-" + lang + ".tsv";
        Problems problems = new Problems(name);
        Map<String, Integer> lineOf = new HashMap<>();
        Set<String> months = new HashSet<>();
        Set<String> weekdays = new HashSet<>();
        Map<String, int[]> ranges = Map.of("month", new int[]{1, 12}, "weekday", new int[]{1, 7}, "relative", new int[]{-7, 7}, "day", new int[]{1, 31},
                "number", new int[]{1, 1000}, "unit", new int[]{1, 8784}, "previous", new int[]{1, 1}, "part", new int[]{0, 0});
        for (TsvFile.Row row : TsvFile.read(name, CALENDAR, problems).rows()) {
            String kind = row.cell(0);
            requireText(problems, row, CALENDAR, 1);
            unique(problems, row, lineOf, kind + " " + fold(row.cell(1)), "kind and form");
            int[] range = ranges.get(kind);
            if (range == null) {
                problems.at(row.line(), "kind '%s' is not one of %s", kind, new TreeSet<>(ranges.keySet()));
                continue;
            }
            try {
                int value = Integer.parseInt(row.cell(2));
                if (value < range[0] || value > range[1]) problems.at(row.line(), "%s value %d is outside %d..%d", kind, value, range[0], range[1]);
                if (kind.equals("month")) months.add(row.cell(2));
                if (kind.equals("weekday")) weekdays.add(row.cell(2));
            } catch (NumberFormatException e) {
                problems.at(row.line(), "value '%s' is not a whole number", row.cell(2));
            }
        }
        if (months.size() != 12) problems.inFile("names %d of the 12 months", months.size());
        if (weekdays.size() != 7) problems.inFile("names %d of the 7 weekdays", weekdays.size());
        return problems;
    }

    private Problems checkAbbreviations() {
        Problems problems = new Problems("lexicon/abbreviations.tsv");
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read("lexicon/abbreviations.tsv", ABBREVIATIONS, problems).rows()) {
            requireText(problems, row, ABBREVIATIONS, 0);
            unique(problems, row, lineOf, fold(row.cell(0)), "form");
        }
        return problems;
    }

    private Problems checkStopwords() {
        Problems problems = new Problems("lexicon/stopwords.tsv");
        Set<String> languages = new HashSet<>(declaredLanguages());
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read("lexicon/stopwords.tsv", STOPWORDS, problems).rows()) {
            if (!languages.contains(row.cell(0))) problems.at(row.line(), "lang '%s' is not in languages.tsv", row.cell(0));
            String word = row.cell(1);
            if (!word.equals(word.toLowerCase(Locale.ROOT)) || word.isEmpty()) problems.at(row.line(), "word '%s' is not one lower-case word", word);
            unique(problems, row, lineOf, word, "word (a word of two languages decides nothing)");
        }
        return problems;
    }

    // ------------------------------------------------------------------------------------------- countries and roles

    private Problems checkAmbiguity() {
        Problems problems = new Problems("lexicon/ambiguity.tsv");
        Set<String> codes = countryCodes();
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read("lexicon/ambiguity.tsv", AMBIGUITY, problems).rows()) {
            requireText(problems, row, AMBIGUITY, 0);
            unique(problems, row, lineOf, fold(row.cell(0)) + " " + row.cell(1) + " " + fold(row.cell(2)), "form, rule and cue");
            AmbiguityRule.Kind kind = AmbiguityRule.Kind.find(row.cell(1)).orElse(null);
            if (kind == null) {
                problems.at(row.line(), "rule '%s' is not one of %s", row.cell(1), AmbiguityRule.Kind.known());
                continue;
            }
            boolean needsCue = switch (kind) {
                case CASE, DROP, FIRST_NAME -> false;
                case STOP_BEFORE, STOP_AFTER, STOP_SENTENCE, STOP_DOCUMENT, PREFER, GIVEN_NAME -> true;
            };
            if (needsCue && row.cell(2).isEmpty()) problems.at(row.line(), "rule %s needs a cue", row.cell(1));
            if (!needsCue && !row.cell(2).isEmpty()) problems.at(row.line(), "rule %s takes no cue", row.cell(1));
            if (kind == AmbiguityRule.Kind.PREFER && !codes.contains(row.cell(2))) problems.at(row.line(), "prefer '%s' is not a code of countries.tsv", row.cell(2));
        }
        return problems;
    }

    /** Venue cities: a place, its country, a source; no capital (a capital is a country form already). */
    private Problems checkVenues() {
        Problems problems = new Problems("lexicon/venues.tsv");
        Set<String> codes = countryCodes();
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read("lexicon/venues.tsv", VENUES, problems).rows()) {
            requireText(problems, row, VENUES, 0);
            requireText(problems, row, VENUES, 2);
            unique(problems, row, lineOf, fold(row.cell(0)), "place");
            if (!codes.contains(row.cell(1))) problems.at(row.line(), "country '%s' is not in countries.tsv", row.cell(1));
        }
        return problems;
    }

    /** How each listed state's people are named by one word: a known country once, a known order, a source. */
    private Problems checkNameOrder() {
        Problems problems = new Problems("lexicon/name-order.tsv");
        Set<String> codes = countryCodes();
        Set<String> orders = new TreeSet<>();
        for (io.newswire.enrich.tagger.kb.NameOrder o : io.newswire.enrich.tagger.kb.NameOrder.values()) orders.add(o.wireName());
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read("lexicon/name-order.tsv", NAME_ORDER, problems).rows()) {
            requireText(problems, row, NAME_ORDER, 2);
            unique(problems, row, lineOf, row.cell(0), "country");
            if (!codes.contains(row.cell(0))) problems.at(row.line(), "country '%s' is not in countries.tsv", row.cell(0));
            if (!orders.contains(row.cell(1))) problems.at(row.line(), "order '%s' is not one of %s", row.cell(1), orders);
        }
        return problems;
    }

    private Problems checkPlaces(String file) {
        Problems problems = new Problems(file);
        Set<String> codes = countryCodes();
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read(file, PLACES, problems).rows()) {
            requireText(problems, row, PLACES, 0);
            unique(problems, row, lineOf, fold(row.cell(0)), "place");
            if (!codes.contains(row.cell(1))) problems.at(row.line(), "country '%s' is not in countries.tsv", row.cell(1));
        }
        return problems;
    }

    private Problems checkGroups() {
        Problems problems = new Problems("lexicon/groups.tsv");
        Set<String> codes = countryCodes();
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read("lexicon/groups.tsv", GROUPS, problems).rows()) {
            requireText(problems, row, GROUPS, 0, 1);
            unique(problems, row, lineOf, fold(row.cell(0)), "group");
            for (String member : row.cell(1).split("\\s*,\\s*")) {
                if (!codes.contains(member)) problems.at(row.line(), "member '%s' is not in countries.tsv", member);
            }
        }
        return problems;
    }

    private Problems checkRoleFallbacks() {
        Problems problems = new Problems("lexicon/role-fallbacks.tsv");
        Set<String> roles = roleKeys();
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read("lexicon/role-fallbacks.tsv", ROLE_FALLBACKS, problems).rows()) {
            if (!roles.contains(row.cell(0))) problems.at(row.line(), "role '%s' is neither a role of kb/README.md nor %s", row.cell(0), TITLE_ONLY_ROLES);
            unique(problems, row, lineOf, row.cell(0), "role");
            for (String role : row.cell(1).split("\\s*,\\s*")) {
                if (!roles.contains(role)) problems.at(row.line(), "stands_for '%s' is not a role of kb/README.md", role);
            }
        }
        return problems;
    }

    private Problems checkInternationalRoles() {
        Problems problems = new Problems("lexicon/international-roles.tsv");
        Set<String> roles = KbReadme.roleKeys();
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read("lexicon/international-roles.tsv", INTERNATIONAL_ROLES, problems).rows()) {
            if (!roles.contains(row.cell(0))) problems.at(row.line(), "role '%s' is not a role of kb/README.md", row.cell(0));
            unique(problems, row, lineOf, row.cell(0), "role");
        }
        return problems;
    }

    private Problems checkCountryFormsExtra() {
        Problems problems = new Problems("lexicon/country-forms-extra.tsv");
        Set<String> codes = countryCodes();
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read("lexicon/country-forms-extra.tsv", COUNTRY_FORMS, problems).rows()) {
            if (!codes.contains(row.cell(0))) problems.at(row.line(), "code '%s' is not in countries.tsv", row.cell(0));
            if (!List.of("en", "fr", "*").contains(row.cell(1))) problems.at(row.line(), "lang '%s' is not en, fr or *", row.cell(1));
            if (!List.of("name", "demonym", "capital", "seat").contains(row.cell(2))) problems.at(row.line(), "kind '%s' is not name, demonym, capital or seat", row.cell(2));
            requireText(problems, row, COUNTRY_FORMS, 3);
            if (!List.of("i", "c").contains(row.cell(4))) problems.at(row.line(), "case '%s' is not i or c", row.cell(4));
            unique(problems, row, lineOf, row.cell(0) + " " + row.cell(1) + " " + row.cell(2) + " " + fold(row.cell(3)), "code, lang, kind and form");
        }
        return problems;
    }

    private Problems checkTitlesExtra() {
        Problems problems = new Problems("lexicon/titles-extra.tsv");
        Set<String> languages = new HashSet<>(lexiconLanguages());
        Set<String> roles = roleKeys();
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read("lexicon/titles-extra.tsv", TITLES_EXTRA, problems).rows()) {
            if (!languages.contains(row.cell(0))) problems.at(row.line(), "lang '%s' has no lexicon in languages.tsv", row.cell(0));
            if (!roles.contains(row.cell(1))) problems.at(row.line(), "role '%s' is neither a role of kb/README.md nor %s", row.cell(1), TITLE_ONLY_ROLES);
            requireText(problems, row, TITLES_EXTRA, 2);
            if (!List.of("s", "p").contains(row.cell(3))) problems.at(row.line(), "number '%s' is not s or p", row.cell(3));
            unique(problems, row, lineOf, row.cell(0) + " " + fold(row.cell(2)), "lang and form");
        }
        return problems;
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static List<String> declaredLanguages() {
        return quietly("lexicon/languages.tsv", LANGUAGES).rows().stream().map(r -> r.cell(0)).toList();
    }

    private static List<String> lexiconLanguages() {
        return quietly("lexicon/languages.tsv", LANGUAGES).rows().stream().filter(r -> r.cell(2).equals("yes")).map(r -> r.cell(0)).toList();
    }

    private Problems checkStatuses() {
        Problems problems = new Problems("lexicon/statuses.tsv");
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read("lexicon/statuses.tsv", STATUSES, problems).rows()) {
            if (EventType.find(row.cell(0)).isEmpty()) problems.at(row.line(), "type '%s' is not an event type", row.cell(0));
            if (EventStatus.find(row.cell(1)).isEmpty()) problems.at(row.line(), "status '%s' is not an event status", row.cell(1));
            if (!row.cell(2).equals("-") && EventStatus.find(row.cell(2)).isEmpty()) problems.at(row.line(), "reads_as '%s' is neither an event status nor -", row.cell(2));
            unique(problems, row, lineOf, row.cell(0) + " " + row.cell(1), "type and status");
        }
        return problems;
    }

    private Problems checkConflicts() {
        Problems problems = new Problems("lexicon/conflicts.tsv");
        Set<String> codes = countryCodes();
        for (TsvFile.Row row : TsvFile.read("lexicon/conflicts.tsv", CONFLICTS, problems).rows()) {
            if (!codes.contains(row.cell(0))) problems.at(row.line(), "theatre '%s' is not a country of countries.tsv", row.cell(0));
            for (String side : row.cell(1).split(",")) if (!codes.contains(side)) problems.at(row.line(), "side '%s' is not a country of countries.tsv", side);
            try {
                LocalDate from = LocalDate.parse(row.cell(2));
                if (!row.cell(3).equals("-") && LocalDate.parse(row.cell(3)).isBefore(from)) problems.at(row.line(), "ends before it begins");
            } catch (DateTimeParseException e) {
                problems.at(row.line(), "from '%s' or to '%s' is not a day (YYYY-MM-DD; to may be -)", row.cell(2), row.cell(3));
            }
            requireText(problems, row, CONFLICTS, 4);
        }
        return problems;
    }

    private static Set<String> codedTypes() {
        Set<String> types = new HashSet<>();
        for (TsvFile.Row row : quietly("lexicon/event-codes.tsv", EVENT_CODES).rows()) if (row.cell(1).equals("*") && row.cell(2).equals("*")) types.add(row.cell(0));
        return types;
    }

    private static Set<String> countryCodes() {
        Set<String> codes = new HashSet<>();
        for (TsvFile.Row row : quietly("countries.tsv", List.of("code", "name_en", "name_fr", "source")).rows()) codes.add(row.cell(0));
        return codes;
    }

    private static Set<String> roleKeys() {
        Set<String> roles = new HashSet<>(KbReadme.roleKeys());
        roles.addAll(TITLE_ONLY_ROLES);
        return roles;
    }

    private static TsvFile quietly(String name, List<String> header) {
        return TsvFile.read(name, header, new Problems(name));
    }

    private static void requireText(Problems problems, TsvFile.Row row, List<String> header, int... columns) {
        for (int c : columns) if (row.cell(c).isBlank()) problems.at(row.line(), "%s is empty", header.get(c));
    }

    private static void unique(Problems problems, TsvFile.Row row, Map<String, Integer> lineOf, String key, String what) {
        Integer earlier = lineOf.putIfAbsent(key, row.line());
        if (earlier != null) problems.at(row.line(), "%s '%s' is already on line %d", what, key, earlier);
    }

    /** Accent-free lower case: two spellings that match the same text are one line. */
    private static String fold(String s) {
        return io.newswire.enrich.tagger.text.Fold.fold(s);
    }
}
