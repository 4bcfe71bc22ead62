package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.kb.PersonWords;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Terms;
import io.newswire.enrich.tagger.text.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The later mentions of the people {@link OpenWorldActors} recognised in a dispatch: the name again, the surname
 * alone ("Karlov", "de Villiers", "Le Maire"), after an honorific or a rank ("Mr. Karlov", "M. Araud", "le général de
 * Villiers"), and the role alone ("the ambassador", "L'ambassadeur", "the Russian ambassador") for the last person
 * of that role named before it.
 */
final class OpenActorMentions {

    private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile("[ivxlc]+");

    private OpenActorMentions() {
    }

    /** A way to name a person later: the words, and who they name (null when they name two people). */
    private record Key(List<String> terms, OpenWorldActors.OpenActor actor) {
    }

    static List<Ref> find(AnalyzedText text, OpenWorldActors.Found found, List<TitlePhrase> phrases, List<Ref> taken) {
        List<Ref> out = new ArrayList<>();
        if (text.lexicon() == null) return out;                   // a language without a lexicon: no honorifics, no particles to read
        List<OpenWorldActors.OpenActor> named = new ArrayList<>(found.actors());
        named.addAll(knownInFull(text, taken, found));
        if (named.isEmpty()) return out;
        boolean[] covered = new boolean[text.tokens().size()];
        for (Ref r : taken) for (int t = r.from(); t < r.to(); t++) covered[t] = true;
        Map<String, List<Key>> byFirstTerm = keys(named);
        BitSet firstIds = knownIds(byFirstTerm.keySet());
        List<Token> tokens = text.tokens();
        PersonWords words = text.lexicon().personWords();
        for (int t = 0; t < tokens.size(); t++) {
            if (covered[t] || !mayBeFirst(text, t, firstIds)) continue;
            // a name starts with a capital or a particle: asked before the map, which would hash every other word anew
            if (!(tokens.get(t).capitalized() || words.is(tokens, t, PersonWords.Kind.PARTICLE))) continue;
            List<Key> candidates = byFirstTerm.get(tokens.get(t).term());
            if (candidates == null) continue;
            Key best = null;
            for (Key k : candidates) {
                if ((best == null || k.terms().size() > best.terms().size()) && matches(text, covered, t, k.terms())) best = k;
            }
            if (best == null || best.actor() == null) continue;
            int end = t + best.terms().size();
            if (end < tokens.size() && Gaps.inName(text, end - 1) && tokens.get(end).capitalized()) continue;     // a longer name: someone else
            int start = t;
            int honorific = words.startBefore(tokens, t, PersonWords.Kind.HONORIFIC, 2);
            if (honorific >= 0 && !covered[honorific]) {
                start = honorific;
            } else if (t > 0 && Gaps.inName(text, t - 1) && tokens.get(t - 1).capitalized() && !covered[t - 1]
                    && text.sentenceOfToken()[t - 1] == text.sentenceOfToken()[t]) {
                continue;                                                                                     // "Maria Karlov": someone else
            }
            out.add(new Ref(start, end, best.actor().actor().country(), best.actor().actor(), "surname", text.sentenceOfToken()[t], false));
            for (int u = start; u < end; u++) covered[u] = true;
            t = end - 1;
        }
        out.addAll(roleAlone(text, found, phrases, covered));
        return out;
    }

    /**
     * The known people a dispatch names in full ("Boris Johnson"): a later bare surname ("Johnson") is theirs too,
     * though the knowledge base lists no such alias, the surname alone being someone else's elsewhere.
     */
    private static List<OpenWorldActors.OpenActor> knownInFull(AnalyzedText text, List<Ref> taken, OpenWorldActors.Found found) {
        Set<String> open = new HashSet<>();                  // the open-world people: already keyed, with their role
        for (OpenWorldActors.OpenActor a : found.actors()) open.add(a.actor().id());
        Map<String, OpenWorldActors.OpenActor> out = new LinkedHashMap<>();
        for (Ref r : taken) {
            if (r.actor() == null || open.contains(r.actor().id()) || !r.via().equals("name") || r.to() - r.from() < 2) continue;
            List<String> terms = new ArrayList<>(r.to() - r.from());
            for (int t = r.from(); t < r.to(); t++) terms.add(text.tokens().get(t).term());
            out.putIfAbsent(r.actor().id(), new OpenWorldActors.OpenActor(r.actor(), null, terms, r.from()));
        }
        return List.copyOf(out.values());
    }

    /** The name in full, the words after the first name ("de Villiers", "Le Maire", "Bagheri Kani") and the last word. */
    private static Map<String, List<Key>> keys(List<OpenWorldActors.OpenActor> actors) {
        Map<List<String>, OpenWorldActors.OpenActor> owner = new HashMap<>();
        Set<List<String>> shared = new HashSet<>();
        for (OpenWorldActors.OpenActor a : actors) {
            List<String> name = a.nameTerms();
            Set<List<String>> forms = new HashSet<>();
            forms.add(name);
            if (name.size() > 1) forms.add(name.subList(1, name.size()));
            forms.add(name.subList(name.size() - 1, name.size()));
            for (List<String> form : forms) {
                if (form.stream().allMatch(w -> w.length() <= 2 || REGNAL.matcher(w).matches())) continue;   // "VI" of "Mohammed VI"
                OpenWorldActors.OpenActor known = owner.putIfAbsent(form, a);
                if (known != null && known != a) shared.add(form);
            }
        }
        Map<String, List<Key>> byFirst = new HashMap<>();
        owner.forEach((form, a) -> byFirst.computeIfAbsent(form.get(0), k -> new ArrayList<>()).add(new Key(form, shared.contains(form) ? null : a)));
        return byFirst;
    }

    /** The term ids of the keys' first words that the gazetteers know. */
    private static BitSet knownIds(Set<String> firstTerms) {
        BitSet ids = new BitSet();
        for (String term : firstTerms) {
            int id = Terms.of(term);
            if (id != Terms.UNKNOWN) ids.set(id);
        }
        return ids;
    }

    /** Whether token t may start a key: a word the gazetteers know starts one only when its id is a key's (ids never change). */
    private static boolean mayBeFirst(AnalyzedText text, int t, BitSet firstIds) {
        int id = text.termId(t);
        return id == Terms.UNKNOWN || firstIds.get(id);
    }

    private static boolean matches(AnalyzedText text, boolean[] covered, int t, List<String> terms) {
        if (t + terms.size() > text.tokens().size()) return false;
        for (int k = 0; k < terms.size(); k++) {
            if (covered[t + k] || !text.tokens().get(t + k).term().equals(terms.get(k))) return false;
            if (k > 0 && !Gaps.inName(text, t + k - 1)) return false;
        }
        return true;
    }

    /** "The ambassador", "L'ambassadeur", "the Russian ambassador": the last person of that role named before, when the phrase names no one. */
    private static List<Ref> roleAlone(AnalyzedText text, OpenWorldActors.Found found, List<TitlePhrase> phrases, boolean[] covered) {
        List<Ref> out = new ArrayList<>();
        for (TitlePhrase p : phrases) {
            if (found.used().contains(p) || p.title().plural() || !(p.determiner() || p.country() != null)) continue;
            boolean free = true;
            for (int t = p.titleStart(); t < p.titleEnd() && free; t++) free = !covered[t];
            if (!free) continue;
            OpenWorldActors.OpenActor who = null;
            for (OpenWorldActors.OpenActor a : found.actors()) {
                boolean sameRole = a.role().role().equals(p.title().role());
                boolean sameCountry = p.country() == null || p.country().country().equals(a.actor().country());
                if (sameRole && sameCountry && a.firstToken() < p.start() && (who == null || a.firstToken() > who.firstToken())) who = a;
            }
            if (who == null) continue;
            int from = p.determiner() && p.start() < p.titleStart() && p.country() == null ? p.titleStart() : Math.min(p.titleStart(), p.country() == null ? p.titleStart() : p.country().from());
            int to = Math.max(p.titleEnd(), p.country() == null ? p.titleEnd() : p.country().to());
            out.add(new Ref(from, to, who.actor().country(), who.actor(), "role", p.sentence(), false));
            for (int t = from; t < to; t++) covered[t] = true;
        }
        return out;
    }
}
