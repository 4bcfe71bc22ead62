package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.kb.Actor;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.NameOrder;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Fold;
import io.newswire.enrich.tagger.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bare name by which copy names, after its full name, a person whose bare form is not the last word of the name or is
 * not listed ({@link #bareForm}): "Li" for "Li Qiang", "Moon" for "Moon Jae-in", "Kim" for "Kim Jong Un", "Lam" for "To
 * Lam", alone ("Moon met Kim", "Lee spoke by telephone with"), after a title ("President Lee") or a hyphen joining it
 * to another person's name ("the Trump-Kim summit"). When another person named in the dispatch has the same bare form
 * ("Kim Yo Jong", the adviser "Moon Chung-in"), the word names their state without the person while they have one state,
 * and nothing when they differ or one of them is unknown ("Kim Keon-hee" beside "Kim Jong Un"); held too where the word is part of another name
 * (a capitalised word right after it, or one joined by a blank right before it: "Sarah Kim", "Chaoyang Park"), and in
 * a source phrase opening the sentence ("Selon M. Moon,"). Session s26 kept the bare mention off for a held-out status
 * (one more summit found, its status misread) and en/fr-meetrec2-dev 009; session s29 (w2-surname) turned it on: the
 * summit is found (held-out SUMMIT_PROPOSAL F1 up), and the offer of meetrec2 009 is in its gold.
 */
final class FamilyNameMentions {

    /** The names whose first word is a family name in wire use: three capitalised words ("Kim Jong Un"). */
    private static final int WORDS = 3;

    /** A Korean given name written with a hyphen: "Jae-in", "Geun-hye", "Jae-myung". */
    private static final java.util.regex.Pattern HYPHENATED_GIVEN = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

    private FamilyNameMentions() {
    }

    static List<Ref> find(AnalyzedText text, List<Ref> known, Map<String, NameOrder> orders) {
        Map<String, Actor> byFirst = new HashMap<>();
        Set<String> shared = new HashSet<>();
        Map<String, String> sharedBy = new HashMap<>();      // a shared form -> the one country of all who have it, or ""
        Set<String> seen = new HashSet<>();
        for (Ref r : known) {
            if (r.actor() == null || !seen.add(r.actor().id())) continue;
            String[] words = r.actor().name().split(" ");
            String first = Fold.fold(words[0]);
            if (byFirst.containsKey(first) && !byFirst.get(first).id().equals(r.actor().id())) share(shared, sharedBy, first, byFirst.get(first), r.actor());
            if (r.to() - r.from() < 2) continue;                                            // named in full
            String bare = bareForm(words, orders.get(r.actor().country()));
            if (bare == null) continue;
            if (byFirst.containsKey(bare) && !byFirst.get(bare).id().equals(r.actor().id())) share(shared, sharedBy, bare, byFirst.get(bare), r.actor());
            byFirst.putIfAbsent(bare, r.actor());
        }
        List<Ref> out = new ArrayList<>();
        if (byFirst.isEmpty()) return out;
        Set<Integer> taken = new HashSet<>();
        for (Ref r : known) for (int t = r.from(); t < r.to(); t++) taken.add(t);
        List<Token> tokens = text.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {         // "Kim Jong Nam" named too, unknown: "Kim" may be either
            String term = Fold.fold(tokens.get(i).term());
            if (byFirst.containsKey(term) && !taken.contains(i) && tokens.get(i + 1).capitalized() && " ".equals(Gaps.after(text, i))) {
                shared.add(term);
                sharedBy.put(term, "");                       // a person the knowledge base does not know: no country either
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.capitalized() || t.upper() || taken.contains(i)) continue;
            String term = Fold.fold(t.term());
            Actor actor = byFirst.get(term);
            if (actor == null) continue;
            String country = actor.country();
            if (shared.contains(term)) {
                // "Kim Yo Jong ... Kim Jong Un ... Kim met Moon": either North Korean, the state's side without the person
                country = sharedBy.getOrDefault(term, "");
                if (country.isEmpty() || country.equals("-")) continue;
                actor = null;
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).capitalized() && " ".equals(Gaps.after(text, i))) continue;   // "Kim Yo Jong"
            boolean paired = i > 0 && "-".equals(Gaps.after(text, i - 1)) && taken.contains(i - 1);                 // "the Trump-Kim summit"
            if (!paired && i > 0 && tokens.get(i - 1).capitalized() && " ".equals(Gaps.after(text, i - 1))
                    && text.sentenceOfToken()[i - 1] == text.sentenceOfToken()[i]
                    && text.sentences().get(text.sentenceOfToken()[i]).firstToken() != i - 1
                    && !titleBefore(text, i - 1)) continue;   // "Sarah Kim", not "President Lee"
            if (!paired && inOpeningSource(text, i)) continue;      // "Selon M. Moon, Kim reste décidé à": the source, no party
            out.add(new Ref(i, i + 1, country, actor, "alias", text.sentenceOfToken()[i], false));
        }
        return out;
    }

    /** Two people named in the dispatch have the form: its country while they have one, "" once they differ. */
    private static void share(Set<String> shared, Map<String, String> sharedBy, String form, Actor one, Actor other) {
        shared.add(form);
        String known = sharedBy.getOrDefault(form, one.country());
        sharedBy.put(form, known.equals(other.country()) ? known : "");
    }

    /**
     * The word by which copy names the person alone, for names whose bare form is not the last word or is not listed: the
     * family name, first, of a Chinese, Korean or Cambodian name ("Li Qiang", "Kim Jong Un", "Moon Jae-in"), of a
     * Singaporean name of three words ("Lee Hsien Loong"); the given name, last, of a Vietnamese name ("To Lam",
     * "Nguyen Phu Trong"), as kb/lexicon/name-order.tsv gives each state's order (null: none listed). Null for other
     * names (their bare surnames are aliases of the knowledge base).
     */
    static String bareForm(String[] words, NameOrder order) {
        for (String w : words) if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return null;
        if (words.length < 2 || words.length > WORDS) return null;
        if (order == NameOrder.GIVEN_NAME_LAST) return Fold.fold(words[words.length - 1]);
        if (order == NameOrder.FAMILY_FIRST || words.length == WORDS && order == NameOrder.FAMILY_FIRST_IN_THREE_WORDS
                || words.length == 2 && HYPHENATED_GIVEN.matcher(words[1]).matches()) return Fold.fold(words[0]);
        return null;
    }

    /**
     * Whether the word stands in a phrase that opens its sentence with a speaker cue, before its first comma ("Selon M.
     * Moon,", "According to Moon,"): the source of the report, no party of what it reports.
     */
    private static boolean inOpeningSource(AnalyzedText text, int t) {
        var lex = text.lexicon();
        if (lex == null) return false;
        int first = text.sentences().get(text.sentenceOfToken()[t]).firstToken();
        if (lex.firstCue(text, first, t, CueKind.SPEAKER) != first) return false;
        for (int k = first; k < t; k++) if (Gaps.after(text, k).indexOf(',') >= 0) return false;
        return true;
    }

    /** A title or an honorific right before the name: "President Lee", "Premier Li" (what "Mr. Lee" has, a dot, needs no check). */
    private static boolean titleBefore(AnalyzedText text, int t) {
        var lex = text.lexicon();
        if (lex == null) return false;
        return lex.personWords().is(text.tokens(), t, io.newswire.enrich.tagger.kb.PersonWords.Kind.HONORIFIC)
                || lex.titles().longestAt(text.tokens(), t, t + 1) != null;
    }
}
