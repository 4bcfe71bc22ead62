package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.PersonWords;
import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.enrich.tagger.kb.WordClass;
import io.newswire.enrich.tagger.text.Fold;
import io.newswire.enrich.tagger.text.Token;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The status that governs a trigger: a denial right before it, the modality cue of its clause that its type reads, what
 * its parent clause, its deal or its relative tells, a later cue with a length, a headline's present; and the condition
 * that governs it. Reads cues through the {@link StatusReadings} of each event type; gives a {@link Governing}.
 */
final class StatusReader {

    /** A denial or rejection this close before a trigger speaks of it whatever stands further ("not a ceasefire"). */
    private static final int NEGATION = 2;
    /** At most this many words of a noun trigger's own (adjectives, a place) before the relative that tells of it. */
    private static final int NOUN_WORDS = 4;
    /** At most this many words (an article, an ordinal) between a word of purpose and the visit's noun it opens. */
    private static final int PURPOSE_TO_NOUN = 2;

    /** What may govern an adverbial trigger: the tense or the denial of its clause's verb. */
    private static final java.util.Set<EventStatus> TENSES = java.util.EnumSet.of(EventStatus.OCCURRED, EventStatus.PLANNED,
            EventStatus.DENIED, EventStatus.WISHED);

    private final StatusReadings readings;

    StatusReader(StatusReadings readings) {
        this.readings = readings;
    }

    /** The status that governs a trigger and the cue that gave it (null: the trigger's own). */
    record Governing(EventStatus status, CueIndex.At cue) {
    }

    /** The status that governs the trigger and the cue that gave it: its words' ({@link #status}), as a later cue leaves it ({@link #later}). */
    Governing governing(SentenceReading s, CueIndex.TriggerAt trigger, Clauses.Clause clause) {
        return later(s, trigger, status(s, trigger, clause));
    }

    /**
     * "a day before his video call with Biden", "deux jours avant leur sommet de Genève": an event named after a later cue
     * with a length is planned or held by its own date ({@link LaterEvents}), whatever the words of its clause, or a cue
     * within its phrase ("à la veille", "before their"), say; a status of other words that govern it (a refusal, a
     * condition, a plan) stands.
     */
    private static Governing later(SentenceReading s, CueIndex.TriggerAt trigger, Governing governing) {
        CueIndex.At cue = LaterEvents.cueOf(s, trigger);
        if (cue == null) return governing;
        CueIndex.At by = governing.cue();
        boolean inPhrase = by != null && by.start() >= cue.start() - 1 && by.start() < trigger.start();
        if (by != null && !inPhrase && governing.status() != EventStatus.OCCURRED) return governing;
        return new Governing(LaterEvents.statusOf(s, trigger), cue);
    }

    /**
     * The status of the trigger: a denial or rejection right before it ("not a ceasefire"), else the first modality
     * cue of its clause before it that its type reads and that no trigger between them reads first (outermost:
     * "accepted an invitation to meet" is agreed), else for a noun the first one after it ("the truce took effect"),
     * else the trigger's own.
     */
    private Governing status(SentenceReading s, CueIndex.TriggerAt trigger, Clauses.Clause clause) {
        Governing denied = deniedRightBefore(s, trigger);
        if (denied != null) return denied;
        Governing asked = askedForItself(s, trigger);
        if (asked != null) return asked;
        Governing both = governsBoth(s, trigger, clause);
        if (both != null) return both;
        Candidates found = candidates(s, trigger, clause);
        Governing chosen = found.close() != null ? found.close() : choose(s, trigger, clause, found);
        if (chosen.status() != EventStatus.OCCURRED) return chosen;
        Governing toCome = visitStillToCome(s, trigger);       // an ordinal ("pour la première visite") tells no tense of its own
        if (toCome != null) return toCome;
        return chosen.cue() == null && nounAsPresentVerb(s, trigger) ? new Governing(EventStatus.PLANNED, null) : chosen;
    }

    /**
     * "Olaf Scholz rencontre jeudi à la chancellerie le président polonais": where modifiers follow the noun, a meeting
     * noun's form right after a name, without the accent of its participle ("a rencontré"), with a day after it in its
     * segment, is the verb in the present of a programme: a meeting to come. A headline's present tells one held.
     */
    private static boolean nounAsPresentVerb(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (trigger.type() != EventType.MEETING || !trigger.trigger().noun() || trigger.end() - trigger.start() != 1) return false;
        if (!s.text().lexicon().profile().demonymAfterNoun() || headline(s)) return false;
        if (s.here().stream().noneMatch(r -> r.to() == trigger.start())) return false;
        String form = s.text().surface(trigger.start(), trigger.end());
        return form.equals(Fold.fold(form)) && dayOfItsOwn(s, trigger);
    }

    /**
     * What the modality cues of a trigger's clause (and of the clause that describes a noun trigger) offer to govern it,
     * before one is chosen ({@link #choose}); {@code close} is a refusal or denial right before the trigger, which
     * governs it at once.
     */
    private record Candidates(Governing close, Governing outermost, Governing inSegment, Governing after, Governing later, CueIndex.At purpose) {
    }

    /**
     * "a demandé un entretien téléphonique avec Xi", "asked for a phone call with": a noun trigger that is the object of a
     * demand (a determiner, then at most its head noun, between them) is the thing asked, requested, for a type that reads
     * no demand of its clause (a call "called for" is a demand made in the call: "urged Putin in a telephone call to");
     * null otherwise.
     */
    private Governing askedForItself(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (!trigger.trigger().noun() || readings.read(trigger.type(), EventStatus.REQUESTED) != null) return null;
        CueIndex.At asked = s.cues().before(CueKind.MODALITY, trigger.start(), Reach.ADJACENT);
        if (asked == null || !ASKING.contains(asked.cue().status()) || asked.end() >= trigger.start()) return null;
        if (!s.text().lexicon().personWords().is(s.text().tokens(), asked.end(), PersonWords.Kind.DETERMINER)) return null;
        return trigger.start() - asked.end() <= ASKED_NOUN_WORDS ? new Governing(EventStatus.REQUESTED, asked) : null;
    }

    /** Words between a demand and the noun it asks for: a determiner and at most a head noun ("un entretien téléphonique"). */
    private static final int ASKED_NOUN_WORDS = 2;

    /** What a demand asks for: the statuses of the cues that make the noun right after them the thing asked. */
    private static final Set<EventStatus> ASKING = EnumSet.of(EventStatus.CALLED_FOR, EventStatus.REQUESTED);

    /** A negation right before the trigger that negates no cue of its own: a refusal of an intention, else a denial; null when none. */
    private Governing deniedRightBefore(SentenceReading s, CueIndex.TriggerAt trigger) {
        CueIndex cues = s.cues();
        CueIndex.At negated = cues.before(CueKind.NEGATION, trigger.start(), NEGATION);
        if (negated != null && s.clauses().together(negated.start(), trigger.start()) && !insideModality(cues, negated)
                && cues.within(CueKind.MODALITY, negated.end(), trigger.start()).isEmpty() && !takenByTheVerbBefore(s, negated)) {      // "no intention of meeting": it negates the cue
            // "will not meet", "ne souhaite pas une rencontre": an intention denied is a refusal; "did not meet", a denial
            return new Governing(intentRightBefore(s, trigger.type(), negated) ? EventStatus.REJECTED : EventStatus.DENIED, negated);
        }
        return null;
    }

    /** The cues that may govern the trigger, read in text order ({@link Candidates}). */
    private Candidates candidates(SentenceReading s, CueIndex.TriggerAt trigger, Clauses.Clause clause) {
        CueIndex cues = s.cues();
        EventType type = trigger.type();
        Governing outermost = null;
        Governing after = null;
        Governing later = null;
        Governing inSegment = null;
        CueIndex.At purpose = null;       // "agreed to meet to work out a ceasefire": the intent governs a meeting held for the truce
        int segment = s.clauses().segmentStart(trigger.start());
        int segmentEnd = s.clauses().segmentEnd(trigger.end());
        Clauses.Clause describing = describing(s, trigger);
        boolean adverbial = trigger.trigger().word() == WordClass.ADVERBIAL;
        CueIndex.At outcome = outcomeOfTalks(s, trigger);
        if (outcome != null) after = new Governing(EventStatus.OCCURRED, outcome);    // what follows speaks of the outcome
        int negationTaken = -1;           // "n'exclut pas de rencontrer": the "pas" that negates the verb before it
        int topic = -1;                   // where the topic of talks that open a cue begins (opensTheCue)
        for (CueIndex.At c : cues.all(CueKind.MODALITY)) {
            if (c.start() == negationTaken) continue;
            if (negatesTheNextCue(s, c)) continue;       // "had never ruled out a meeting", "n'avoir jamais exclu": the "never" is the refusal's
            if (opensTheCue(s, trigger, c)) {             // "..., in talks on getting their embassies working": the cue speaks of what follows,
                topic = c.end();                          // and what its segment names after it is the talks' topic ("Moscow's security demands")
                continue;
            }
            if (topic >= 0 && c.start() >= topic && c.start() < segmentEnd) continue;
            if (InvitationPhrase.holding(s, c.start(), c.end()) != null) continue;   // "At the invitation of X, Y will pay a visit": who invited, not the visit's status
            int at = s.clauses().of(c.start()).index();
            if (at != clause.index() && (describing == null || at != describing.index() || c.start() < trigger.end()) && !speakersObject(s, c, trigger, clause)
                    && !pastPhraseRightAfter(s, c, trigger, clause)) {
                continue;
            }
            EventStatus status = read(type, c);
            if (status == null || (adverbial && !TENSES.contains(status))) continue;
            if (status == EventStatus.OCCURRED && c.end() < trigger.start() && datesTheReport(s, c)) continue;
            if (c.start() < segment && frontedParticiple(s, c, segment)) continue;
            // "had no intention of meeting", "was not wanted": a refusal; "n'exclut pas de rencontrer": an opening
            EventStatus denial = negatedCue(s, c) || negatedAfter(s, c) ? StatusReadings.negated(status) : null;
            if (negatedAfter(s, c)) negationTaken = c.end();
            if (denial != null) status = readings.read(type, denial);
            if (status == null) continue;
            // "accepted a proposal for a ceasefire, rejecting Israeli suggestions that": a refusal with an object of its own
            if (c.start() >= trigger.end() && StatusReadings.OUTCOMES.contains(status) && OwnObject.follows(s, c)) continue;
            Governing read = new Governing(status, c);
            if (c.start() < trigger.start()) {
                if (boundElsewhere(s, c, trigger)) {
                    if (purpose == null && type == EventType.CEASEFIRE && StatusReadings.INTENTS.contains(status) && meetingBetween(s, c, trigger)) purpose = c;
                    continue;
                }
                boolean negation = status == EventStatus.REJECTED || status == EventStatus.DENIED;
                if (negation && trigger.start() - c.end() <= NEGATION) return new Candidates(read, null, null, null, null, null);
                // "would reject a ceasefire", "will not accept a 30-day truce": a modal right before a verb of the truce's
                // modality is its auxiliary, and the verb tells the status
                if (type == EventType.CEASEFIRE && inSegment != null && auxiliaryOf(s, inSegment.cue(), c)) {
                    if (outermost == inSegment) outermost = read;
                    inSegment = read;
                    continue;
                }
                if (outermost == null) outermost = read;
                if (inSegment == null && c.start() >= segment) inSegment = read;
                // "signed the declaration and then held a joint news conference": a verb joined by "and" right before the
                // trigger tells it, not the first verb of the segment
                else if (inSegment != null && c.start() >= segment && trigger.start() - c.end() <= Reach.ADJACENT && joinedVerb(s, c)) inSegment = read;
            } else if (c.start() < trigger.end()) {
                if (outermost == null) outermost = read;                    // "accord de cessez-le-feu": the cue holds the trigger
                if (inSegment == null) inSegment = read;
            } else if (after == null && trigger.trigger().noun() && !cues.triggerWithinOutsideOccasions(trigger.end(), c.start())
                    && (c.start() < segmentEnd || at != clause.index() || s.clauses().noCommaOfItsOwn(trigger.end(), c.start())
                        || verbAfterAnIncise(s, trigger, c))) {
                after = read;
            } else if (later == null && trigger.trigger().noun() && StatusReadings.OUTCOMES.contains(status) && at == clause.index() && !triggerOfClauseWithin(s, clause, trigger.end(), c.start())
                    && !conceded(s, c)) {
                later = read;
            }
            if (later == null && after == read && StatusReadings.OUTCOMES.contains(status) && !conceded(s, c)) later = read;
        }
        return new Candidates(null, outermost, inSegment, after, later, purpose);
    }

    /** Words that may stand before a meeting noun at the head of its sentence, its subject ("Une rencontre", "De nouveaux entretiens"). */
    private static final int BEFORE_SUBJECT_NOUN = 3;

    /** Words that may stand between the comma closing an incise and the subject's verb cue ("a été annulée"). */
    private static final int INCISE_TO_VERB = 2;

    /**
     * "Une rencontre entre Ishiba et Xi en marge du sommet, vendredi et samedi à Lima, n'est pas exclue": a meeting noun at
     * the head of its sentence (its subject) whose verb comes after one incise between commas, an incise with no event word
     * but the gathering an occasion names (", en marge du sommet du G20 de Bali,") and no cue of its own (a day, a place),
     * takes the cue of that verb, as it would with no incise (session s32, fr-sum5).
     */
    private static boolean verbAfterAnIncise(SentenceReading s, CueIndex.TriggerAt trigger, CueIndex.At c) {
        if (!trigger.trigger().noun()) return false;
        int lead = Dateline.openingToken(s.text(), s.sentence());
        if (lead < 0 || trigger.start() < lead || trigger.start() - lead > BEFORE_SUBJECT_NOUN || s.cues().triggerWithin(lead, trigger.start())) return false;
        Clauses clauses = s.clauses();
        int opens = clauses.segmentEnd(trigger.end());          // the first comma after the noun's stretch opens the incise
        if (opens >= c.start() || opens >= s.sentence().endToken()) return false;
        int closes = clauses.segmentEnd(opens + 1);             // the next one closes it
        if (closes > c.start() || c.start() - closes > INCISE_TO_VERB || clauses.segmentEnd(closes + 1) <= c.start()) return false;
        if (s.cues().triggerWithinOutsideOccasions(opens, closes)) return false;     // ", en marge du sommet du G20,": the setting, no event of its own
        return s.cues().within(CueKind.MODALITY, opens, closes).isEmpty();
    }

    /** Whether a modal of the future ("would", "will") stands right before the verb cue, a negation at most between. */
    private static boolean auxiliaryOf(SentenceReading s, CueIndex.At modal, CueIndex.At verb) {
        return modal.cue().status() == EventStatus.PLANNED && modal.end() <= verb.start() && verb.start() - modal.end() <= NEGATION - 1
                && !s.cues().triggerWithin(modal.end(), verb.start());
    }

    /**
     * "spent more than six hours in Istanbul on Thursday, in talks on getting their embassies working": a cue that a
     * meeting's own noun opens ("talks on") speaks of what the talks are about, not of the talks, when the noun heads a
     * phrase after a comma (at most one word before it: ", in talks on") that goes on the clause before it.
     */
    private static boolean opensTheCue(SentenceReading s, CueIndex.TriggerAt trigger, CueIndex.At c) {
        if (trigger.type() != EventType.MEETING || c.start() != trigger.start() || c.end() <= trigger.end()) return false;
        int segment = s.clauses().segmentStart(trigger.start());
        return segment > s.sentence().firstToken() && trigger.start() - segment <= 1 && s.clauses().together(segment - 1, trigger.start());
    }

    /**
     * Which candidate governs the trigger: what its clause, its parent, its deal or its relative tells, in this order of
     * precedence; with none of them, what {@link #withNothingElse} finds.
     */
    private Governing choose(SentenceReading s, CueIndex.TriggerAt trigger, Clauses.Clause clause, Candidates found) {
        int segment = s.clauses().segmentStart(trigger.start());
        int segmentEnd = s.clauses().segmentEnd(trigger.end());
        Governing outermost = found.outermost();
        Governing inSegment = found.inSegment();
        Governing after = found.after();
        Governing later = found.later();
        // "signed a declaration at the White House, in a ceremony hosted by Trump": a participle with its agent tells its own tense
        if (inSegment == null && outermost != null && outermost.cue().start() < segment && participleWithItsAgent(s, trigger)) outermost = null;
        Governing chosen = inSegment != null ? inSegment : outermost != null ? outermost : after;
        // "Under the agreement, a permanent ceasefire will be an item on the agenda": the noun's own verb, in its segment and
        // clause, tells what a word of an earlier segment only frames
        if (inSegment == null && outermost != null && after != null && outermost.cue().start() < segment && after.cue().start() < segmentEnd
                && s.clauses().together(after.cue().start(), trigger.start()) && !joinedVerb(s, after.cue())) chosen = after;
        // "has not rejected a ceasefire and agrees to one in principle": a verb joined by "and" after the truce that settles
        // what the first only held out (an acceptance after an opening) is its latest state; a purpose joined after a
        // proposal ("pour mettre fin aux combats et ouvrir la voie à") is not
        if (chosen != null && chosen.cue() != null && chosen.cue().end() <= trigger.start() && after != null && after.cue().start() < segmentEnd
                && joinedVerb(s, after.cue()) && chosen.status() == EventStatus.OFFERED && StatusReadings.settles(after.status(), chosen.status())) chosen = after;
        Governing proposer = proposedBySpeakerAfter(s, trigger, chosen, after);
        if (proposer != null) chosen = proposer;
        Governing sought = soughtUnderAnAgreement(s, trigger, chosen);
        if (sought != null) chosen = sought;
        Governing breach = deniedBreach(s, trigger, chosen);
        if (breach != null) chosen = breach;
        Governing parents = fromParent(s, trigger, clause);
        // "urged Hamas to accept a proposal that would bring a truce": the truce stands where the proposal stands
        Governing carried = carriedByItsDeal(s, trigger, clause);
        if (carried != null) return carried;
        // "the Kremlin denied that Putin and Trump had met": the denial holds the tense of what it denies
        if (parents != null && parents.status() == EventStatus.DENIED && (chosen == null || chosen.status() == EventStatus.OCCURRED)) return parents;
        // "brushing aside a European demand that it agree to a truce": a refusal of what asks for the event refuses it
        if (parents != null && parents.status() == EventStatus.REJECTED && (chosen == null || StatusReadings.STATES.contains(chosen.status()))
                && askedBetween(s, parents.cue(), clause)) return parents;
        // "a exigé qu'un cessez-le-feu entre en vigueur": the demand holds the state it asks for
        if (parents != null && parents.status() == EventStatus.CALLED_FOR && (chosen == null || StatusReadings.STATES.contains(chosen.status()))) return parents;
        // "agreed that they would meet": the agreement holds the plan it opens
        if (parents != null && parents.status() == EventStatus.AGREED && (chosen == null || chosen.status() == EventStatus.PLANNED)) return parents;
        // "Kim Jong Un will visit Seoul after taking up an invitation from Moon": an acceptance in the phrase after the plan holds it
        Governing accepted = acceptedAfterThePlan(s, trigger, clause, chosen);
        if (accepted != null) return accepted;
        // "a proposé à Donald Trump que leur prochaine rencontre ait lieu à Moscou": the proposal holds the plan it opens
        if (parents != null && parents.status() == EventStatus.PROPOSED && (chosen == null || chosen.status() == EventStatus.PLANNED)) return parents;
        // "the summit, which had been scheduled for June, was called off": what became of the plan is its latest state
        if (later != null && chosen != null && StatusReadings.outcomeOf(later.status(), chosen.status())) return later;
        // "was to have begun a state visit to France on Sunday, but the trip has been put off", "devait s'envoler pour Pékin et y
        // rencontrer Xi, mais a dû renoncer à ce voyage": what the clause after the plan tells became of it
        Governing undone = chosen == null ? null : undoneInTheClauseAfter(s, trigger, clause, chosen.status());
        if (undone != null) return undone;
        // "a proposé une rencontre au sommet, dont les deux présidents ont accepté le principe": what the relative on the noun
        // tells became of it settles it (accepted, turned down)
        Governing settled = chosen == null ? null : settledByItsRelative(s, trigger, clause, chosen.status());
        if (settled != null) return settled;
        // "le sommet qui devait réunir X et Y a été annulé": what became of the noun is what became of the meeting its relative tells
        Governing ofItsNoun = outcomeOfItsNoun(s, trigger, clause);
        if (ofItsNoun != null && chosen != null && StatusReadings.outcomeOf(ofItsNoun.status(), chosen.status())) return ofItsNoun;
        // "Le président azerbaïdjanais, qui devait y retrouver Pachinian, a annulé sa venue": what the relative's antecedent did next
        Governing ofItsSubject = outcomeOfItsSubject(s, trigger, clause);
        // "Putin, who had been due in Paris on Oct. 19, will no longer make the trip": with no cue of its own, the plan the
        // trigger itself tells ("was due in") is what the outcome undoes
        EventStatus planOfTheSubject = chosen != null ? chosen.status() : trigger.trigger().status();
        if (ofItsSubject != null && StatusReadings.outcomeOf(ofItsSubject.status(), planOfTheSubject)) return ofItsSubject;
        // what governs the trigger within its commas wins: "ont convenu de..., lors de leur premier face-à-face"; a
        // "first" that tells of a meeting held yields to what its verb says ("sa première rencontre aurait lieu en...")
        // "à l'issue de leur rencontre": a phrase opened by a word of what took place holds its meeting, whatever verb follows
        boolean heldByItsPhrase = inSegment != null && inSegment.status() == EventStatus.OCCURRED && clause.phrase() && inSegment.cue().start() == clause.opener();
        // "held talks in Istanbul and agreed to exchange prisoners": a verb joined by "and" tells of what followed, not of the talks
        if (!heldByItsPhrase && inSegment != null && inSegment.status() == EventStatus.OCCURRED && after != null && after.cue().start() < segmentEnd
                && !joinedVerb(s, after.cue())) return after;
        if (chosen != null) return chosen;
        if (parents != null) return parents;
        return withNothingElse(s, trigger, found, segmentEnd);
    }

    /**
     * What a clause after the trigger's tells became of the plan: an outcome cue (called off, put off, given up) that is an
     * outcome of the trigger's status, in a clause opened after the trigger either by a contrast word ("but", "mais": clause
     * cues of value contrast) or by a clause word right under the trigger's clause (not an "earlier" word), with no event
     * word between that clause's opener and the cue, not negated, not conceded ("King Charles was to have begun a state visit
     * to France on Sunday, but the trip has been put off"; "devait ... rencontrer Xi, mais le président brésilien a dû
     * renoncer à ce voyage"); null when no such clause follows. A truce is left to its own readings.
     */
    private Governing undoneInTheClauseAfter(SentenceReading s, CueIndex.TriggerAt trigger, Clauses.Clause clause, EventStatus planned) {
        if (trigger.type() == EventType.CEASEFIRE) return null;
        CueIndex cues = s.cues();
        for (CueIndex.At c : cues.all(CueKind.MODALITY)) {
            if (c.start() < trigger.end()) continue;
            Clauses.Clause own = s.clauses().of(c.start());
            if (own.index() == clause.index() || own.opener() < trigger.end()) continue;
            if (!openedByContrast(s, own) && !rightUnder(s, own, clause)) continue;
            if (cues.triggerWithin(own.opener(), c.start()) || negatedCue(s, c) || conceded(s, c)) continue;
            EventStatus status = read(trigger.type(), c);
            if (status != null && StatusReadings.OUTCOMES.contains(status) && StatusReadings.outcomeOf(status, planned)) return new Governing(status, c);
        }
        return null;
    }

    private static boolean openedByContrast(SentenceReading s, Clauses.Clause own) {
        CueIndex.At opener = s.cues().startingAt(own.opener(), CueKind.CLAUSE);
        return opener != null && opener.cue().contrast();
    }

    /** A subordinate clause (not a phrase) right under the trigger's clause, opened by no "earlier" word. */
    private static boolean rightUnder(SentenceReading s, Clauses.Clause own, Clauses.Clause clause) {
        return own.kind() == Clauses.Kind.SUBORDINATE && !own.phrase() && own.parent() == clause.index()
                && s.cues().startingAt(own.opener(), CueKind.EARLIER) == null;
    }

    /**
     * "Geneva should be the venue of a meeting between Putin and Zelensky, French President Emmanuel Macron suggested": what
     * a clause words as a demand before the trigger ("should") is the content of the proposal its speaker makes after it in
     * the same clause, within {@link #SPEAKER_REACH} words of the trigger and with no other event word or cue between; null
     * otherwise.
     */
    private static Governing proposedBySpeakerAfter(SentenceReading s, CueIndex.TriggerAt trigger, Governing chosen, Governing after) {
        if (chosen == null || after == null || chosen.status() != EventStatus.CALLED_FOR || after.status() != EventStatus.PROPOSED) return null;
        if (chosen.cue() == null || chosen.cue().start() > trigger.start()) return null;
        int at = after.cue().start();
        return at - trigger.end() <= SPEAKER_REACH && s.clauses().together(trigger.start(), at) && !s.cues().triggerWithin(trigger.end(), at)
                && s.cues().within(CueKind.MODALITY, trigger.end(), at).isEmpty() ? after : null;
    }

    private static final int SPEAKER_REACH = 12;

    /**
     * "Kim Jong Un will visit Seoul after taking up an invitation from South Korean President Moon Jae-in": a plan told by a
     * cue before the trigger, then a phrase right under its clause, after it, whose first cue past its opener is an
     * acceptance (no event word between): the plan is the agreement; null otherwise.
     */
    private Governing acceptedAfterThePlan(SentenceReading s, CueIndex.TriggerAt trigger, Clauses.Clause clause, Governing chosen) {
        if (chosen == null || chosen.status() != EventStatus.PLANNED || chosen.cue() == null || chosen.cue().start() > trigger.start()) return null;
        for (CueIndex.At c : s.cues().all(CueKind.MODALITY)) {
            if (c.start() < trigger.end()) continue;
            Clauses.Clause of = s.clauses().of(c.start());
            if (of.index() == clause.index() || of.parent() != clause.index() || !of.phrase() || of.opener() < trigger.end() || c.start() == of.opener()) continue;
            if (s.cues().triggerWithin(trigger.end(), c.start())) return null;
            EventStatus status = read(trigger.type(), c);
            return status == EventStatus.AGREED ? new Governing(status, c) : null;
        }
        return null;
    }

    /** The status of a trigger that nothing in its clause or its parent governs: a later outcome, a purpose, a trip, a headline, else its own. */
    private Governing withNothingElse(SentenceReading s, CueIndex.TriggerAt trigger, Candidates found, int segmentEnd) {
        EventType type = trigger.type();
        Governing later = found.later();
        CueIndex.At purpose = found.purpose();
        // "King Charles's state visit to France, due to begin on Sunday, has been postponed": with nothing else governing
        // it, the noun takes what became of it later in its clause, past the apposition that tells its plan
        if (later != null && noOneBetween(s, segmentEnd, later.cue().start())) return later;
        // what a meeting to come is held for is sought: "ont accepté de se rencontrer pour conclure un cessez-le-feu"
        if (purpose != null) return new Governing(readings.read(type, EventStatus.CALLED_FOR), purpose);
        Governing trip = tripMadeFor(s, trigger);
        if (trip != null) return trip;
        Governing due = meetingStillDue(s, trigger);
        if (due != null) return due;
        if (headlineVerb(s, trigger)) return new Governing(EventStatus.OCCURRED, null);
        CueIndex.At asked = askedByACallNoun(s, trigger);
        if (asked != null) return new Governing(readings.read(type, EventStatus.CALLED_FOR), asked);
        return new Governing(trigger.trigger().status(), null);
    }

    /**
     * "Le Hamas a démenti dimanche avoir enfreint le cessez-le-feu", "denied violating the truce": a denial whose breach
     * stands between it and the trigger, in its clause, leaves the breach it answers (the truce is accused of being
     * broken, as "rejected accusations that it had violated"); null when the chosen cue is no denial or no breach follows it.
     */
    private Governing deniedBreach(SentenceReading s, CueIndex.TriggerAt trigger, Governing chosen) {
        if (chosen == null || chosen.cue() == null || chosen.status() != EventStatus.DENIED || chosen.cue().end() > trigger.start()) return null;
        for (CueIndex.At c : s.cues().within(CueKind.MODALITY, chosen.cue().end(), trigger.start())) {
            if (c.end() > trigger.start() || !s.clauses().together(c.start(), trigger.start())) continue;
            if (read(trigger.type(), c) == EventStatus.VIOLATED) return new Governing(EventStatus.VIOLATED, c);
        }
        return null;
    }

    /** Whether a demand or a proposal stands between a refusal and the clause it opens ("rejected a demand that", "spurned a proposal that"). */
    private static boolean askedBetween(SentenceReading s, CueIndex.At refusal, Clauses.Clause clause) {
        for (CueIndex.At c : s.cues().within(CueKind.MODALITY, refusal.end(), clause.opener())) {
            EventStatus asked = c.cue().status();
            if (c.start() < clause.opener() && (asked == EventStatus.CALLED_FOR || asked == EventStatus.PROPOSED)) return true;
        }
        return false;
    }

    /** Whether no person or state is named from a trigger's segment end to a later cue (not "a charge Correa rejected"). */
    private static boolean noOneBetween(SentenceReading s, int from, int to) {
        return s.here().stream().noneMatch(r -> r.from() >= from && r.from() < to);
    }

    /**
     * "agreed to work to secure a ceasefire", "sont convenus de travailler pour obtenir un cessez-le-feu": a demand or a
     * purpose between an agreement and the trigger, in its clause, is what the sides agreed on: the event is sought, not
     * agreed. Null when no such word stands between them (the type must read it as called for).
     */
    private Governing soughtUnderAnAgreement(SentenceReading s, CueIndex.TriggerAt trigger, Governing chosen) {
        if (chosen == null || chosen.cue() == null || chosen.status() != EventStatus.AGREED || chosen.cue().end() > trigger.start()) return null;
        for (CueIndex.At c : s.cues().within(CueKind.MODALITY, chosen.cue().end(), trigger.start())) {
            if (c.end() > trigger.start() || !s.clauses().together(c.start(), trigger.start()) || negatedCue(s, c)) continue;
            if (read(trigger.type(), c) == EventStatus.CALLED_FOR && !boundElsewhere(s, c, trigger)) return new Governing(EventStatus.CALLED_FOR, c);
        }
        return null;
    }

    /**
     * "a proposé à Joe Biden et à Vladimir Poutine une rencontre au sommet sur la sécurité en Europe, dont les deux
     * présidents ont accepté le principe": a relative clause on a meeting noun (the first one opened after it, no other
     * trigger between) whose cue settles the noun's status (an acceptance of a proposal or an offer, a refusal of an
     * intent) tells what became of it; null when there is none.
     */
    private Governing settledByItsRelative(SentenceReading s, CueIndex.TriggerAt trigger, Clauses.Clause clause, EventStatus status) {
        // a truce accepted by one side in a relative ("a U.S. plan for a 30-day ceasefire, which Ukraine accepted") stays proposed
        if (!trigger.trigger().noun() || trigger.type() != EventType.MEETING) return null;
        for (int t = trigger.end(); t < s.sentence().endToken(); t++) {
            Clauses.Clause c = s.clauses().of(t);
            if (c.index() == clause.index()) continue;
            if (c.kind() != Clauses.Kind.RELATIVE || c.opener() != t || c.parent() != clause.index() || otherEventWithin(s, trigger, t)) return null;
            for (CueIndex.At m : s.cues().within(CueKind.MODALITY, t, s.clauses().end(c))) {
                if (s.clauses().of(m.start()).index() != c.index()) continue;
                EventStatus read = read(trigger.type(), m);
                if (read != null && StatusReadings.settles(read, status)) return new Governing(read, m);
            }
            return null;
        }
        return null;
    }

    /** Whether a trigger of another event stands between the trigger and token {@code to}: a noun of its own type ("une rencontre au sommet") is the same. */
    private static boolean otherEventWithin(SentenceReading s, CueIndex.TriggerAt trigger, int to) {
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.type() == null || t.start() < trigger.end() || t.start() >= to) continue;
            if (t.type() != trigger.type() || !t.trigger().noun()) return true;
        }
        return false;
    }

    /**
     * "Le sommet qui devait réunir le 12 juin Donald Trump et Kim Jong Un a été annulé", "a summit that was to bring together
     * Obama and Putin ... has been called off": a verb trigger in a relative clause opened after a meeting noun (no trigger between) tells
     * that noun's meeting, and an outcome told of the noun after the trigger (in the relative or the clause that holds it,
     * no other trigger between, not conceded) is its outcome; null when there is none.
     */
    private Governing outcomeOfItsNoun(SentenceReading s, CueIndex.TriggerAt trigger, Clauses.Clause clause) {
        // "a summit that was to...": a "that" right after the noun opens its relative, whatever the clause word says
        boolean relative = clause.kind() == Clauses.Kind.RELATIVE || clause.kind() == Clauses.Kind.REPORTED;
        if (trigger.trigger().word() != WordClass.VERB || !relative || clause.opener() < 0) return null;
        Clauses.Clause holder = s.clauses().parent(clause);
        if (holder == null) return null;
        // the antecedent: the last trigger before the relative word, in the clause that holds it ("Le sommet du Quad prévu
        // la semaine prochaine à Sydney, qui devait réunir...")
        CueIndex.TriggerAt antecedent = null;
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.end() > clause.opener()) break;
            if (t.type() != null) antecedent = t;
        }
        if (antecedent == null || antecedent.type() != trigger.type() || !antecedent.trigger().noun()
                || s.clauses().of(antecedent.start()).index() != holder.index()) return null;
        for (CueIndex.At c : s.cues().within(CueKind.MODALITY, trigger.end(), s.sentence().endToken())) {
            if (!s.clauses().within(c.start(), holder) || s.cues().triggerWithin(trigger.end(), c.start()) || conceded(s, c)) continue;
            EventStatus status = read(trigger.type(), c);
            if (status != null && StatusReadings.OUTCOMES.contains(status)) return new Governing(status, c);
        }
        return null;
    }

    /** Words that may stand before a fronted participle in its phrase ("Longtemps annoncé,"). */
    private static final int BEFORE_PARTICIPLE = 1;

    /**
     * "Longtemps annoncé, le sommet entre Kim et Poutine a eu lieu", "Invité par Vladimir Poutine, Xi Jinping effectuera une
     * visite d'Etat": a participle that opens the lead (after the dateline, at most one word before it) in a phrase closed by
     * a comma before the trigger's stretch, with no trigger of its own, tells how the subject came there, not the status of
     * what the main verb tells.
     */
    /** Words that may stand between a speaking verb and the time it is told at ("a dit la semaine dernière"). */
    private static final int REPORT_TO_TIME = 2;

    /**
     * "Erdogan said last week he could invite Assad", "avait dit la semaine dernière qu'il pourrait inviter": a past time
     * right after a speaking verb dates the report, not the event the reported words tell (session s29, para-sum).
     */
    private static boolean datesTheReport(SentenceReading s, CueIndex.At time) {
        CueIndex.At speaker = s.cues().before(CueKind.SPEAKER, time.start(), REPORT_TO_TIME);
        // the reported words may open right after the verb ("said last week he could"): its time stands at their head
        return speaker != null && s.here().stream().noneMatch(r -> r.from() >= speaker.end() && r.from() < time.start());
    }

    private static boolean frontedParticiple(SentenceReading s, CueIndex.At cue, int segment) {
        var text = s.text();
        int end = s.clauses().segmentEnd(cue.end());
        if (end > segment || s.cues().triggerWithin(cue.start(), end)) return false;
        String written = text.surface(cue.end() - 1, cue.end()).toLowerCase(java.util.Locale.ROOT);
        if (text.lexicon().profile().agreementForms(written).isEmpty()) return false;
        int lead = s.sentence().firstToken();
        int datelineEnd = s.sentence().index() == 0 ? DateResolver.datelineEnd(text.body()) : 0;
        while (lead < cue.start() && text.tokens().get(lead).start() < datelineEnd) lead++;
        return cue.start() - lead <= BEFORE_PARTICIPLE && !s.cues().triggerWithin(lead, cue.start());
    }

    /** Words between the end of a relative clause and the outcome verb of the clause that holds it (an auxiliary, a day). */
    private static final int HOLDER_VERB = 3;

    /**
     * "Le président azerbaïdjanais, qui devait rencontrer jeudi Nikol Pachinian, a annulé sa venue", "X, who was to meet Y,
     * cancelled his trip": a verb trigger in a relative clause on a person (no meeting noun before it) tells that person's
     * plan, and an outcome verb of the clause that holds the relative, right after it (no trigger between), is what became
     * of it; null when there is none.
     */
    private Governing outcomeOfItsSubject(SentenceReading s, CueIndex.TriggerAt trigger, Clauses.Clause clause) {
        if (trigger.trigger().word() != WordClass.VERB || clause.kind() != Clauses.Kind.RELATIVE || clause.opener() < 0) return null;
        Clauses.Clause holder = s.clauses().parent(clause);
        if (holder == null) return null;
        int end = s.clauses().end(clause);
        for (CueIndex.At c : s.cues().within(CueKind.MODALITY, end, Math.min(s.sentence().endToken(), end + HOLDER_VERB))) {
            if (s.clauses().of(c.start()).index() != holder.index() || s.cues().triggerWithin(trigger.end(), c.start()) || conceded(s, c)) continue;
            EventStatus status = read(trigger.type(), c);
            if (status != null && StatusReadings.OUTCOMES.contains(status)) return new Governing(status, c);
        }
        return null;
    }

    /**
     * "agreed on Wednesday to open negotiations on Ukraine without delay and to meet", "sont convenus de travailler à ... et
     * de se retrouver": a verb trigger joined to an earlier infinitive ({@code coordinate} right before it, a reflexive
     * pronoun between) takes the status of the first modality cue of its clause, the one that governs the first
     * infinitive, not of a noun cue that the first infinitive takes ("negotiations on"); null when it is not so joined.
     */
    private Governing governsBoth(SentenceReading s, CueIndex.TriggerAt trigger, Clauses.Clause clause) {
        if (trigger.trigger().word() != WordClass.VERB) return null;
        CueIndex.At joined = s.cues().before(CueKind.COORDINATE, trigger.start(), 1);
        if (joined == null || !s.clauses().together(joined.start(), trigger.start())) return null;
        for (CueIndex.At c : s.cues().all(CueKind.MODALITY)) {
            if (c.end() > joined.start()) return null;
            if (s.clauses().of(c.start()).index() != clause.index() || s.cues().triggerWithin(c.start(), c.end())) continue;
            if (!s.cues().triggerWithin(c.end(), joined.start())) return null;      // nothing joined before: the cue is the trigger's own
            EventStatus status = read(trigger.type(), c);
            if (status == null) continue;
            EventStatus denial = negatedCue(s, c) ? StatusReadings.negated(status) : null;
            if (denial != null) status = readings.read(trigger.type(), denial);
            return status == null ? null : new Governing(status, c);
        }
        return null;
    }

    /**
     * "travelled to Warsaw on Wednesday to meet Tusk", "s'est rendu à Paris pour rencontrer Macron": a meeting verb right
     * after a word of purpose, in the clause of a trip told as done, is the meeting the trip was made for: it took place
     * (a trip to come, "will travel to Warsaw to meet", keeps the plan). Null when no such trip stands before it.
     */
    private Governing tripMadeFor(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (trigger.type() != EventType.MEETING || trigger.trigger().word() != WordClass.VERB) return null;
        CueIndex.At purpose = s.cues().before(CueKind.PURPOSE, trigger.start(), 0);
        if (purpose == null || dayOfItsOwn(s, trigger)) return null;
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.start() >= purpose.start()) break;
            if (t.type() != EventType.MEETING || t.trigger().frame() != TriggerFrame.VISIT || !s.clauses().together(t.start(), trigger.start())) continue;
            Governing made = status(s, t, s.clauses().of(t.start()));
            if (made.status() == EventStatus.OCCURRED) return made;
        }
        return null;
    }

    /**
     * "reçoit lundi à l'Elysée Xi Jinping, pour la première visite d'Etat du président chinois", "accueille mardi le Premier
     * ministre grec, pour une visite": a visit's or meeting's noun that a word of purpose opens (an article and an ordinal
     * between), after a verb of receiving or of travelling in its clause or the clause it hangs on that tells the meeting
     * still to come, is that meeting, planned as the verb (the reverse of {@link #tripMadeFor}). Null otherwise.
     */
    private Governing visitStillToCome(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (trigger.type() != EventType.MEETING || !trigger.trigger().noun()) return null;
        CueIndex.At purpose = s.cues().before(CueKind.PURPOSE, trigger.start(), PURPOSE_TO_NOUN);
        if (purpose == null) return null;
        Clauses.Clause own = s.clauses().of(trigger.start());
        Governing verb = null;
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.start() >= purpose.start()) break;
            if (t.type() != EventType.MEETING || t.trigger().word() != WordClass.VERB) continue;
            if (!MeetingToCome.framesAPlan(t.trigger().frame())) continue;
            Clauses.Clause clause = s.clauses().of(t.start());
            if (clause.index() != own.index() && clause.index() != own.parent()) continue;
            verb = status(s, t, clause);
        }
        return verb != null && verb.status() == EventStatus.PLANNED ? verb : null;
    }

    /**
     * "left Berlin on Saturday for a three-day trip to China, where he is due to meet Xi", "s'est envolé pour une visite
     * en Chine, où il doit rencontrer Xi": a visit's noun after a verb of leaving in its clause is a trip just begun; when
     * a later clause of the sentence tells its meeting as still to come, the visit is that plan, not a meeting held (the
     * reverse of {@link #tripMadeFor}); with no meeting told after it, the trip is still on its way, a plan too. Null when
     * no verb of leaving stands before it, or when a later clause tells its meeting held ("where he met Putin that evening").
     */
    private Governing meetingStillDue(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (trigger.type() != EventType.MEETING || !trigger.trigger().noun() || trigger.trigger().frame() != TriggerFrame.VISIT) return null;
        boolean leaving = false;
        for (CueIndex.At d : s.cues().within(CueKind.DEPARTURE, s.sentence().firstToken(), trigger.start())) {
            if (s.clauses().together(d.start(), trigger.start())) leaving = true;
        }
        if (!leaving) return null;
        boolean held = false;
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.start() < trigger.end() || t.type() != EventType.MEETING || s.clauses().together(t.start(), trigger.start())) continue;
            Governing meeting = status(s, t, s.clauses().of(t.start()));
            if (meeting.status() == EventStatus.PLANNED) return meeting;
            held = true;
        }
        return held ? null : new Governing(EventStatus.PLANNED, null);     // "left Berlin for a trip to China.": on the way, nothing held yet
    }

    /** "arrived in Beijing on Monday to meet Xi on Wednesday": a day told after the meeting verb, before the next comma, is the meeting's own. */
    private static boolean dayOfItsOwn(SentenceReading s, CueIndex.TriggerAt trigger) {
        var lex = s.text().lexicon();
        int end = s.clauses().segmentEnd(trigger.end());
        for (int t = trigger.end(); t < end; t++) {
            var word = lex.calendarWord(s.text().termId(t));
            if (word != null && (word.weekday() != null || word.month() != null || word.offset() != null)) return true;
        }
        return false;
    }

    /**
     * "talks ... ended without agreement", "the talks produced an agreement", "ont abouti à un accord": a word of what
     * the talks of a meeting or a call ended in, after their noun in its clause, says they took place; null when none.
     */
    static CueIndex.At outcomeOfTalks(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (!trigger.type().isContact() || !trigger.trigger().noun()) return null;
        for (CueIndex.At o : s.cues().within(CueKind.OUTCOME, trigger.end(), s.sentence().endToken())) {
            if (s.clauses().together(trigger.start(), o.start()) && !s.cues().triggerWithin(trigger.end(), o.start())) return o;
        }
        return null;
    }

    /**
     * "Erdogan and Putin meet in Sochi" above the dateline: a headline tells a past event in the present tense, its verb
     * right after the names; "Trump to meet Kim" (a word between) keeps the plan, and so does a verb of leaving ("Modi
     * heads to Moscow for talks": the trip under way, the talks to come).
     */
    private static boolean headlineVerb(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (trigger.trigger().word() != WordClass.VERB) return false;
        if (!s.cues().within(CueKind.DEPARTURE, trigger.start() - 1, trigger.end()).isEmpty()) return false;   // "heads to": on the way
        return headline(s) && s.here().stream().anyMatch(r -> r.to() == trigger.start());
    }

    /** Whether the sentence is a headline above the dateline: the first line, without a full stop, a blank line after it. */
    static boolean headline(SentenceReading s) {
        if (s.sentence().index() != 0) return false;
        String body = s.text().body();
        return !body.substring(s.sentence().start(), s.sentence().end()).strip().matches(".*[.?!:;\"»”]$")
                && body.startsWith("\n", s.sentence().end());
    }

    /**
     * "doit rencontrer Kim fin avril, lors du premier sommet intercoréen": a meeting named in a phrase of time is as its
     * parent's; "denied a report that Trump had spoken by telephone": a denial holds what it denies. Null when the
     * clause takes nothing from its parent.
     */
    private Governing fromParent(SentenceReading s, CueIndex.TriggerAt trigger, Clauses.Clause clause) {
        boolean takesParents = (clause.kind() == Clauses.Kind.SUBORDINATE && clause.phrase()) || (clause.kind() == Clauses.Kind.REPORTED && clause.opener() >= 0
                && s.cues().startingAt(clause.opener(), CueKind.CLAUSE) != null);
        Clauses.Clause parent = takesParents ? s.clauses().parent(clause) : null;
        if (parent == null) return null;
        for (CueIndex.At c : s.cues().all(CueKind.MODALITY)) {
            if (c.start() >= clause.opener() || s.clauses().of(c.start()).index() != parent.index()) continue;
            EventStatus read = read(trigger.type(), c);
            if (read == null || boundElsewhere(s, c, trigger)) continue;
            boolean denial = read == EventStatus.DENIED || read == EventStatus.REJECTED;
            boolean demand = read == EventStatus.CALLED_FOR && c.end() == clause.opener();      // "demanded that a truce take effect"
            // "a proposé vendredi à Donald Trump que leur prochaine rencontre ait lieu à Moscou": a proposal whose object is the clause it opens
            boolean proposal = read == EventStatus.PROPOSED && c.end() <= clause.opener() && clause.opener() - c.end() <= Reach.PASSIVE_AGENT
                    && !s.cues().triggerWithin(c.end(), clause.opener());
            if ((clause.phrase() && trigger.trigger().noun() && TENSES.contains(read)) || (!clause.phrase() && (denial || demand || proposal))
                    || (!clause.phrase() && agreedThat(s, c, clause, read))) return new Governing(read, c);
        }
        return null;
    }

    /**
     * "urged Hamas to accept a proposal that would bring a truce", "a approuvé un accord qui permettra un cessez-le-feu":
     * an event told in a relative clause on a deal, plan or proposal (cue kind {@code carrier}), or on the aim told right
     * after it ("a proposal to end the war that would begin with a truce"), stands where that deal
     * stands: the outermost word that governs the deal in its clause, else the deal's own word; null when neither reads.
     */
    private Governing carriedByItsDeal(SentenceReading s, CueIndex.TriggerAt trigger, Clauses.Clause clause) {
        // "a proposal that would bring": after a deal's noun, "that" opens a relative clause, not a report
        if ((clause.kind() != Clauses.Kind.RELATIVE && clause.kind() != Clauses.Kind.REPORTED) || clause.opener() <= s.sentence().firstToken()) return null;
        CueIndex cues = s.cues();
        Clauses.Clause parent = s.clauses().parent(clause);
        if (parent == null) return null;
        // the deal right before the clause, or its aim between them ("a proposal to end the war in Gaza that would begin with a truce")
        CueIndex.At deal = null;
        for (CueIndex.At c : cues.all(CueKind.CARRIER)) {
            if (c.end() <= clause.opener() && clause.opener() - c.end() <= Reach.DEAL_AIM && s.clauses().of(c.start()).index() == parent.index()) deal = c;
        }
        if (deal == null) return null;
        Governing own = null;
        for (CueIndex.At c : cues.all(CueKind.MODALITY)) {
            if (c.start() >= deal.end() || s.clauses().of(c.start()).index() != parent.index()) continue;
            EventStatus read = read(trigger.type(), c);
            if (read == null) continue;
            if (c.end() <= deal.start()) return new Governing(read, c);
            if (own == null) own = new Governing(read, c);          // "a proposal that...": the deal's own word
        }
        return own;
    }

    /**
     * "the two leaders agreed that they would meet": an agreement whose object is the clause it opens; a speaker's verb
     * that also reads as agreed ("announced that he would visit") tells of a plan, not of an agreement.
     */
    private static boolean agreedThat(SentenceReading s, CueIndex.At cue, Clauses.Clause clause, EventStatus read) {
        return read == EventStatus.AGREED && cue.end() == clause.opener() && s.cues().startingAt(cue.start(), CueKind.SPEAKER) == null;
    }

    /** "malgré le refus de deux ministres", "despite the refusal of": what follows a concession did not prevail. */
    private static boolean conceded(SentenceReading s, CueIndex.At cue) {
        return s.cues().before(CueKind.CONCESSION, cue.start(), Reach.ADJACENT) != null;
    }

    /** "a ceremony hosted by Trump", "received by the king": a verb trigger whose agent follows it. */
    private static boolean participleWithItsAgent(SentenceReading s, CueIndex.TriggerAt trigger) {
        return trigger.trigger().word() == WordClass.VERB && s.cues().startingAt(trigger.end(), CueKind.PASSIVE_AGENT) != null;
    }

    /** Words an auxiliary takes between a conjunction and the verb it joins ("et sont convenues"). */
    private static final int AUXILIARY = 1;

    /**
     * Whether a conjunction stands right before the cue, an auxiliary at most between, and no name after it: it opens a
     * verb of its own ("... and agreed to", "... et sont convenues de").
     */
    static boolean joinedVerb(SentenceReading s, CueIndex.At cue) {
        var conjunctions = s.text().lexicon().profile().conjunctions();
        for (int t = cue.start() - 1; t >= Math.max(s.sentence().firstToken(), cue.start() - AUXILIARY - 1); t--) {
            int from = t;
            if (conjunctions.contains(s.text().tokens().get(t).term()) && !lengthGoesOn(s, t)) return s.here().stream().noneMatch(r -> r.to() > from && r.from() < cue.start());
        }
        return false;
    }

    /** "une conversation d'une heure et demie s'est tenue", "an hour and a half": a conjunction right after a unit of time goes on the length, it joins no verb. */
    private static boolean lengthGoesOn(SentenceReading s, int t) {
        if (t <= s.sentence().firstToken()) return false;
        var unit = s.text().lexicon().calendarWord(s.text().termId(t - 1));
        return unit != null && unit.unitHours() != null;
    }

    /**
     * The clause that opens right after a noun trigger and tells of it ("the ceasefire that took effect", "la trêve, qui..."),
     * or, for a truce, a restrictive relative that opens past the noun's own few words, no comma, cue or other event before it ("un cessez-le-feu
     * immédiat et sans condition que le Cambodge a proposé", "the truce in Gaza that had held"); null when none.
     */
    private static Clauses.Clause describing(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (!trigger.trigger().noun() || trigger.end() >= s.sentence().endToken()) return null;
        int own = s.clauses().of(trigger.start()).index();
        Clauses.Clause next = s.clauses().of(trigger.end());
        if (next.opener() == trigger.end()) return next.parent() == own ? next : null;
        Clauses.Clause pointed = pointedAt(s, trigger);
        if (pointed != null) return pointed;
        // a truce's own words (scope, length, terms); a call's or a meeting's ("in a phone call on Thursday that") may be the verb's
        if (next.index() != own || trigger.type() != EventType.CEASEFIRE) return null;
        for (int t = trigger.end() + 1; t <= trigger.end() + NOUN_WORDS && t < s.sentence().endToken(); t++) {
            Clauses.Clause c = s.clauses().of(t);
            if (c.index() == own) continue;
            var tokens = s.text().tokens();     // a comma before the relative may close the nearer noun's phrase: only a restrictive one
            boolean plain = !s.text().body().substring(tokens.get(trigger.end() - 1).end(), tokens.get(t).start()).contains(",")
                    && !s.cues().triggerWithin(trigger.end(), t) && s.cues().within(CueKind.MODALITY, trigger.end(), t).isEmpty();
            boolean relative = c.kind() == Clauses.Kind.RELATIVE
                    || s.text().lexicon().profile().objectRelatives().contains(s.text().surface(t, t + 1).toLowerCase(java.util.Locale.ROOT).replaceAll("['’]", ""));
            return plain && relative && c.opener() == t && c.parent() == own ? c : null;
        }
        return null;
    }

    /**
     * "Une trêve d'un mois ... : voilà ce que suggère Emmanuel Macron", "A one-month truce: that is what Macron suggested":
     * the clause a pointer opens tells of the noun phrase put first, when only punctuation and the noun's own words (no
     * other event word, no modality) stand between them; null otherwise.
     */
    private static Clauses.Clause pointedAt(SentenceReading s, CueIndex.TriggerAt trigger) {
        for (CueIndex.At p : s.cues().within(CueKind.POINTER, trigger.end(), s.sentence().endToken())) {
            if (p.end() >= s.sentence().endToken() || s.cues().triggerWithin(trigger.end(), p.start())
                    || !s.cues().within(CueKind.MODALITY, trigger.end(), p.start()).isEmpty()) return null;
            var tokens = s.text().tokens();
            String gap = s.text().body().substring(tokens.get(p.start() - 1).end(), tokens.get(p.start()).start());
            return gap.contains(":") || gap.contains(",") || gap.contains("—") ? s.clauses().of(p.end()) : null;
        }
        return null;
    }

    /** "would not refuse a meeting", "ne refusait pas": a negation that is part of a longer modality cue. */
    private static boolean insideModality(CueIndex cues, CueIndex.At negation) {
        for (CueIndex.At m : cues.all(CueKind.MODALITY)) if (m.start() <= negation.start() && negation.end() <= m.end() && m.end() - m.start() > negation.end() - negation.start()) return true;
        return false;
    }

    /** The status a modality cue gives an event of the type; the conditional mood tells of meetings to come only. */
    private EventStatus read(EventType type, CueIndex.At cue) {
        if (CueIndex.reportedPlan(cue) && type != EventType.MEETING) return null;
        return readings.read(type, cue.cue().status());
    }

    /** Whether an intention this type reads stands right before the negation ("will not", "ne souhaite pas"). */
    private boolean intentRightBefore(SentenceReading s, EventType type, CueIndex.At negation) {
        for (CueIndex.At c : s.cues().all(CueKind.MODALITY)) {
            if (c.end() > negation.start() || negation.start() - c.end() > NEGATION || !s.clauses().together(c.start(), negation.start())) continue;
            EventStatus read = read(type, c);
            if (read != null && StatusReadings.INTENTS.contains(read)) return true;
        }
        return false;
    }

    /**
     * Whether a denial cue that is also a negation stands right before another modality cue of its clause ("never ruled
     * out", "jamais exclu"): it negates that cue (read by {@link #negatedCue}), not the event.
     */
    private static boolean negatesTheNextCue(SentenceReading s, CueIndex.At cue) {
        if (cue.cue().status() != EventStatus.DENIED || s.cues().startingAt(cue.start(), CueKind.NEGATION) == null) return false;
        CueIndex.At next = s.cues().after(CueKind.MODALITY, cue.end(), 0);
        return next != null && next != cue && s.clauses().together(cue.start(), next.start());
    }

    /** Whether a negation stands right before the modality cue and is no part of a longer one ("no intention of", "not wanted"). */
    private static boolean negatedCue(SentenceReading s, CueIndex.At cue) {
        CueIndex.At negation = s.cues().before(CueKind.NEGATION, cue.start(), NEGATION);
        return negation != null && s.clauses().together(negation.start(), cue.start()) && !insideModality(s.cues(), negation);
    }

    /** Whether a negation governs the modality cue, before it ("would not accept") or, in a language that puts it there, after it ("n'accepte pas"). */
    static boolean negated(SentenceReading s, CueIndex.At cue) {
        return negatedCue(s, cue) || negatedAfter(s, cue);
    }

    /** Whether, in a language that puts the negation after the verb, one stands right after the cue ("n'exclut pas de le rencontrer"). */
    private static boolean negatedAfter(SentenceReading s, CueIndex.At cue) {
        return cue.end() < s.sentence().endToken() && s.clauses().together(cue.start(), cue.end())
                && s.text().lexicon().profile().negationsAfterVerb().contains(s.text().tokens().get(cue.end()).term());
    }

    /** Whether a trigger of the clause itself stands between the two tokens (one in a relative clause between does not count). */
    private static boolean triggerOfClauseWithin(SentenceReading s, Clauses.Clause clause, int from, int to) {
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.type() != null && t.start() >= from && t.start() < to && s.clauses().of(t.start()).index() == clause.index()) return true;
        }
        return false;
    }

    /**
     * Whether the cue is a speaker's verb whose object is the trigger itself, no "que" or other word of status between
     * ("les deux autorités rivales ont annoncé vendredi, dans des communiqués distincts, un cessez-le-feu"): it governs it.
     */
    private static boolean speakersObject(SentenceReading s, CueIndex.At cue, CueIndex.TriggerAt trigger, Clauses.Clause clause) {
        CueIndex cues = s.cues();
        if (!trigger.trigger().noun() || cue.end() > trigger.start()) return false;
        Clauses.Clause speaking = s.clauses().of(cue.start());
        boolean reporting = clause.kind() == Clauses.Kind.REPORTED && cue.end() - 1 == clause.opener() && cues.startingAt(clause.opener(), CueKind.CLAUSE) == null;
        boolean source = speaking.kind() == Clauses.Kind.SOURCE && speaking.parent() == clause.index();   // "ont annoncé vendredi, ..."
        if ((!reporting && !source) || cues.triggerWithin(cue.end(), trigger.start())) return false;
        return cues.within(CueKind.CLAUSE, cue.end(), trigger.start()).isEmpty() && cues.within(CueKind.MODALITY, cue.end(), trigger.start()).isEmpty();
    }

    /** Whether a meeting trigger of the trigger's clause stands between the cue and the trigger. */
    private static boolean meetingBetween(SentenceReading s, CueIndex.At cue, CueIndex.TriggerAt trigger) {
        for (CueIndex.TriggerAt other : s.cues().triggers()) {
            if (other.type() == EventType.MEETING && other.start() >= cue.end() && other.end() <= trigger.start()
                    && s.clauses().together(other.start(), trigger.start())) return true;
        }
        return false;
    }

    /** Whether a trigger between the cue and this one reads the cue: the cue speaks of it ("called for a ceasefire before any meeting"). */
    private boolean boundElsewhere(SentenceReading s, CueIndex.At cue, CueIndex.TriggerAt trigger) {
        for (CueIndex.TriggerAt other : s.cues().triggers()) {
            if (other == trigger || other.type() == null) continue;
            // "accepted an invitation to meet Kim": the noun names the verb's own meeting, and the cue speaks of both
            if (other.type() == trigger.type() && other.trigger().noun() && !trigger.trigger().noun() && trigger.start() - other.end() <= Reach.SAME_MEETING) continue;
            // "a rejeté l'appel des Etats-Unis et de la France à un cessez-le-feu": a call noun whose "à" asks for the truce is a demand, no call
            if (other.type() == EventType.PHONE_CALL && other.trigger().noun() && asksFor(s, other, trigger)) continue;
            // "agreed during a phone call on Thursday to meet": the noun of a phrase right after the verb tells when it agreed, not what
            if (other.trigger().noun() && inPhraseRightAfter(s, cue, other)) continue;
            if (other.start() >= cue.end() && other.end() <= trigger.start() && read(other.type(), cue) != null) return true;
            // "a three-day ceasefire proposed by Moscow ... and called for a truce", "la trêve de trois jours proposée par Moscou": a
            // passive with its proposer qualifies the noun before it (past its length)
            if (other.trigger().noun() && other.end() <= cue.start() && cue.start() - other.end() <= Reach.ADJACENT && other.end() <= trigger.start()
                    && s.cues().startingAt(cue.start(), CueKind.PROPOSER) != null) return true;
        }
        return false;
    }

    /** Whether {@code noun} stands in a phrase cue ("during") that opens right after {@code cue}, past a determiner and a length at most. */
    private static boolean inPhraseRightAfter(SentenceReading s, CueIndex.At cue, CueIndex.TriggerAt noun) {
        CueIndex.At phrase = s.cues().startingAt(cue.end(), CueKind.CLAUSE);
        if (phrase == null || !phrase.cue().phrase()) phrase = insertedPhraseAfter(s, cue);
        return phrase != null && phrase.cue().phrase() && noun.start() >= phrase.end()
                && noun.start() - phrase.end() <= Reach.ADJACENT + 1;
    }

    /** Words (a day, "on Wednesday") that may stand between a cue and a comma that opens an inserted phrase. */
    private static final int BEFORE_INSERTED_PHRASE = 2;

    /**
     * "a proposé mercredi, lors du troisième cycle de pourparlers ..., une rencontre entre X et Y", "proposed on Wednesday,
     * during a third round of talks ..., a meeting between": a phrase set off by a comma a word or two after the cue is an
     * insert; its noun tells where the cue was said, not what.
     */
    private static CueIndex.At insertedPhraseAfter(SentenceReading s, CueIndex.At cue) {
        List<Token> tokens = s.text().tokens();
        int last = Math.min(s.sentence().endToken() - 1, cue.end() + BEFORE_INSERTED_PHRASE);
        for (int t = cue.end() + 1; t <= last; t++) {
            CueIndex.At phrase = s.cues().startingAt(t, CueKind.CLAUSE);
            if (phrase == null || !phrase.cue().phrase()) continue;
            String gap = s.text().body().substring(tokens.get(t - 1).end(), tokens.get(t).start());
            return gap.contains(",") ? phrase : null;
        }
        return null;
    }

    /**
     * "agreed during a phone call on Thursday to meet": a phrase opened right after the cue runs on to the trigger with no
     * comma; the cue of the parent clause governs a trigger past the phrase's own noun.
     */
    private static boolean pastPhraseRightAfter(SentenceReading s, CueIndex.At cue, CueIndex.TriggerAt trigger, Clauses.Clause clause) {
        if (!clause.phrase() || clause.opener() != cue.end() || s.clauses().of(cue.start()).index() != clause.parent()) return false;
        for (CueIndex.TriggerAt noun : s.cues().triggers()) {
            if (noun != trigger && noun.trigger().noun() && noun.end() <= trigger.start() && inPhraseRightAfter(s, cue, noun)) return true;
        }
        return false;
    }

    /**
     * "L'appel du Conseil de sécurité à un cessez-le-feu immédiat reste lettre morte": a call noun whose "à" asks for the
     * trigger, its owner between, in the trigger's clause, asks for it when nothing else governs it; the complement is the cue.
     */
    private static CueIndex.At askedByACallNoun(SentenceReading s, CueIndex.TriggerAt trigger) {
        for (CueIndex.TriggerAt call : s.cues().triggers()) {
            if (call.type() != EventType.PHONE_CALL || !call.trigger().noun() || call.end() > trigger.start()
                    || !s.clauses().together(call.start(), trigger.start()) || !asksFor(s, call, trigger)) continue;
            return s.cues().before(CueKind.CALLEE_COMPLEMENT, trigger.start(), Reach.NAME);
        }
        return null;
    }

    /** Whether a callee's complement ("à") between the call noun and the trigger stands right before the trigger: the call asks for it. */
    private static boolean asksFor(SentenceReading s, CueIndex.TriggerAt call, CueIndex.TriggerAt trigger) {
        CueIndex.At complement = s.cues().before(CueKind.CALLEE_COMPLEMENT, trigger.start(), Reach.NAME);
        return complement != null && complement.start() >= call.end() && !s.cues().triggerWithin(complement.end(), trigger.start());
    }

    /**
     * The condition that governs the trigger: one in its clause, or after it in the sentence with no other trigger
     * between ("would order a ceasefire if Kyiv withdrew", "nothing against a meeting, but the conditions for one...").
     */
    static CueIndex.At condition(SentenceReading s, Clauses.Clause clause, CueIndex.TriggerAt trigger) {
        for (CueIndex.At c : s.cues().all(CueKind.CONDITION)) {
            if (concessive(s, c)) continue;                 // "même si aucune date n'a été fixée", "even if": a concession, no condition
            if (c.cue().reserved() && !reservationSet(s, c)) continue;   // "agrees to one in principle": an acceptance all the same
            if (c.start() > trigger.end() && threatBetween(s, trigger.end(), c.start())) continue;   // "and warned of consequences if": the threat's
            // "Trump, who will host Zelensky on Monday, said he could end the war if he wanted to": past the relative clause
            // that holds the trigger, a condition is the main verb's
            if (c.start() > trigger.end() && clause.kind() == Clauses.Kind.RELATIVE && !s.clauses().within(c.start(), clause)) continue;
            // "spurned Putin's offer to host him, telling him to come to Kyiv if...": past another meeting trigger of its
            // clause, a condition is that trigger's
            boolean another = c.start() > trigger.end() && otherMeetingWithin(s, trigger, c.start());
            if (s.clauses().of(c.start()).index() == clause.index() && !another) return c;
            if (c.start() > trigger.end() && !s.cues().triggerWithin(trigger.end(), c.start()) && !s.clauses().inSource(c.start())) return c;
        }
        return null;
    }

    /**
     * "agreed in principle with a U.S. proposal for a ceasefire, but that any halt must lead to a lasting peace", "agreed in
     * principle to a ceasefire but wanted to see a sincere intention": after a reservation, a contrast clause ("but",
     * "mais") that sets a demand, a wish or a condition; "agreed in principle on a summit, but no date had been set" sets none.
     */
    private static boolean reservationSet(SentenceReading s, CueIndex.At reservation) {
        int end = s.sentence().endToken();
        for (CueIndex.At contrast : s.cues().within(CueKind.CLAUSE, reservation.end(), end)) {
            if (!contrast.cue().contrast()) continue;
            for (CueIndex.At m : s.cues().within(CueKind.MODALITY, contrast.end(), end)) {
                if (m.cue().status() == EventStatus.CALLED_FOR || m.cue().status() == EventStatus.WISHED) return true;
            }
            for (CueIndex.At c : s.cues().within(CueKind.CONDITION, contrast.end(), end)) if (!c.cue().reserved() && !c.cue().waived()) return true;
        }
        return false;
    }

    /** Whether a verb trigger of the same type as the trigger stands after it, before the token. */
    private static boolean otherMeetingWithin(SentenceReading s, CueIndex.TriggerAt trigger, int to) {
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.start() >= trigger.end() && t.end() <= to && t.type() == trigger.type() && !t.trigger().noun()) return true;
        }
        return false;
    }

    /** "ne refuserait pas une rencontre": a negation right after a modality cue, in a language that puts it there, negates that cue. */
    private static boolean takenByTheVerbBefore(SentenceReading s, CueIndex.At negation) {
        return s.cues().all(CueKind.MODALITY).stream().anyMatch(m -> m.end() == negation.start() && negatedAfter(s, m));
    }

    /** Whether a concession holds the condition cue ("même si", "even if"). */
    private static boolean concessive(SentenceReading s, CueIndex.At condition) {
        return s.cues().all(CueKind.CONCESSION).stream().anyMatch(c -> c.start() < condition.start() && c.end() >= condition.end());
    }

    /** Whether a threat stands between the event and a condition after it ("warned of very severe consequences if"): the condition is the threat's. */
    private static boolean threatBetween(SentenceReading s, int from, int to) {
        return !s.cues().within(CueKind.THREAT, from, to).isEmpty();
    }

    /** What a side's acceptance of an offer says: "if he accepted", "s'il le voulait", "s'il y était prêt". */
    private static final Set<EventStatus> ACCEPTANCE = EnumSet.of(EventStatus.AGREED, EventStatus.WISHED, EventStatus.OFFERED);

    /**
     * Whether a condition asks nothing of a party but that it accept or want the event: a modality cue of acceptance in
     * its words, up to the next comma ("si le président ukrainien acceptait de venir", "if both sides accept it"), or no
     * party named there ("si c'était la seule façon de ramener la paix"); "if Washington dropped its demand" asks a party
     * for something else.
     */
    static boolean onlyAcceptance(SentenceReading s, CueIndex.At condition) {
        int end = s.clauses().segmentEnd(condition.end());
        // "if the conditions were right": a condition that names conditions asks for them
        for (CueIndex.At c : s.cues().within(CueKind.CONDITION, condition.end(), end)) if (!c.cue().weak() && !c.cue().waived()) return false;
        for (CueIndex.At c : s.cues().within(CueKind.MODALITY, condition.end(), end)) {
            if (ACCEPTANCE.contains(c.cue().status())) return true;
        }
        return s.here().stream().noneMatch(r -> r.country() != null && !r.locative() && r.from() >= condition.end() && r.from() < end);
    }
}
