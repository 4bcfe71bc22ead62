package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fills a trigger's frame from the clauses of its sentence: the subject before it (or what a pronoun, a relative word
 * or a report's speaker stands for, read by {@link Subjects}), what follows it in its clause, the venue, and the status
 * the words that govern it give (read by {@link StatusReader}). One reader serves every rule, so a phrasing family read
 * for calls is read the same way for meetings.
 */
final class FrameReader {

    private final StatusReader status;

    FrameReader(StatusReadings readings) {
        this.status = new StatusReader(readings);
    }

    Frame read(SentenceReading s, CueIndex.TriggerAt trigger) {
        Clauses clauses = s.clauses();
        CueIndex cues = s.cues();
        Clauses.Clause clause = clauses.of(trigger.start());
        List<Ref> named = Subjects.named(s);

        List<Ref> agents = new ArrayList<>();
        List<Ref> partners = new ArrayList<>();
        List<Ref> venues = new ArrayList<>();
        int partnersEnd = Math.min(nextTrigger(s, trigger), nextJoinedVerb(s, trigger));
        for (Ref r : named) {
            if (clauses.of(r.from()).index() != clause.index() || r.country() == null) continue;
            if (isVenue(r, cues, named) || namesTheSummit(cues, trigger, r) || namesTheRoom(cues, trigger, r)) {
                venues.add(r);
            } else if (!isTopic(r, cues) || (trigger.type() == EventType.CEASEFIRE && isTarget(r, cues))) {     // a truce's accused breaker is a side
                if (r.to() <= trigger.start()) agents.add(r);
                else if (r.from() >= trigger.end() && r.from() < partnersEnd) partners.add(r);
            }
        }
        if (clause.kind() == Clauses.Kind.RELATIVE && isWhere(s, clause)) venues.addAll(placeBefore(s, clause.opener(), named));
        if (venues.isEmpty()) venues.addAll(cleftPlace(s, clause, named));     // "C'est au Kremlin que X a été reçu mercredi"
        if (clause.kind() == Clauses.Kind.RELATIVE && !agents.isEmpty() && objectRelative(s, clause)) {
            // "Moon Jae-in, whom Xi Jinping congratulated by telephone", "Zelensky, que Macron a appelé": the antecedent is the verb's object
            for (Ref r : Subjects.antecedent(s, clause.opener() - 1, named)) if (!partners.contains(r) && !agents.contains(r)) partners.add(0, r);
        }
        if (partners.isEmpty() && !agents.isEmpty() && elidedGuest(s, trigger, clause)) {
            // "au palais Chigi, où Giorgia Meloni l'a accueilli", "Xi Jinping l'a reçu jeudi": the guest is who the pronoun stands for
            for (Ref r : guestOf(s, clause, named)) if (!agents.contains(r)) partners.add(r);
        }
        CueIndex.At pronoun = firstWithin(cues, CueKind.PRONOUN, clauses, clause, trigger.start());
        boolean withOnly = partnersBefore(s, clause, agents);
        boolean pronounSubject = pronoun != null && agents.stream().noneMatch(r -> r.to() <= pronoun.start());
        boolean owned = agents.isEmpty() && ownedNoun(s, clause, trigger);     // "His talks with Xi ...": the owner is who "he" would be
        List<Ref> subject = Subjects.subjectRun(s, clause, named, trigger.start());
        boolean inherited = false;
        if (((agents.isEmpty() || withOnly) && !Subjects.unknownSubject(s, clause, trigger)) || pronounSubject) {
            inherited = true;
            if (clause.kind() == Clauses.Kind.RELATIVE && Subjects.relativeIsObject(s, clause)) {
                partners.addAll(0, Subjects.antecedent(s, clause.opener() - 1, named));     // "Putin, with whom he had spoken by phone"
                subject = pronounSubject ? Subjects.standsFor(s, clause, true, named) : Subjects.subjectOf(s, clauses.parent(clause), named);
            } else if (clause.phrase() && !pronounSubject && clauses.parent(clause) != null && trigger.type() == EventType.PHONE_CALL) {
                // "ont appelé Poutine à un cessez-le-feu, lors d'un entretien téléphonique": who the verb names takes part
                subject = Subjects.subjectOf(s, clauses.parent(clause), named);
                // "received Zelenskiy at the White House, a day after a long phone call with Putin": whom the clause's
                // meeting verb takes met the subject in person; the call is the subject's
                boolean metInPerson = !subject.isEmpty() && meetingVerbBefore(s, clause.parent(), clause.opener());
                // "a téléphoné à Zelensky, au lendemain de son entretien téléphonique avec Poutine": the possessive
                // that owns the phrase's call noun is the clause's subject, not whom the verb takes
                boolean ownedBySubject = !subject.isEmpty() && ownedNoun(s, clause, trigger);
                for (Ref r : named) {
                    if ((metInPerson || ownedBySubject) && !subject.contains(r)) continue;
                    if (clauses.of(r.from()).index() == clause.parent() && r.to() <= clause.opener() && r.country() != null
                            && !isVenue(r, cues, named) && !isTopic(r, cues) && !namedByAnother(s, clauses.start(clauses.parent(clause)), r.from())) agents.add(r);
                }
                if (subject.isEmpty()) subject = Subjects.standsFor(s, clause, false, named);
            } else {
                subject = Subjects.standsFor(s, clause, pronounSubject || owned, named);
            }
            for (Ref r : subject) if (!agents.contains(r)) agents.add(0, r);
        }
        if (agents.isEmpty() && subject.isEmpty() && !partners.isEmpty() && nounWithOpens(s, clause, trigger)) {
            // "Un tête-à-tête avec le président Xi Jinping est prévu en marge de cette réunion", after a sentence on Modi's
            // trip: a meeting noun that opens its clause with its partner, no one before it, is had by the last subject
            for (Ref r : PreviousSubject.of(s.text(), s.refs(), s.sentence().index())) {
                if (partners.stream().noneMatch(p -> r.country() != null && Objects.equals(r.country(), p.country()))) { agents.add(r); subject = List.of(r); }
            }
        }
        CueIndex.At between = betweenOf(s, trigger);
        boolean sidesBetween = between != null && partners.stream().anyMatch(r -> r.from() >= between.end());
        StatusReader.Governing governing = status.governing(s, trigger, clause);
        if (governing.cue() != null && governing.cue().cue().kind() == CueKind.LATER) ownPhrase(s, trigger, governing.cue(), subject, agents, venues);
        CueIndex.At condition = StatusReader.condition(s, clause, trigger);
        // "Donald Trump et lui pourraient se rencontrer", "held talks with him": a pronoun joined to the subject, or after
        // the trigger, stands for who speaks or was named before
        boolean callPhrase = clause.phrase() && clauses.parent(clause) != null && trigger.type() == EventType.PHONE_CALL;
        for (CueIndex.At p : cues.all(CueKind.PRONOUN)) {
            // "said that he and Putin had agreed to meet, after a lengthy phone conversation": the phrase's call takes the
            // pronoun joined to the subject of the clause it goes on
            boolean ofTheParent = callPhrase && inherited && clauses.of(p.start()).index() == clause.parent() && p.end() <= clause.opener();
            if ((!clauses.together(p.start(), trigger.start()) && !ofTheParent) || (pronounSubject && p == pronoun)) continue;
            boolean joined = p.end() <= trigger.start() && Subjects.coordinatedWith(s, p, agents);
            // "telephoned Zelenskiy to brief him": after a partner named in the object slot, the pronoun is that partner
            boolean after = p.start() >= trigger.end() && p.start() < partnersEnd
                    && partners.stream().noneMatch(r -> r.from() >= trigger.end() && r.to() <= p.start());
            if (!joined && !after) continue;
            // "Le président américain Donald Trump a écrit que le dirigeant chinois et lui...": of a title and its name, the
            // pronoun stands for the person the name gives, not the bare title before it
            List<Ref> standsFor = new ArrayList<>(Subjects.standsFor(s, clause, true, named));
            standsFor.sort(java.util.Comparator.comparing(r -> r.actor() == null));
            for (Ref r : standsFor) {
                List<Ref> side = joined ? agents : partners;
                if (agents.stream().noneMatch(a -> r.country() != null && Objects.equals(r.country(), a.country())) && !side.contains(r)) side.add(r);
            }
        }
        if (partners.isEmpty() && !agents.isEmpty() && calleePronounBefore(s, trigger)) {
            // "Narendra Modi a annoncé que Vladimir Poutine lui avait téléphoné": the pronoun before the verb is the other side
            for (Ref r : Subjects.standsFor(s, clause, true, named)) {
                if (agents.stream().noneMatch(a -> r.country() != null && Objects.equals(r.country(), a.country())) && !partners.contains(r)) partners.add(r);
            }
        }
        CueIndex.At denial = governing.cue() == null ? null : cues.startingAt(governing.cue().start(), CueKind.EXISTENCE_DENIAL);
        boolean existenceDenied = denial != null && denial.end() == governing.cue().end();     // "there will be no truce", not "pas de projets"
        EventStatus read = governing.status();
        if (condition != null && condition.cue().onDenialOnly() && !existenceDenied) {
            // "A second meeting ... will not take place until next year": a refusal of a plan that a time after "until"
            // lifts puts the event off (suspended); "until Friday" elsewhere is a time, no condition
            if (read == EventStatus.REJECTED && timeAfter(s, condition)) read = EventStatus.SUSPENDED;
            condition = null;
        }
        return new Frame(trigger, clause, subject, agents, partners, sidesBetween, venues, read, governing.cue(), condition, inherited,
                condition != null && StatusReader.onlyAcceptance(s, condition), existenceDenied);
    }

    /** Words after "until" in which a time names when a refused event may take place ("until next year", "until the end of March"). */
    private static final int UNTIL_TIME_WORDS = 4;

    /**
     * Whether a time follows a condition cue of strength {@code denial} ("until") within {@link #UNTIL_TIME_WORDS} words of
     * its sentence: a month, a weekday, a unit of time (calendar words) or a year in digits ("until next year", "until
     * April", "until 2027"), not a clause ("until Turkish troops leave").
     */
    private static boolean timeAfter(SentenceReading s, CueIndex.At until) {
        var text = s.text();
        int end = Math.min(s.sentence().endToken(), until.end() + UNTIL_TIME_WORDS);
        for (int t = until.end(); t < end; t++) {
            var w = text.lexicon().calendarWord(text.termId(t));
            if (w != null && (w.month() != null || w.weekday() != null || w.unitHours() != null)) return true;
            String term = text.tokens().get(t).term();
            if (term.length() == YEAR_DIGITS && term.chars().allMatch(Character::isDigit)) return true;
        }
        return false;
    }

    /** Digits of a year written out ("2027"). */
    private static final int YEAR_DIGITS = 4;

    /** Words between an object pronoun written before the verb and the verb: its auxiliary ("lui avait téléphoné"). */
    private static final int CALLEE_PRONOUN_GAP = 1;

    /**
     * Words between an object pronoun and a medium phrase read as the verb it qualifies: the auxiliary and that verb
     * ("lui avait parlé au téléphone", "lui a parlé au téléphone").
     */
    private static final int CALLEE_PRONOUN_GAP_MEDIUM = CALLEE_PRONOUN_GAP + 1;

    /**
     * Whether a callee pronoun stands right before the call verb or its auxiliary, in its clause ("lui a parlé", "lui avait
     * téléphoné"), or before the verb a medium phrase qualifies ("lui avait parlé au téléphone").
     */
    private static boolean calleePronounBefore(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (trigger.type() != EventType.PHONE_CALL || trigger.trigger().noun()) return false;
        int gap = trigger.trigger().word() == io.newswire.enrich.tagger.kb.WordClass.ADVERBIAL ? CALLEE_PRONOUN_GAP_MEDIUM : CALLEE_PRONOUN_GAP;
        CueIndex.At p = s.cues().before(CueKind.CALLEE_PRONOUN, trigger.start(), gap);
        return p != null && s.clauses().together(p.start(), trigger.start());
    }

    /** Words a meeting noun that opens its clause may stand after: its article ("Un tête-à-tête", "A meeting"). */
    private static final int OPENING_ARTICLE = 1;

    /** Whether a meeting noun opens its clause, its article at most before it, and "avec" / "with" follows it. */
    private static boolean nounWithOpens(SentenceReading s, Clauses.Clause clause, CueIndex.TriggerAt trigger) {
        if (!trigger.trigger().noun() || clause.kind() != Clauses.Kind.MAIN) return false;
        if (trigger.start() - s.clauses().start(clause) > OPENING_ARTICLE) return false;
        return s.cues().after(CueKind.WITH, trigger.end(), 0) != null;
    }

    /**
     * "a affirmé être convenu avec Lula d'une rencontre", "dit avoir convenu avec X d'un sommet": when every person before
     * the trigger in its clause stands after "avec", they are its partners, and the clause's subject is still to be found
     * (the speaker's), as when no one stands before it.
     */
    private static boolean partnersBefore(SentenceReading s, Clauses.Clause clause, List<Ref> agents) {
        if (agents.isEmpty()) return false;
        for (Ref r : agents) {
            CueIndex.At with = s.cues().before(CueKind.WITH, r.from(), Reach.ADJACENT);
            if (with == null || s.clauses().of(with.start()).index() != clause.index()) return false;
        }
        return true;
    }

    /**
     * Who an elided object pronoun stands for: what a pronoun subject of its clause would ("où Meloni l'a accueilli": the
     * subject the relative hangs on), else the subject of the clause before it in the sentence ("Kim a prolongé son
     * séjour à Pékin: Xi l'a reçu jeudi").
     */
    private static List<Ref> guestOf(SentenceReading s, Clauses.Clause clause, List<Ref> named) {
        Clauses clauses = s.clauses();
        int start = clauses.start(clause);
        if (clause.kind() == Clauses.Kind.MAIN && start > s.sentence().firstToken()) {
            Clauses.Clause before = clauses.of(start - 1);
            if (before.index() != clause.index() && before.kind() == Clauses.Kind.MAIN) {
                List<Ref> subject = Subjects.subjectOf(s, before, named);
                if (!subject.isEmpty()) return subject;
            }
        }
        return Subjects.standsFor(s, clause, true, named);
    }

    /** Whether a verb of receiving has an elided object pronoun before it ("l'a accueilli", "l'a reçu"): its guest named before. */
    private static boolean elidedGuest(SentenceReading s, CueIndex.TriggerAt trigger, Clauses.Clause clause) {
        if (trigger.type() != EventType.MEETING || trigger.trigger().frame() != TriggerFrame.HOST || trigger.trigger().noun()) return false;
        return PronounObject.of(s.text(), s.clauses().start(clause), trigger.start(), trigger.start(), trigger.start());
    }

    /** Whether the relative clause opens on an object relative word ("whom", "que"): its antecedent is the object of its verb. */
    static boolean objectRelative(SentenceReading s, Clauses.Clause clause) {
        int at = clause.opener();
        if (at < 0 || at >= s.text().tokens().size()) return false;
        String word = s.text().surface(at, at + 1).toLowerCase(java.util.Locale.ROOT).replaceAll("['’]", "");
        var objectRelatives = s.text().lexicon().profile().objectRelatives();
        // ", qu'il a appelé": the elided relative word the tokenizer dropped before the clause's first word
        return objectRelatives.contains(word) || elidedObjectRelative(s, clause);
    }

    /** ", qu'il a appelé": a relative opened by an elided object relative word, which the tokenizer dropped before the clause's first word. */
    static boolean elidedObjectRelative(SentenceReading s, Clauses.Clause clause) {
        int at = clause.opener();
        if (at < 0 || at >= s.text().tokens().size()) return false;
        return io.newswire.enrich.tagger.kb.LanguageProfile.elidedBefore(s.text().body(), s.text().tokens().get(at).start(), s.text().lexicon().profile().objectRelatives()) != null;
    }

    /** Whether a meeting verb ("received", "met", "a reçu") stands in the clause before the token. */
    private static boolean meetingVerbBefore(SentenceReading s, int clause, int before) {
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.type() == EventType.MEETING && t.trigger().word() == io.newswire.enrich.tagger.kb.WordClass.VERB && t.trigger().status() == io.newswire.schemas.EventStatus.OCCURRED && t.start() < before
                    && s.clauses().of(t.start()).index() == clause) return true;
        }
        return false;
    }

    /**
     * Where the trigger's partners end: at the next trigger of its clause ("talks with European leaders ... to
     * telephone the Kremlin leader"), unless that one is its object ("hosted the talks between").
     */
    private static int nextTrigger(SentenceReading s, CueIndex.TriggerAt trigger) {
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.type() == null || t.start() < trigger.end() || !s.clauses().together(t.start(), trigger.start())) continue;
            if (t.type() == trigger.type() && t.trigger().noun() && t.start() - trigger.end() <= Reach.SAME_MEETING) continue;
            return t.start();
        }
        return s.sentence().endToken();
    }

    /** Where a verb joined by a conjunction after the trigger opens ("va rencontrer Poutine et appellera ensuite Zelensky"): its objects are its own. */
    private static int nextJoinedVerb(SentenceReading s, CueIndex.TriggerAt trigger) {
        for (CueIndex.At c : s.cues().all(CueKind.MODALITY)) {
            if (c.start() > trigger.end() && s.clauses().together(c.start(), trigger.start()) && StatusReader.joinedVerb(s, c)) return c.start();
        }
        return s.sentence().endToken();
    }

    /**
     * A place after a preposition of place, a few words allowed between ("at the White House", "in the Belarusian
     * capital Minsk"), none of them another state's name; a state named after a "between" or a "with" that follows the
     * place is a side ("au Caire entre l'Egypte et la Turquie", "in Cairo between Egypt and Turkey").
     */
    static boolean isVenue(Ref r, CueIndex cues, List<Ref> named) {
        if (r.locative()) return true;
        if (r.actor() != null) return false;
        CueIndex.At at = cues.before(CueKind.LOCATIVE, r.from(), Reach.ADJACENT);
        if (at == null) return false;
        if (!cues.within(CueKind.BETWEEN, at.end(), r.from()).isEmpty() || !cues.within(CueKind.WITH, at.end(), r.from()).isEmpty()) return false;
        for (Ref o : named) if (o.from() >= at.end() && o.to() <= r.from() && !Objects.equals(r.country(), o.country())) return false;
        return !cues.triggerWithin(at.end(), r.from()) && !unknownNameBetween(cues, named, at.end(), r.from());
    }

    /**
     * "depuis le sommet de Hanoï", "the Helsinki summit": a capital that names a summit is where it is held, not a side;
     * one joined by "with" or "between" is ("un sommet avec Moscou").
     */
    private static boolean namesTheSummit(CueIndex cues, CueIndex.TriggerAt trigger, Ref r) {
        if (trigger.trigger().frame() != TriggerFrame.SUMMIT || r.actor() != null || !r.via().equals("capital")) return false;
        if (r.to() == trigger.start()) return true;
        return r.from() >= trigger.end() && r.from() - trigger.end() <= Reach.NEXT
                && cues.within(CueKind.WITH, trigger.end(), r.from()).isEmpty() && cues.within(CueKind.BETWEEN, trigger.end(), r.from()).isEmpty();
    }

    /** From "his" / "their" to the seat of government that names the room of the meeting it owns ("his much-criticised Kremlin meeting"). */
    private static final int OWNER_TO_ROOM = 3;

    /**
     * "a day after his Kremlin talks with Putin", "his heated Oval Office meeting with Trump": a seat of government right
     * before a meeting noun that a possessive owns names the room where it was held, not a side; the owner is the side.
     */
    private static boolean namesTheRoom(CueIndex cues, CueIndex.TriggerAt trigger, Ref r) {
        if (trigger.type() != EventType.MEETING || !trigger.trigger().noun() || r.actor() != null || !"seat".equals(r.via()) || r.to() != trigger.start()) return false;
        return cues.before(CueKind.OWNER, r.from(), OWNER_TO_ROOM) != null || cues.before(CueKind.OWNERS, r.from(), OWNER_TO_ROOM) != null;
    }

    /** "a reçu à Istanbul son homologue ukrainien": a name the knowledge base does not know is the place. */
    private static boolean unknownNameBetween(CueIndex cues, List<Ref> named, int from, int to) {
        for (int t = from; t < to; t++) {
            int token = t;
            if (cues.capitalized(t) && named.stream().noneMatch(o -> o.from() <= token && token < o.to())) return true;
        }
        return false;
    }

    /** "à Pékin, où il a tenu des entretiens", "Warsaw, where he is due to meet": the relative word stands for a place. */
    private static boolean isWhere(SentenceReading s, Clauses.Clause clause) {
        CueIndex.At opener = s.cues().startingAt(clause.opener(), CueKind.RELATIVE);
        return opener != null && !placeBefore(s, clause.opener(), s.here()).isEmpty();
    }

    /** The place named right before token {@code at} ("à Pékin, où"). */
    /**
     * "C'est au Kremlin que le président syrien a été reçu mercredi": the one place a cleft puts first, right after its
     * opening words and with no trigger and no one else in its clause, is where the clause "que" opens after it happened.
     */
    private static List<Ref> cleftPlace(SentenceReading s, Clauses.Clause clause, List<Ref> named) {
        Clauses clauses = s.clauses();
        Clauses.Clause main = clauses.parent(clause);
        if (clause.kind() != Clauses.Kind.REPORTED || main == null || main.kind() != Clauses.Kind.MAIN || clause.opener() < 0) return List.of();
        int from = Math.max(clauses.start(main), Dateline.openingToken(s.text(), s.sentence()));
        if (clause.opener() < from || clause.opener() - from > Reach.CLEFT_PHRASE || s.cues().triggerWithin(from, clause.opener())) return List.of();
        Ref place = null;
        for (Ref r : named) {
            if (r.from() < from || r.to() > clause.opener()) continue;
            if (!r.locative() || r.actor() != null || place != null) return List.of();
            place = r;
        }
        return place != null && place.from() - from <= Reach.CLEFT_WORDS ? List.of(place) : List.of();
    }

    private static List<Ref> placeBefore(SentenceReading s, int at, List<Ref> named) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Ref r = named.get(i);
            if (r.to() > at) continue;
            return r.locative() && r.actor() == null && at - r.to() <= Reach.NEXT ? List.of(r) : List.of();
        }
        return List.of();
    }

    /**
     * Whether a truce, or a meeting with its sides after "between", stands in tokens [from, to): who follows is its own
     * ("a meeting between Putin and Zelensky"), not who proposed a summit ("un sommet a été proposé par Biden à Poutine").
     */
    private static boolean namedByAnother(SentenceReading s, int from, int to) {
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.type() == null || t.start() >= to || t.end() <= from) continue;
            if (t.type() == EventType.CEASEFIRE || betweenOf(s, t) != null) return true;
            // "a proposé à Poutine la tenue d'un sommet avec Joe Biden, au cours d'un entretien téléphonique": who follows
            // another meeting noun's "with" is a side of that meeting, not of the call
            if (t.type() != EventType.PHONE_CALL && t.trigger().noun() && s.cues().after(CueKind.WITH, t.end(), 0) != null) return true;
        }
        return false;
    }

    /**
     * The "between/entre" that names a noun trigger's sides: right after it, or after what qualifies it, a length or
     * a place ("un entretien de trois heures au Kremlin entre le président russe et l'émissaire américain"), in its
     * clause and with no one named before it; null when there is none.
     */
    static CueIndex.At betweenOf(SentenceReading s, CueIndex.TriggerAt trigger) {
        CueIndex.At next = s.cues().after(CueKind.BETWEEN, trigger.end(), Reach.NEXT);
        if (next != null) return s.clauses().together(next.start(), trigger.start()) ? next : null;
        if (!trigger.trigger().noun()) return null;
        CueIndex.At between = s.cues().after(CueKind.BETWEEN, trigger.end(), Reach.SUMMIT);
        if (between == null || !s.clauses().together(between.start(), trigger.start()) || s.cues().triggerWithin(trigger.end(), between.start())) return null;
        List<Ref> named = Subjects.named(s);
        for (Ref r : named) if (r.from() >= trigger.end() && r.to() <= between.start() && !isVenue(r, s.cues(), named)) return null;
        return between;
    }

    private static CueIndex.At firstWithin(CueIndex cues, CueKind kind, Clauses clauses, Clauses.Clause clause, int before) {
        for (CueIndex.At a : cues.all(kind)) {
            if (a.start() >= before) return null;
            if (clauses.of(a.start()).index() == clause.index()) return a;
        }
        return null;
    }

    /**
     * "met Zelensky in Kyiv on Monday, on the eve of his talks with Putin in Moscow": a later event takes no place named
     * before its cue, and a singular owner ("his", "sa") leaves it the clause's subject alone of who stands before it;
     * "their" / "leur" leaves it all.
     */
    private static void ownPhrase(SentenceReading s, CueIndex.TriggerAt trigger, CueIndex.At cue, List<Ref> subject, List<Ref> agents, List<Ref> venues) {
        venues.removeIf(v -> v.from() < cue.start());
        if (s.cues().before(CueKind.OWNER, trigger.start(), OWNER_TO_EVENT) == null || subject.isEmpty()) return;
        agents.removeIf(r -> r.to() <= cue.start() && !subject.contains(r));
    }

    /**
     * "(Scholz returned from China on Wednesday.) His talks with Xi in Beijing on Tuesday focused on...", "Son entretien avec
     * Xi mardi à Pékin a porté sur...": a noun trigger owned by a singular possessive of its own clause, no party named
     * before it there, is owned by whom a pronoun in its place would stand for.
     */
    private static boolean ownedNoun(SentenceReading s, Clauses.Clause clause, CueIndex.TriggerAt trigger) {
        if (!trigger.trigger().noun()) return false;
        CueIndex.At owner = s.cues().before(CueKind.OWNER, trigger.start(), OWNER_TO_EVENT);
        return owner != null && s.clauses().of(owner.start()).index() == clause.index();
    }

    /** From "his" / "sa" to the event word it owns ("his video call", "sa visioconférence"). */
    private static final int OWNER_TO_EVENT = 3;

    /** "said of the Cuban leader", "à propos de la Syrie", "accused Iran of": what the parties talk about or accuse is not a party. */
    static boolean isTopic(Ref r, CueIndex cues) {
        return namedAfter(CueKind.TOPIC, r, cues) || isTarget(r, cues) || aimOfTalks(r, cues);
    }

    /**
     * "negotiations on Ukraine", "des discussions sur l'Ukraine": a country right after the word of aim that follows a
     * meeting noun is what the talks are on, no side; one that names the truce right after it ("talks on a Gaza truce") is
     * the truce's.
     */
    private static boolean aimOfTalks(Ref r, CueIndex cues) {
        CueIndex.At aim = cues.before(CueKind.AIM, r.from(), 1);          // "on Ukraine", "sur l'Ukraine": an article at most between
        if (aim == null || cues.triggerWithin(aim.end(), r.from()) || cues.triggerWithin(r.to(), r.to() + 1)) return false;
        if (cues.dayWithin(aim.end(), r.from())) return false;      // "In a telephone call on Wednesday, Donald Trump briefed": the call's day, no aim

        for (CueIndex.TriggerAt t : cues.triggers()) {
            if (t.end() == aim.start() && t.type() != null && t.type().isContact() && t.trigger().noun()) return true;
        }
        return false;
    }

    /** "accused Iran of", "a accusé mardi le Cambodge de": who a side accuses or targets. */
    static boolean isTarget(Ref r, CueIndex cues) {
        return namedAfter(CueKind.TARGET, r, cues);
    }

    /** Whether the reference stands right after a cue of the kind, no trigger between ("ne rien avoir contre une rencontre avec Zelensky": its partner). */
    private static boolean namedAfter(CueKind kind, Ref r, CueIndex cues) {
        CueIndex.At cue = cues.before(kind, r.from(), Reach.TOPIC);
        return cue != null && !cues.triggerWithin(cue.end(), r.from()) && !partnerOfItsRelative(r, cues);
    }

    /** "en accord avec Vladimir Poutine, avec qui il s'était entretenu", "Putin, with whom he had spoken": the partner of its own relative's talk. */
    private static boolean partnerOfItsRelative(Ref r, CueIndex cues) {
        CueIndex.At with = cues.after(CueKind.WITH, r.to(), 0);
        return with != null && cues.after(CueKind.RELATIVE, with.end(), 0) != null;
    }
}
