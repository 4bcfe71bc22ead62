package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who a trigger's subject is when its clause does not name it: what a pronoun, a relative word or a report's speaker
 * stands for, the parties coordinated with the first one ("A and B"), and what a plural anaphor stands for.
 */
final class Subjects {

    private Subjects() {
    }

    /** How far apart, in tokens, two references of one subject may stand ("A and B", "X, the president of Y"). */
    private static final int COORDINATED = 5;

    /**
     * "told reporters that Kim had expressed his eagerness to meet Trump": a capitalised word before the trigger in a
     * clause that names no party is a subject the knowledge base does not know, not a subject to borrow elsewhere.
     */
    static boolean unknownSubject(SentenceReading s, Clauses.Clause clause, CueIndex.TriggerAt trigger) {
        if (clause.kind() == Clauses.Kind.MAIN || clause.opener() < 0 || clause.phrase()) return false;
        int t = clause.opener() + 1;
        if (t < trigger.start() && s.cues().startingAt(t, CueKind.DEMONSTRATIVE) != null) t++;      // "that the Kremlin..."
        return t < trigger.start() && s.text().tokens().get(t).capitalized();
    }

    /** Whether the pronoun is joined to a reference of the subject by a conjunction ("Trump et lui", "he and Vance"). */
    static boolean coordinatedWith(SentenceReading s, CueIndex.At pronoun, List<Ref> agents) {
        var conjunctions = s.text().lexicon().profile().conjunctions();
        for (Ref r : agents) {
            if (r.to() + 1 == pronoun.start() && conjunctions.contains(s.text().tokens().get(r.to()).term())) return true;
            if (pronoun.end() + 1 == r.from() && conjunctions.contains(s.text().tokens().get(pronoun.end()).term())) return true;
        }
        return false;
    }

    /**
     * The subject of the trigger's clause before the trigger: its first party and those coordinated with it ("A and
     * B", "Chinese President Xi Jinping", "Pakistan's army chief, General Asim Munir"), not the objects after a verb.
     */
    static List<Ref> subjectRun(SentenceReading s, Clauses.Clause clause, List<Ref> named, int before) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : subjectOf(s, clause, named)) if (r.to() <= before) out.add(r);
        return out;
    }

    /** The references of the sentence and what its plural anaphors stand for, in text order. */
    static List<Ref> named(SentenceReading s) {
        List<Ref> all = new ArrayList<>(s.here());
        all.addAll(s.antecedents().isEmpty() ? sameSentenceAntecedents(s) : s.antecedents());
        all.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return all;
    }

    /**
     * "Biden proposed a summit with Putin after the two leaders spoke by telephone": with no antecedent in the
     * sentences before, a plural anaphor stands for the people named before it in its own sentence, one per country.
     */
    private static List<Ref> sameSentenceAntecedents(SentenceReading s) {
        CueIndex.At anaphor = s.cues().first(CueKind.ANAPHOR);
        if (anaphor == null) return List.of();
        java.util.Map<String, Ref> people = new java.util.LinkedHashMap<>();
        for (Ref r : s.here()) if (r.to() <= anaphor.start() && r.actor() != null && !r.locative()) people.putIfAbsent(r.country(), r);
        if (people.size() < 2) return List.of();
        List<Ref> out = new ArrayList<>();
        for (Ref r : people.values()) out.add(new Ref(anaphor.start(), anaphor.end(), r.country(), r.actor(), "coreference", s.sentence().index(), false));
        return out;
    }

    /** What the clause's missing or pronoun subject stands for. */
    static List<Ref> standsFor(SentenceReading s, Clauses.Clause clause, boolean pronoun, List<Ref> named) {
        Clauses clauses = s.clauses();
        if (!pronoun) {
            List<Ref> speaker = speakerOf(s, clause, named);
            if (!speaker.isEmpty()) return speaker;
        }
        for (Clauses.Clause c = clause; c != null; c = clauses.parent(c)) {
            Clauses.Clause parent = clauses.parent(c);
            if (c.kind() == Clauses.Kind.RELATIVE && !pronoun) return antecedent(s, c.opener() - 1, named);
            if (parent == null) break;
            if (c.kind() == Clauses.Kind.SOURCE) return List.of();
            if (c.kind() == Clauses.Kind.REPORTED && parent.kind() == Clauses.Kind.RELATIVE) {
                return antecedent(s, parent.opener() - 1, named);               // "A and B, who he said had agreed to meet"
            }
            if (startsWithPronoun(s, parent, named)) {
                if (parent.kind() == Clauses.Kind.REPORTED) continue;          // "said he has begun arranging...": he is the speaker
                return PreviousSubject.of(s.text(), s.refs(), s.sentence().index());      // "après s'être entretenu avec X, il a assuré..."
            }
            List<Ref> subject = subjectOf(s, parent, named);
            // "Macron said Geneva was ready, after he held talks with Trump": a pronoun of a phrase on a report whose
            // subject names no person (a city, a state) stands for the speaker, further up (session s29, meet-after)
            if (pronoun && parent.kind() == Clauses.Kind.REPORTED && !subject.isEmpty() && noPerson(subject)) continue;
            if (!subject.isEmpty()) return subject;
            // "In a joint statement released after their talks, Biden and Modi...": a phrase of time before anyone is named
            if ((pronoun || (c.phrase() && noOneBefore(s, c.opener(), named))) && c.opener() >= 0 && c.kind() != Clauses.Kind.REPORTED) {
                subject = subjectAfter(s, c, parent, named);
                if (!subject.isEmpty()) return subject;
            }
        }
        return pronoun ? PreviousSubject.of(s.text(), s.refs(), s.sentence().index()) : List.of();
    }

    /** Whether none of the references names or designates a person. */
    private static boolean noPerson(List<Ref> refs) {
        for (Ref r : refs) if (r.actor() != null) return false;
        return true;
    }

    /**
     * "Johnson said in a statement released during a visit to Ireland": what a speaker reports with no subject of its
     * own is the speaker's, the people named right before the speaking verb.
     */
    private static List<Ref> speakerOf(SentenceReading s, Clauses.Clause clause, List<Ref> named) {
        if (clause.kind() != Clauses.Kind.REPORTED || clause.opener() < 0) return List.of();
        for (CueIndex.At speaker : s.cues().all(CueKind.SPEAKER)) {
            if (speaker.end() - 1 == clause.opener()) return antecedent(s, speaker.start() - 1, named);
        }
        return List.of();
    }

    /**
     * A pronoun in a clause that stands before its parent's subject speaks of that subject ("Arrivé à Pékin, où il a
     * été reçu par Xi, le président brésilien a signé..."): the parent's first party after the clause, when no party
     * of the parent stands before it.
     */
    private static List<Ref> subjectAfter(SentenceReading s, Clauses.Clause c, Clauses.Clause parent, List<Ref> named) {
        Clauses clauses = s.clauses();
        int after = clauses.end(c);
        for (Ref r : named) {
            if (r.from() >= c.opener() || clauses.of(r.from()).index() != parent.index() || r.country() == null) continue;
            if (!FrameReader.isVenue(r, s.cues(), named) && !r.locative()) return List.of();
        }
        List<Ref> out = new ArrayList<>();
        Ref last = null;
        for (Ref r : named) {
            if (r.from() < after || !ofParent(clauses, r, parent, after) || r.country() == null) continue;
            if (last == null && FrameReader.isVenue(r, s.cues(), named)) return out;
            if (last != null && (r.from() > last.to() && !coordinated(s, last, r) || s.cues().triggerWithin(last.to(), r.from()))) break;
            if (last == null && (s.cues().triggerWithin(after, r.from()) || r.from() - after > Reach.ADJACENT)) return out;
            out.add(r);
            if (last == null || r.to() > last.to()) last = r;
        }
        return out;
    }

    /**
     * Whether the reference stands in the parent clause, or opens a clause read as a source right after the phrase
     * ("Après son entretien avec Poutine lundi, Emmanuel Macron a dit être...": ", Name a dit" reads as a source, whose
     * speaker is the subject the phrase stands before).
     */
    private static boolean ofParent(Clauses clauses, Ref r, Clauses.Clause parent, int after) {
        Clauses.Clause of = clauses.of(r.from());
        if (of.index() == parent.index()) return true;
        return of.kind() == Clauses.Kind.SOURCE && of.parent() == parent.index() && of.opener() == r.from() && r.from() - after <= Reach.ADJACENT;
    }

    /** Whether no party stands before the token, places and the dateline aside. */
    private static boolean noOneBefore(SentenceReading s, int at, List<Ref> named) {
        int datelineEnd = DateResolver.datelineEnd(s.text().body());
        for (Ref r : named) {
            if (r.from() >= at || r.country() == null || FrameReader.isVenue(r, s.cues(), named)) continue;
            if (s.text().tokens().get(r.from()).start() >= datelineEnd) return false;
        }
        return true;
    }

    /**
     * The subject of a clause: its first party and those coordinated with it ("A and B", "X, the president of Y"),
     * before the first trigger of the clause.
     */
    static List<Ref> subjectOf(SentenceReading s, Clauses.Clause clause, List<Ref> named) {
        List<Ref> out = new ArrayList<>();
        if (clause == null) return out;
        Ref last = null;
        for (Ref r : named) {
            if (s.clauses().of(r.from()).index() != clause.index() || r.country() == null) continue;
            if (s.cues().triggerWithin(last == null ? s.clauses().start(clause) : last.to(), r.from())) break;
            if (FrameReader.isVenue(r, s.cues(), named)) {
                if (last == null) continue;
                break;
            }
            if (last != null && r.from() > last.to() && !coordinated(s, last, r)) break;
            out.add(r);
            if (last == null || r.to() > last.to()) last = r;
        }
        return out;
    }

    /**
     * Whether only joining words stand between two references of one subject: a conjunction, a title's small words, a
     * comma; or anything short when both name one state ("Pakistan's army chief, General Asim Munir").
     */
    private static boolean coordinated(SentenceReading s, Ref a, Ref b) {
        int gap = b.from() - a.to();
        if (gap > COORDINATED) return false;
        if (Objects.equals(a.country(), b.country()) && gap <= Reach.ADJACENT) return true;
        var profile = s.text().lexicon().profile();
        for (int t = a.to(); t < b.from(); t++) {
            String term = s.text().tokens().get(t).term();
            // "et le président finlandais", "et le Premier ministre cambodgien": a title of one or two words before the demonym
            boolean titleOfADemonym = t >= b.from() - 2 && t > a.to() && profile.demonymAfterNoun() && "demonym".equals(b.via());
            if (!profile.conjunctions().contains(term) && !profile.titleLinks().contains(term) && !titleOfADemonym) return false;
        }
        return true;
    }

    /** Whether the clause's subject is a pronoun: a pronoun stands in it before any reference. */
    private static boolean startsWithPronoun(SentenceReading s, Clauses.Clause clause, List<Ref> named) {
        CueIndex.At pronoun = null;
        for (CueIndex.At a : s.cues().all(CueKind.PRONOUN)) {
            if (s.clauses().of(a.start()).index() == clause.index()) {
                pronoun = a;
                break;
            }
        }
        if (pronoun == null) return false;
        for (Ref r : named) if (r.to() <= pronoun.start() && s.clauses().of(r.from()).index() == clause.index()) return false;
        return true;
    }

    /** The references right before a relative word, back to the first that stands apart ("A and B, who..."). */
    static List<Ref> antecedent(SentenceReading s, int before, List<Ref> named) {
        List<Ref> out = new ArrayList<>();
        CueIndex cues = s.cues();
        int limit = before + 1;
        if (cues.startingAt(before, CueKind.WITH) != null) limit = before;       // "with whom": what stands before "with"
        for (int i = named.size() - 1; i >= 0; i--) {
            Ref r = named.get(i);
            if (r.from() >= limit || r.country() == null) continue;
            if (!s.clauses().together(r.from(), before)) break;                 // "WASHINGTON, March 8 - Chung, who met": not the dateline
            if (r.to() < limit) {
                if (limit - r.to() > COORDINATED || cues.triggerWithin(r.to(), limit)) break;
                if (!cues.within(CueKind.WITH, r.to(), limit).isEmpty() || !cues.within(CueKind.BETWEEN, r.to(), limit).isEmpty()) break;
            }
            if (!r.locative()) out.add(0, r);
            limit = Math.min(limit, r.from());
        }
        return out;
    }

    /** "with whom he had spoken", "auquel": the relative word is the object, what it stands for a partner. */
    static boolean relativeIsObject(SentenceReading s, Clauses.Clause clause) {
        return (clause.opener() > 0 && s.cues().startingAt(clause.opener() - 1, CueKind.WITH) != null) || FrameReader.elidedObjectRelative(s, clause);
    }
}
