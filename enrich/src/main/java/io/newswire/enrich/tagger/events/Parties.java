package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.TokenTrie;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who the references of a sentence make parties to an event: one per country, a person preferred, venues and topics left
 * out; and who can take part at all (a person, an office, a state, officials named by a demonym).
 */
final class Parties {

    private Parties() {
    }

    /** Parties named among the references, one per country (a person preferred), venues, topics and targets left out. */
    static Map<String, Ref> of(List<Ref> refs, CueIndex cues) {
        return of(refs, cues, false);
    }

    /** Parties of a truce: who is accused of breaking it is one of its sides ("a accusé le Cambodge d'avoir violé le cessez-le-feu"). */
    static Map<String, Ref> ofTruce(List<Ref> refs, CueIndex cues) {
        return of(refs, cues, true);
    }

    private static Map<String, Ref> of(List<Ref> refs, CueIndex cues, boolean targetsAreSides) {
        Map<String, Ref> out = new LinkedHashMap<>();
        for (Ref r : refs) {
            if (r.country() == null || r.locative() || (FrameReader.isTopic(r, cues) && !(targetsAreSides && FrameReader.isTarget(r, cues)))) continue;
            if (Posting.posted(r, refs, cues)) continue;                                      // "the U.S. ambassador to Ukraine": where he serves
            Ref known = out.get(r.country());
            if (known == null || (known.actor() == null && r.actor() != null)) out.put(r.country(), r);
        }
        return out;
    }

    /** When two or more countries are represented by people, the people are the parties, not the places talked about. */
    static Map<String, Ref> peopleFirst(Map<String, Ref> parties) {
        return peopleFirst(parties, r -> r.actor() != null);
    }

    /**
     * As {@link #peopleFirst(Map)}, where a demonym that names officials also stands for people: "des discussions entre
     * la délégation iranienne et l'émissaire américain Steve Witkoff" meet as two sides.
     */
    static Map<String, Ref> peopleOrOfficialsFirst(Map<String, Ref> parties, SentenceReading s) {
        return peopleFirst(parties, r -> r.actor() != null || ("demonym".equals(r.via()) && official(r, s)));
    }

    private static Map<String, Ref> peopleFirst(Map<String, Ref> parties, java.util.function.Predicate<Ref> person) {
        Map<String, Ref> people = new LinkedHashMap<>();
        for (Map.Entry<String, Ref> e : parties.entrySet()) if (person.test(e.getValue())) people.put(e.getKey(), e.getValue());
        return people.size() >= 2 ? people : parties;
    }

    /**
     * Who can take part in a call or a meeting: a person, an office, a capital, a state, or a demonym naming officials
     * ("his Indian counterpart", "Russian and Ukrainian delegations"); not a state's people ("Thousands of Ethiopians").
     */
    static boolean official(Ref r, SentenceReading s) {
        if (r.actor() != null || !r.via().equals("demonym")) return true;
        AnalyzedText text = s.text();
        if (text.lexicon().profile().demonymAfterNoun()) {
            // "les dirigeants russe, ukrainien, français et allemand": back over the list to the officials' noun
            int t = r.from();
            while (t > s.sentence().firstToken() && (inDemonym(s, t - 1) || text.lexicon().profile().conjunctions().contains(text.tokens().get(t - 1).term()))) t--;
            return namesOfficials(s, t, false) || titleEndsInItsInstitution(s, t);
        }
        int t = r.to();
        while (t < s.sentence().endToken() && (inDemonym(s, t) || text.lexicon().profile().conjunctions().contains(text.tokens().get(t).term()))) t++;
        return namesOfficials(s, t, true);
    }

    /**
     * "Les chefs de la diplomatie russe et américaine": the title's last word opens the institution the first demonym
     * makes of it ("diplomatie russe"), so the title ends inside that mention, not before it.
     */
    private static boolean titleEndsInItsInstitution(SentenceReading s, int t) {
        for (Ref r : s.here()) {
            if (r.from() != t || !r.via().equals("institution")) continue;
            for (int end = t + 1; end < r.to(); end++) if (officialsAt(s, end, false)) return true;
        }
        return false;
    }

    /**
     * A demonym, an institution named by one ("Russian and Ukrainian military delegations": the Ukrainian military), or a
     * state's name written as one before the officials' noun ("Russian and U.S. delegations": the U.S. ones).
     */
    private static boolean inDemonym(SentenceReading s, int t) {
        for (Ref r : s.here()) {
            if ((r.via().equals("demonym") || r.via().equals("institution") || r.via().equals("name")) && r.from() <= t && t < r.to()) return true;
        }
        return false;
    }

    /**
     * Whether an officials' word or a role title starts at token t (forward) or ends right before it (backward), or does
     * so past a word of their service ("military delegations", "délégations militaires").
     */
    private static boolean namesOfficials(SentenceReading s, int t, boolean forward) {
        if (officialsAt(s, t, forward)) return true;
        if (forward) {
            CueIndex.At service = t < s.sentence().endToken() ? s.cues().startingAt(t, CueKind.SERVICE) : null;
            return service != null && officialsAt(s, service.end(), true);
        }
        for (CueIndex.At service : s.cues().all(CueKind.SERVICE)) if (service.end() == t && officialsAt(s, service.start(), false)) return true;
        return false;
    }

    static boolean officialsAt(SentenceReading s, int t, boolean forward) {
        AnalyzedText text = s.text();
        Lexicon lex = text.lexicon();
        if (forward) {
            if (t >= s.sentence().endToken()) return false;
            return s.cues().startingAt(t, CueKind.OFFICIALS) != null || lex.titles().longestAt(text.tokens(), t, s.sentence().endToken()) != null;
        }
        if (t <= s.sentence().firstToken()) return false;
        if (lex.cueEndsAt(text, t, CueKind.OFFICIALS, Reach.OFFICIALS)) return true;
        for (int from = Math.max(s.sentence().firstToken(), t - Reach.TITLE_WORDS); from < t; from++) {
            TokenTrie.Match<Lexicon.Title> m = lex.titles().longestAt(text.tokens(), from, t);
            if (m != null && m.end() == t) return true;
        }
        return false;
    }
}
