package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.kb.Actor;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.LanguageProfile;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.TokenTrie;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves role phrases to the person in office on the reference date: "le président russe", "the Turkish
 * president", "les présidents russe et turc", "President of France", "son homologue turc" (the counterpart of the
 * last actor named, in the role that actor held).
 */
public final class RoleResolver {

    private static final int NAME_REACH = 3;     // tokens after a title where the name says who ("President Recep Tayyip Erdogan")
    private static final int LINK_WORDS = 2;     // small words between a title and its country ("president of the", "président de la")

    private static final String COUNTERPART = "counterpart";

    private final KnowledgeBase kb;

    public RoleResolver(KnowledgeBase kb) {
        this.kb = kb;
    }

    public List<Ref> find(AnalyzedText text, List<Ref> countryRefs, List<Ref> actorRefs) {
        List<Ref> out = new ArrayList<>();
        if (text.lexicon() == null) return out;
        for (Sentence s : text.sentences()) {
            for (TokenTrie.Match<Lexicon.Title> m : text.lexicon().titles().findAll(text.tokens(), s.firstToken(), s.endToken())) {
                if (namedRightAfter(m, actorRefs)) continue;           // "President Recep Tayyip Erdogan": the name says who
                Lexicon.Title title = m.values().get(0);
                for (Ref country : countriesOf(text, m, countryRefs)) {
                    String role = title.role();
                    if (role.equals(COUNTERPART)) role = lastRole(text, m.start(), actorRefs, out);
                    if (role == null) continue;
                    Actor actor = holder(country.country(), role, text, actorRefs);
                    if (actor == null) continue;
                    int from = Math.min(m.start(), country.from());
                    int to = Math.max(m.end(), country.to());
                    out.add(new Ref(from, to, country.country(), actor, "role", s.index(), false));
                }
            }
        }
        return out;
    }

    /** The holder of the role; for a generic role ("le dirigeant"), the holder the dispatch also names, if any. */
    private Actor holder(String country, String role, AnalyzedText text, List<Ref> actorRefs) {
        List<Actor> holders = kb.holders(country, role, text.referenceDate());
        if (holders.isEmpty()) return null;
        for (Actor a : holders) {
            for (Ref r : actorRefs) if (r.actor() == a) return a;
        }
        return holders.get(0);
    }

    private static boolean namedRightAfter(TokenTrie.Match<Lexicon.Title> m, List<Ref> actorRefs) {
        for (Ref a : actorRefs) {
            if (a.from() >= m.end() && a.from() <= m.end() + NAME_REACH) return true;
        }
        return false;
    }

    /** Countries attached to the title: adjacent demonyms/names, "of Turkey", "de la Turquie", "russe et turc". */
    private static List<Ref> countriesOf(AnalyzedText text, TokenTrie.Match<Lexicon.Title> m, List<Ref> countryRefs) {
        List<Ref> found = new ArrayList<>();
        LanguageProfile language = text.lexicon().profile();
        int sentence = text.sentenceOfToken()[m.start()];
        int next = m.end();
        for (Ref c : countryRefs) {
            if (c.sentence() != sentence || c.locative()) continue;
            if (c.to() == m.start() || (c.to() == m.start() - 1 && language.linksBeforeTitle().contains(text.tokens().get(c.to()).term()))) {
                found.add(c);                                         // Turkish president, Russia's president
            }
        }
        // after the title: skip up to two small words (of, the, de, la), then a chain "russe et turc"
        int t = next;
        int skipped = 0;
        while (t < text.sentences().get(sentence).endToken() && skipped <= LINK_WORDS) {
            Ref c = startingAt(countryRefs, t);
            if (c != null) {
                found.add(c);
                t = c.to();
                if (t < text.tokens().size() && language.conjunctions().contains(text.tokens().get(t).term())) {
                    Ref more = startingAt(countryRefs, t + 1);
                    if (more != null) found.add(more);
                }
                break;
            }
            if (!language.titleLinks().contains(text.tokens().get(t).term())) break;
            t++;
            skipped++;
        }
        return found;
    }

    private static Ref startingAt(List<Ref> refs, int token) {
        for (Ref r : refs) if (r.from() == token && !r.locative()) return r;
        return null;
    }

    /** The role of the last actor named before the phrase: "son homologue turc" is a president if he was. */
    private String lastRole(AnalyzedText text, int before, List<Ref> actorRefs, List<Ref> resolved) {
        Ref last = null;
        for (List<Ref> list : List.of(actorRefs, resolved)) {
            for (Ref a : list) {
                if (a.to() <= before && (last == null || a.to() > last.to())) last = a;
            }
        }
        return last == null ? null : kb.roleOn(last.actor(), text.referenceDate());
    }
}
