package io.newswire.enrich.tagger.kb;

import io.newswire.enrich.tagger.text.TokenTrie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * People added to the knowledge base while the pipeline runs (the kb-actors topic), laid over the shipped files: an
 * overlay person with the id of a shipped one replaces that person whole (name, country, aliases, tenures). Immutable:
 * a new overlay is built when the topic brings an entry, and swapped in for the next dispatch.
 */
public final class ActorOverlay {

    /** One person of the overlay: who, and the offices held. */
    public record Person(Actor actor, List<RoleTenure> tenures) {
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** No overlay: the shipped knowledge base alone. */
    public static final ActorOverlay EMPTY = new ActorOverlay(Map.of(), new TokenTrie<>(), Map.of());

    private final Map<String, Person> people;
    private final TokenTrie<KnowledgeBase.ActorName> names;
    private final Map<String, List<RoleTenure>> byOffice;      // country|role

    private ActorOverlay(Map<String, Person> people, TokenTrie<KnowledgeBase.ActorName> names, Map<String, List<RoleTenure>> byOffice) {
        this.people = people;
        this.names = names;
        this.byOffice = byOffice;
    }

    /** The overlay of these people, their names read with the knowledge base's tokenizer. Check each with {@link #problems} first. */
    public static ActorOverlay of(KnowledgeBase kb, Collection<Person> people) {
        if (people.isEmpty()) return EMPTY;
        Map<String, Person> byId = new LinkedHashMap<>();
        TokenTrie<KnowledgeBase.ActorName> names = new TokenTrie<>();
        Map<String, List<RoleTenure>> byOffice = new HashMap<>();
        for (Person p : people) {
            byId.put(p.actor().id(), p);
            names.add(kb.tokenizer().phraseTerms(p.actor().name()), new KnowledgeBase.ActorName(p.actor(), "name"));
            for (String alias : p.actor().aliases()) names.add(kb.tokenizer().phraseTerms(alias), new KnowledgeBase.ActorName(p.actor(), "alias"));
            for (RoleTenure t : p.tenures()) byOffice.computeIfAbsent(t.country() + "|" + t.role(), k -> new ArrayList<>()).add(t);
        }
        return new ActorOverlay(Map.copyOf(byId), names, Map.copyOf(byOffice));
    }

    /** What is wrong with a person before it may join the overlay: an id that is no slug, an unknown country or role, a tenure that ends before it starts. */
    public static List<String> problems(KnowledgeBase kb, Person p) {
        List<String> problems = new ArrayList<>();
        Actor a = p.actor();
        if (a.id() == null || !ID.matcher(a.id()).matches()) problems.add("id '" + a.id() + "' is not a lower-case slug (vladimir-putin)");
        if (a.name() == null || a.name().isBlank()) problems.add("no name");
        if (a.country() != null && kb.country(a.country()) == null) problems.add("country '" + a.country() + "' is not in kb/countries.tsv");
        var roles = kb.knownRoles();
        for (RoleTenure t : p.tenures()) {
            if (!roles.contains(t.role())) problems.add("role '" + t.role() + "' is not a role of the knowledge base (kb/README.md)");
            if (t.country() != null && !t.country().equals("-") && kb.country(t.country()) == null) problems.add("tenure country '" + t.country() + "' is not in kb/countries.tsv");
            if (t.from() != null && t.to() != null && t.to().isBefore(t.from())) problems.add("tenure " + t.role() + " ends (" + t.to() + ") before it starts (" + t.from() + ")");
            if (!a.id().equals(t.actorId())) problems.add("tenure of '" + t.actorId() + "' given to '" + a.id() + "'");
        }
        return problems;
    }

    public boolean isEmpty() {
        return people.isEmpty();
    }

    public int size() {
        return people.size();
    }

    /** The overlay's version of a person, or null when the overlay does not have them. */
    public Person person(String id) {
        return people.get(id);
    }

    /** The overlay people's names and aliases. */
    TokenTrie<KnowledgeBase.ActorName> names() {
        return names;
    }

    /** The overlay people holding the role for the country on the date. */
    List<Actor> holders(String country, String role, LocalDate date) {
        List<RoleTenure> list = byOffice.get(country + "|" + role);
        if (list == null) return List.of();
        List<Actor> out = new ArrayList<>(1);
        for (RoleTenure t : list) if (t.heldOn(date)) out.add(people.get(t.actorId()).actor());
        return out;
    }
}
