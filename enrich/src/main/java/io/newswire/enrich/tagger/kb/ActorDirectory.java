package io.newswire.enrich.tagger.kb;

import io.newswire.enrich.tagger.text.Terms;
import io.newswire.enrich.tagger.text.Token;
import io.newswire.enrich.tagger.text.TokenTrie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The people one dispatch is read against: the shipped knowledge base with the overlay of the moment laid over it.
 * The overlay wins: its people come first among the holders of an office, and a shipped person it replaces is read
 * with the overlay's names and tenures only.
 */
public final class ActorDirectory {

    private final KnowledgeBase kb;
    private final ActorOverlay overlay;

    private ActorDirectory(KnowledgeBase kb, ActorOverlay overlay) {
        this.kb = kb;
        this.overlay = overlay;
    }

    public static ActorDirectory of(KnowledgeBase kb, ActorOverlay overlay) {
        return new ActorDirectory(kb, overlay == null ? ActorOverlay.EMPTY : overlay);
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** Whether the person is one of the knowledge base's or of its overlay, not one a dispatch alone named. */
    public boolean knows(Actor actor) {
        ActorOverlay.Person p = overlay.person(actor.id());
        return p != null ? p.actor() == actor : kb.actor(actor.id()) == actor;
    }

    /**
     * Every non-overlapping longest actor name in tokens [from, limit), left to right, from both name lists; a name
     * starts with a capital, or with a lower-case word a listed name starts with ("le pape François", "du sultan Qaboos").
     */
    public List<TokenTrie.Match<KnowledgeBase.ActorName>> names(List<Token> tokens, int from, int limit) {
        List<TokenTrie.Match<KnowledgeBase.ActorName>> out = new ArrayList<>();
        boolean overlaid = !overlay.isEmpty();
        int i = from;
        while (i < limit) {
            Token token = tokens.get(i);
            if (!token.capitalized() && !kb.startsALowerCaseName(Terms.of(tokens, i))) {   // most words: no trie to walk
                i++;
                continue;
            }
            TokenTrie.Match<KnowledgeBase.ActorName> m = kb.actorNames().longestAt(tokens, i, limit);
            if (overlaid) m = longer(overlay.names().longestAt(tokens, i, limit), notReplaced(m));
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    /** The shipped names of the match whose person the overlay does not replace, or null when none is left. */
    private TokenTrie.Match<KnowledgeBase.ActorName> notReplaced(TokenTrie.Match<KnowledgeBase.ActorName> m) {
        if (m == null) return null;
        List<KnowledgeBase.ActorName> kept = new ArrayList<>(m.values().size());
        for (KnowledgeBase.ActorName n : m.values()) if (overlay.person(n.actor().id()) == null) kept.add(n);
        if (kept.size() == m.values().size()) return m;
        return kept.isEmpty() ? null : new TokenTrie.Match<>(m.start(), m.end(), kept);
    }

    private static TokenTrie.Match<KnowledgeBase.ActorName> longer(TokenTrie.Match<KnowledgeBase.ActorName> a, TokenTrie.Match<KnowledgeBase.ActorName> b) {
        if (a == null) return b;
        if (b == null || a.end() > b.end()) return a;
        if (b.end() > a.end()) return b;
        List<KnowledgeBase.ActorName> both = new ArrayList<>(a.values());
        both.addAll(b.values());
        return new TokenTrie.Match<>(a.start(), a.end(), both);
    }

    /** Everyone holding the role, or one of the roles it stands for, on the date: the overlay's people first. */
    public List<Actor> holders(String country, String role, LocalDate date) {
        if (overlay.isEmpty()) return kb.holders(country, role, date);
        List<Actor> out = new ArrayList<>();
        for (String concrete : kb.concreteRoles(country, role)) {
            for (Actor a : overlay.holders(country, concrete, date)) if (!out.contains(a)) out.add(a);
        }
        for (Actor a : kb.holders(country, role, date)) {
            if (overlay.person(a.id()) == null && !out.contains(a)) out.add(a);
        }
        return out;
    }

    /** The dated roles of an actor, or null when none is listed. */
    public List<RoleTenure> tenuresOf(String actorId) {
        ActorOverlay.Person p = overlay.person(actorId);
        return p != null ? p.tenures() : kb.tenuresOf(actorId);
    }

    /** The role the actor held on the date (first listed), or null. */
    public String roleOn(Actor actor, LocalDate date) {
        List<RoleTenure> list = tenuresOf(actor.id());
        if (list == null) return null;
        for (RoleTenure t : list) if (t.heldOn(date)) return t.role();
        return null;
    }

    /** Whether the actor held any listed role on the date. */
    public boolean inAnyOffice(Actor actor, LocalDate date) {
        return roleOn(actor, date) != null;
    }

    /** Whether the actor spoke for an international organisation (UN, NATO, EU) on the date rather than for a state. */
    public boolean international(Actor actor, LocalDate date) {
        List<RoleTenure> list = tenuresOf(actor.id());
        if (list == null) return false;
        for (RoleTenure t : list) if (t.heldOn(date) && kb.internationalRole(t.role())) return true;
        return false;
    }
}
