package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.kb.Actor;
import io.newswire.enrich.tagger.kb.ActorDirectory;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.RoleTenure;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Fold;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.TokenTrie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;

/**
 * Finds actors by name or alias (transliterations included: Poutine, Putin). A surname shared by several actors
 * (Castro, Clinton) goes to the one the dispatch names in full, else the one in office on the reference date.
 */
public final class ActorMatcher {

    private static final int PLAUSIBLE_YEARS = 8;   // a bare surname stands for someone in office around the dispatch date

    public ActorMatcher() {
    }

    /** The known people named in the text, read against the knowledge base and its overlay of the moment. */
    public List<Ref> find(AnalyzedText text, ActorDirectory people) {
        List<TokenTrie.Match<KnowledgeBase.ActorName>> raw = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            raw.addAll(people.names(text.tokens(), s.firstToken(), s.endToken()));
        }
        Set<String> namedInFull = new HashSet<>();
        for (TokenTrie.Match<KnowledgeBase.ActorName> m : raw) {
            Set<Actor> actors = actors(m);
            if (actors.size() == 1 && m.end() - m.start() > 1) namedInFull.add(actors.iterator().next().id());
        }
        Map<Integer, Actor> knownEnds = new HashMap<>();         // "Trump-Poutine": the word before the hyphen is another known person
        for (TokenTrie.Match<KnowledgeBase.ActorName> m : raw) {
            Actor actor = pick(people, m, namedInFull, text.referenceDate());
            if (actor != null) knownEnds.put(m.end(), actor);
        }
        Set<String> otherFirstNames = new HashSet<>();           // "Willy" before "Nyamitwe" mid-sentence: also at a sentence's start
        for (TokenTrie.Match<KnowledgeBase.ActorName> m : raw) {
            Actor actor = m.end() - m.start() == 1 ? pick(people, m, namedInFull, text.referenceDate()) : null;
            if (actor != null && !pairedName(text, m.start(), actor, knownEnds) && anotherFirstName(text, m.start(), actor, Set.of())) otherFirstNames.add(text.tokens().get(m.start() - 1).term() + " " + actor.id());
        }
        Set<String> namesakes = new HashSet<>();                 // "Ramon Calderon resigned ... Calderon denied": the surname again is the namesake's
        Map<String, String> functionWords = people.knowledgeBase().functionWords();
        for (TokenTrie.Match<KnowledgeBase.ActorName> m : raw) {
            Actor actor = m.end() - m.start() == 1 ? pick(people, m, namedInFull, text.referenceDate()) : null;
            if (actor == null || m.start() == 0 || !otherFirstNames.contains(text.tokens().get(m.start() - 1).term() + " " + actor.id())) continue;
            if (!knownWord(text, m.start() - 1, functionWords)) namesakes.add(actor.id());   // "Will Yoon and Kishida meet?": a verb, no first name
        }
        List<Ref> refs = new ArrayList<>();
        for (TokenTrie.Match<KnowledgeBase.ActorName> m : raw) {
            Actor actor = pick(people, m, namedInFull, text.referenceDate());
            if (actor == null || people.international(actor, text.referenceDate())) continue;   // UN, NATO, EU officials speak for no state
            boolean single = m.end() - m.start() == 1;
            if (single && !namedInFull.contains(actor.id()) && !plausible(people, actor, text.referenceDate())) continue;
            if (single && !pairedName(text, m.start(), actor, knownEnds) && anotherFirstName(text, m.start(), actor, otherFirstNames)) continue;     // "Willy Nyamitwe" is not Alain Aimé Nyamitwe
            if (single && !namedInFull.contains(actor.id()) && namesakes.contains(actor.id())) continue;   // the bare surname of someone the dispatch named with another first name
            String via = "alias";
            for (KnowledgeBase.ActorName n : m.values()) if (n.actor() == actor && n.via().equals("name")) via = "name";
            refs.add(new Ref(m.start(), m.end(), actor.country(), actor, via, text.sentenceOfToken()[m.start()], false));
        }
        List<Ref> family = FamilyNameMentions.find(text, refs, people.knowledgeBase().nameOrders());     // "the Trump-Kim summit" once Kim Jong Un is named in full
        if (!family.isEmpty()) {
            refs.addAll(family);
            refs.sort(java.util.Comparator.comparingInt(Ref::from));
        }
        return refs;
    }

    /** Whether the word is a function word or a word of the language's cues or triggers ("Will", "Can"): no first name for certain. */
    private static boolean knownWord(AnalyzedText text, int t, Map<String, String> functionWords) {
        var lex = text.lexicon();
        return functionWords.containsKey(text.tokens().get(t).term())
                || (lex != null && (lex.cues().longestAt(text.tokens(), t, t + 1) != null || lex.calendarWord(text.termId(t)) != null));
    }

    private static Set<Actor> actors(TokenTrie.Match<KnowledgeBase.ActorName> m) {
        if (m.values().size() == 1) return Set.of(m.values().get(0).actor());   // the usual case: no set to build
        Set<Actor> actors = new LinkedHashSet<>();
        for (KnowledgeBase.ActorName n : m.values()) actors.add(n.actor());
        return actors;
    }

    private static Actor pick(ActorDirectory people, TokenTrie.Match<KnowledgeBase.ActorName> m, Set<String> namedInFull, LocalDate date) {
        Set<Actor> actors = actors(m);
        if (actors.size() == 1) return actors.iterator().next();
        Actor chosen = null;
        for (Actor a : actors) {
            if (namedInFull.contains(a.id())) {
                if (chosen != null) return null;
                chosen = a;
            }
        }
        if (chosen != null) return chosen;
        for (Actor a : actors) {
            if (people.inAnyOffice(a, date)) {
                if (chosen != null) return null;
                chosen = a;
            }
        }
        return chosen;
    }

    /**
     * Whether a capitalised word that is none of the person's names stands right before the surname: a first name of
     * someone else ("Willy Nyamitwe", "Melania Trump"). Titles, honorifics, a month or a weekday and words that start a sentence are no names;
     * a first name spelt another way ("Ahmad" for "Ahmed") is the person's.
     */
    private static boolean anotherFirstName(AnalyzedText text, int at, Actor actor, Set<String> seenMidSentence) {
        int before = at - 1;
        if (before < 0 || text.sentenceOfToken()[before] != text.sentenceOfToken()[at]) return false;
        var token = text.tokens().get(before);
        String gap = text.body().substring(token.end(), text.tokens().get(at).start());
        if (!token.capitalized() || token.upper() || !(gap.equals(" ") || gap.equals("-"))) return false;
        if (text.sentences().get(text.sentenceOfToken()[at]).firstToken() == before) return seenMidSentence.contains(token.term() + " " + actor.id());
        var lex = text.lexicon();
        if (lex != null && (lex.titles().longestAt(text.tokens(), before, at) != null
                || lex.personWords().endOf(text.tokens(), before, at, java.util.EnumSet.allOf(io.newswire.enrich.tagger.kb.PersonWords.Kind.class)) == at)) return false;
        if (lex != null && calendarName(lex.calendarWord(text.termId(before)))) return false;     // "In February Lula was received": a month, no first name
        String term = token.term();
        for (String name : names(actor)) if (sameName(name, term)) return false;
        return true;
    }

    /** A month's or a weekday's name ("In March Lula visited", "On Monday Putin said"): a date before the name, not someone's first name. */
    private static boolean calendarName(io.newswire.enrich.tagger.kb.Lexicon.CalendarWord w) {
        return w != null && (w.month() != null || w.weekday() != null);
    }

    /**
     * Whether the word joined by a hyphen before the surname is another known person's name ("le sommet Trump-Poutine",
     * "la rencontre Modi-Xi"): a pair of people, not a first name.
     */
    private static boolean pairedName(AnalyzedText text, int at, Actor actor, Map<Integer, Actor> knownEnds) {
        if (at < 1 || !"-".equals(Gaps.after(text, at - 1))) return false;
        Actor before = knownEnds.get(at);
        return before != null && !before.id().equals(actor.id());
    }

    /** "Ahmad" and "Ahmed", "Salva" and a misspelt "Sakva": one name in two spellings, as far as a first name tells. */
    private static boolean sameName(String a, String b) {
        if (a.equals(b)) return true;
        if (a.length() < 4 || b.length() < 4) return false;
        return a.regionMatches(0, b, 0, 3) || oneEditApart(a, b);
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) return false;
            if (a.length() > b.length()) i++;
            else if (b.length() > a.length()) j++;
            else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    private static List<String> names(Actor actor) {
        List<String> words = new ArrayList<>();
        for (String n : actor.aliases()) addWords(Fold.fold(n), words);
        addWords(Fold.fold(actor.name()), words);
        return words;
    }

    /** The words of a folded name parted by blanks and hyphens (what a split on "[\\s-]+" keeps but its empty first word), with no pattern. */
    private static void addWords(String name, List<String> words) {
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            boolean parts = i == name.length() || isPart(name.charAt(i));
            if (parts && start >= 0) {
                words.add(name.substring(start, i));
                start = -1;
            } else if (!parts && start < 0) {
                start = i;
            }
        }
    }

    /** The characters of "[\\s-]": Java's \s (no other blank) and the hyphen. */
    private static boolean isPart(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '-';
    }

    /** Whether the actor held a role within a few years of the date, or has no dated role at all. */
    private static boolean plausible(ActorDirectory people, Actor actor, LocalDate date) {
        List<RoleTenure> list = people.tenuresOf(actor.id());
        if (list == null || list.isEmpty()) return true;
        LocalDate early = date.minusYears(PLAUSIBLE_YEARS);
        LocalDate late = date.plusYears(1);
        for (RoleTenure t : list) {
            boolean startsBeforeLate = t.from() == null || t.from().isBefore(late);
            boolean endsAfterEarly = t.to() == null || t.to().isAfter(early);
            if (startsBeforeLate && endsAfterEarly) return true;
        }
        return false;
    }
}
