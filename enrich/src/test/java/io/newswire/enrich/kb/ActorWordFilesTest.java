package io.newswire.enrich.kb;

import io.newswire.enrich.tagger.kb.PersonWords;
import io.newswire.enrich.tagger.kb.RoleFamily;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The files the open-world actor finder reads are checked line by line (kb/README.md, Actors): role-families.tsv
 * names roles of the vocabulary, once each, with a known country rule; every role a title makes an actor of has a
 * role phrase; person-words-{lang}.tsv uses known kinds and lists each form once.
 */
class ActorWordFilesTest {

    private static final List<String> ROLE_FAMILIES = List.of("role", "family", "country", "note");
    private static final List<String> PERSON_WORDS = List.of("kind", "form", "note");
    private static final List<String> TITLES = List.of("lang", "form", "role", "number", "note");
    private static final List<String> LOCAL_TITLES = List.of("lang", "form", "country", "role", "source", "note");
    private static final List<String> LANGUAGES = List.of("lang", "name", "lexicon", "note");
    /** A generic role of titles.tsv that is no key of the vocabulary but names a person as well as the others. */
    private static final Set<String> TITLE_ONLY_ROLES = Set.of("head_of_government");
    /** Roles an import may give that no role phrase names. */
    private static final Set<String> IMPORT_ONLY_ROLES = Set.of();

    @TestFactory
    Stream<DynamicTest> everyLineOfTheActorWordFilesIsValid() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("role-families.tsv", () -> checkRoleFamilies().assertNone()));
        for (String lang : lexiconLanguages()) tests.add(dynamicTest("person-words-" + lang + ".tsv", () -> checkPersonWords(lang).assertNone()));
        return tests.stream();
    }

    private Problems checkRoleFamilies() {
        Problems problems = new Problems("lexicon/role-families.tsv");
        Set<String> roles = KbReadme.roleKeys();
        Set<String> rules = new HashSet<>();
        Arrays.stream(RoleFamily.CountryRule.values()).forEach(r -> rules.add(r.wireName()));
        Set<String> titled = new HashSet<>();
        for (TsvFile.Row row : TsvFile.read("titles.tsv", TITLES, new Problems("titles.tsv")).rows()) titled.add(row.cell(2));
        for (TsvFile.Row row : TsvFile.read("lexicon/local-titles.tsv", LOCAL_TITLES, new Problems("lexicon/local-titles.tsv")).rows()) titled.add(row.cell(3));
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read("lexicon/role-families.tsv", ROLE_FAMILIES, problems).rows()) {
            String role = row.cell(0);
            if (!roles.contains(role) && !TITLE_ONLY_ROLES.contains(role)) problems.at(row.line(), "role '%s' is not in kb/README.md's role vocabulary", role);
            if (row.cell(1).isBlank()) problems.at(row.line(), "family is empty");
            if (!rules.contains(row.cell(2))) problems.at(row.line(), "country '%s' is not one of %s", row.cell(2), rules);
            if (!titled.contains(role) && !IMPORT_ONLY_ROLES.contains(role)) problems.at(row.line(), "no role phrase of titles.tsv or local-titles.tsv names '%s'", role);
            Integer earlier = lineOf.putIfAbsent(role, row.line());
            if (earlier != null) problems.at(row.line(), "role '%s' is already on line %d", role, earlier);
        }
        return problems;
    }

    private Problems checkPersonWords(String lang) {
        String name = "lexicon/person-words-" + lang + ".tsv";
        Problems problems = new Problems(name);
        Set<String> kinds = new HashSet<>();
        Arrays.stream(PersonWords.Kind.values()).forEach(k -> kinds.add(k.wireName()));
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvFile.Row row : TsvFile.read(name, PERSON_WORDS, problems).rows()) {
            if (!kinds.contains(row.cell(0))) problems.at(row.line(), "kind '%s' is not one of %s", row.cell(0), kinds);
            if (row.cell(1).isBlank()) problems.at(row.line(), "form is empty");
            String key = row.cell(0) + " " + KnowledgeBaseFilesTest.fold(row.cell(1));
            Integer earlier = lineOf.putIfAbsent(key, row.line());
            if (earlier != null) problems.at(row.line(), "'%s' is already on line %d as %s", row.cell(1), earlier, row.cell(0));
        }
        return problems;
    }

    private static List<String> lexiconLanguages() {
        return TsvFile.read("lexicon/languages.tsv", LANGUAGES, new Problems("lexicon/languages.tsv")).rows().stream()
                .filter(r -> r.cell(2).equals("yes")).map(r -> r.cell(0)).toList();
    }
}
