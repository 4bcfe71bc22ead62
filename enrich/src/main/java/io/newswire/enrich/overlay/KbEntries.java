package io.newswire.enrich.overlay;

import io.newswire.enrich.tagger.entities.ActorIds;
import io.newswire.enrich.tagger.kb.Actor;
import io.newswire.enrich.tagger.kb.ActorOverlay;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.RoleTenure;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.KbActor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The entries {@code newswire kb import} and {@code kb add} publish: one per person, whole. A person the shipped
 * knowledge base already knows (same name or alias, same country) keeps its id, and the entry carries the shipped
 * aliases and tenures with the new ones, since an entry replaces the person it names.
 */
public final class KbEntries {

    /** What an import made of a file: the entries, and what it left out. */
    public record Import(List<KbActor> entries, int holdings, int mapped, int backwards, Map<String, Integer> unknownTitles) {
    }

    private final KnowledgeBase kb;

    public KbEntries(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** One entry per person of the holdings whose titles make an actor; the other titles counted by title. */
    public Import fromHoldings(List<PositionHolders.Holding> holdings, PositionTitles titles, String source, Instant now) {
        Map<String, List<PositionHolders.Holding>> byPerson = new LinkedHashMap<>();
        Map<String, Integer> unknown = new TreeMap<>();
        int mapped = 0;
        int backwards = 0;
        for (PositionHolders.Holding h : holdings) {
            if (h.from() != null && h.to() != null && h.to().isBefore(h.from())) {
                backwards++;                                            // the source's own error: the spell ends before it starts
                continue;
            }
            if (titles.role(h.position()).isEmpty()) {
                if (!titles.known(h.position())) unknown.merge(h.position(), 1, Integer::sum);
                continue;
            }
            mapped++;
            String key = h.wikidata() != null ? h.wikidata() : h.person() + "|" + h.country();
            byPerson.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
        }
        List<KbActor> entries = new ArrayList<>();
        for (List<PositionHolders.Holding> spells : byPerson.values()) {
            PositionHolders.Holding latest = spells.stream().max(Comparator.comparing(h -> h.from() == null ? LocalDate.MIN : h.from())).orElseThrow();
            List<RoleTenure> tenures = new ArrayList<>();
            for (PositionHolders.Holding h : spells) tenures.add(new RoleTenure(null, h.country(), titles.role(h.position()).orElseThrow(), h.from(), h.to()));
            String wikidata = latest.wikidata();
            String id = ActorIds.of(kb.tokenizer(), latest.person()).isEmpty() && wikidata != null ? wikidata.toLowerCase(java.util.Locale.ROOT) : null;
            ActorOverlay.Person person = person(latest.person(), latest.country(), List.of(), tenures, id);   // a name in another script: its Wikidata item
            entries.add(OverlayPeople.entry(person, source + (wikidata == null ? "" : "; " + wikidata), wikidata, now));
        }
        return new Import(entries, holdings.size(), mapped, backwards, unknown);
    }

    /**
     * The person with these offices: the shipped person of that name and country with the offices added, or a new
     * person whose id is the name's slug ({@code id} wins when given).
     */
    public ActorOverlay.Person person(String name, String country, List<String> aliases, List<RoleTenure> offices, String idOrNull) {
        Actor shipped = idOrNull != null ? kb.actor(idOrNull) : shipped(name, country);
        String id = idOrNull != null ? idOrNull : shipped != null ? shipped.id() : freeId(name, country);
        Set<String> allAliases = new LinkedHashSet<>();
        List<RoleTenure> tenures = new ArrayList<>();
        String canonical = name;
        if (shipped != null) {
            canonical = shipped.name();
            allAliases.addAll(shipped.aliases());
            if (!shipped.name().equalsIgnoreCase(name)) allAliases.add(name);
            List<RoleTenure> known = kb.tenuresOf(shipped.id());
            if (known != null) tenures.addAll(known);
        }
        allAliases.addAll(aliases);
        allAliases.remove(canonical);
        for (RoleTenure t : offices) {
            RoleTenure mine = new RoleTenure(id, t.country(), t.role(), t.from(), t.to());
            if (tenures.stream().noneMatch(k -> same(k, mine))) tenures.add(mine);
        }
        List<RoleTenure> owned = tenures.stream().map(t -> new RoleTenure(id, t.country(), t.role(), t.from(), t.to())).toList();
        return new ActorOverlay.Person(new Actor(id, canonical, country != null ? country : shipped == null ? null : shipped.country(),
                List.copyOf(allAliases)), owned);
    }

    /** The shipped person named so (name or alias, accents and case aside) for that country, or null. */
    private Actor shipped(String name, String country) {
        var tokens = kb.tokenizer().tokenize(name);
        if (tokens.isEmpty()) return null;
        TokenTrie.Match<KnowledgeBase.ActorName> m = kb.actorNames().longestAt(tokens, 0, tokens.size());
        if (m == null || m.end() != tokens.size()) return null;
        for (KnowledgeBase.ActorName n : m.values()) {
            if (country == null || country.equals(n.actor().country())) return n.actor();
        }
        return null;
    }

    /** The name's slug, unless a shipped person of another name holds it: then with the country ("john-smith-gbr"). */
    private String freeId(String name, String country) {
        String id = ActorIds.of(kb.tokenizer(), name);
        return kb.actor(id) == null || country == null ? id : id + "-" + country.toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean same(RoleTenure a, RoleTenure b) {
        return a.role().equals(b.role()) && java.util.Objects.equals(a.country(), b.country()) && java.util.Objects.equals(a.from(), b.from());
    }

    /** The entry of one person added by hand. */
    public KbActor added(ActorOverlay.Person person, String source, Instant now) {
        return OverlayPeople.entry(person, source, null, now);
    }
}
