package io.newswire.enrich.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who the knowledge base says held an office on a day, in the reference lists' terms: a head of state or government
 * is any of the roles kb/lexicon/role-fallbacks.tsv lets "head of state" / "head of government" stand for, and
 * where no prime minister is listed on the day, the president heads the government (presidential systems).
 */
final class KnowledgeBaseHolders {

    static final String HEAD_OF_STATE = "head_of_state";
    static final String HEAD_OF_GOVERNMENT = "head_of_government";
    private static final String PRESIDENT = "president";

    /** A listed person with every form the knowledge base knows them by. */
    record Person(String id, String name, List<PersonName> names) {
    }

    private record Tenure(String actor, LocalDate from, LocalDate to) {

        boolean heldOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }
    }

    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, List<Tenure>> tenuresByOffice = new HashMap<>();
    private final Map<String, List<String>> rolesStandingFor = new HashMap<>();

    private KnowledgeBaseHolders() {
    }

    static KnowledgeBaseHolders load() {
        KnowledgeBaseHolders kb = new KnowledgeBaseHolders();
        for (TsvFile.Row row : TsvFile.read("actors.tsv", List.of("id", "name", "country", "aliases", "source"),
                new Problems("actors.tsv")).rows()) {
            List<PersonName> names = new ArrayList<>();
            names.add(PersonName.of(row.cell(1)));
            Arrays.stream(row.cell(3).split("\\|")).filter(a -> !a.isBlank()).map(PersonName::of).forEach(names::add);
            kb.people.put(row.cell(0), new Person(row.cell(0), row.cell(1), names));
        }
        for (TsvFile.Row row : TsvFile.read("roles.tsv", List.of("actor_id", "country", "role", "from", "to", "source"),
                new Problems("roles.tsv")).rows()) {
            LocalDate to = row.cell(4).isEmpty() ? null : LocalDate.parse(row.cell(4));
            kb.tenuresByOffice.computeIfAbsent(row.cell(1) + " " + row.cell(2), k -> new ArrayList<>())
                    .add(new Tenure(row.cell(0), LocalDate.parse(row.cell(3)), to));
        }
        for (TsvFile.Row row : TsvFile.read("lexicon/role-fallbacks.tsv", List.of("role", "stands_for", "note"),
                new Problems("role-fallbacks.tsv")).rows()) {
            kb.rolesStandingFor.put(row.cell(0), List.of(row.cell(1).split("\\s*,\\s*")));
        }
        return kb;
    }

    /** Holders of a reference role (head_of_state, head_of_government, foreign_minister, defence_minister) on the day. */
    List<Person> holders(String country, String referenceRole, LocalDate day) {
        List<Person> found = holdersOf(country, rolesStandingFor.getOrDefault(referenceRole, List.of(referenceRole)), day);
        if (found.isEmpty() && HEAD_OF_GOVERNMENT.equals(referenceRole)) {
            found = holdersOf(country, List.of(PRESIDENT), day);
        }
        return found;
    }

    private List<Person> holdersOf(String country, List<String> roles, LocalDate day) {
        List<Person> found = new ArrayList<>();
        for (String role : roles) {
            for (Tenure tenure : tenuresByOffice.getOrDefault(country + " " + role, List.of())) {
                Person person = people.get(tenure.actor());
                if (tenure.heldOn(day) && person != null && !found.contains(person)) {
                    found.add(person);
                }
            }
        }
        return found;
    }
}
