package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ceasefires: "un cessez-le-feu est entré en vigueur à Idleb", "France called for a ceasefire in Gaza", "accused each
 * other of breaching the truce". Each mention's frame gives its status (the latest state the sentence reports wins:
 * a truce that took effect and was breached is violated); its sides are the states of its clause, less who calls for
 * it, proposes or sponsors it, and the states at war where it applies (kb/lexicon/conflicts.tsv). The name of a body,
 * a monitors' mandate, a trade truce or a truce of a past year is no event; truces of different lengths are distinct.
 */
final class CeasefireRule extends EventRule {

    /** The order in which a truce's states follow one another: the latest a sentence reports is the truce's. */
    private static final List<EventStatus> LIFECYCLE = List.of(EventStatus.DENIED, EventStatus.WISHED, EventStatus.CALLED_FOR,
            EventStatus.PROPOSED, EventStatus.OFFERED, EventStatus.UNDER_DISCUSSION, EventStatus.CONDITIONAL, EventStatus.REJECTED,
            EventStatus.AGREED, EventStatus.IN_FORCE, EventStatus.VIOLATED, EventStatus.ENDED);

    /** Who asks for a truce, puts it forward or offers it is not its side by saying so. */
    private static final Set<EventStatus> ASKED = Set.of(EventStatus.CALLED_FOR, EventStatus.PROPOSED, EventStatus.OFFERED, EventStatus.WISHED);

    private final KnowledgeBase kb;
    private final Conflicts conflicts;
    private final StatusReadings readings;

    CeasefireRule(KnowledgeBase kb, StatusReadings readings) {
        super(EventType.CEASEFIRE);
        this.kb = kb;
        this.readings = readings;
        this.conflicts = Conflicts.load(kb.source(), kb);
    }

    @Override
    List<EventDraft> read(SentenceReading s) {
        List<List<Frame>> truces = new ArrayList<>();        // the sentence's truces, each with the mentions of it
        List<Integer> lengths = new ArrayList<>();
        List<String> scopes = new ArrayList<>();              // "a halt to strikes on energy ... a maritime ceasefire": two truces
        List<DateResolver.Dated> days = new ArrayList<>();     // "a ceasefire took effect, a year after a truce collapsed in December 2023"
        List<String> ages = new ArrayList<>();                  // "a new truce, days after the previous ceasefire collapsed"
        for (CueIndex.TriggerAt t : mentions(s)) {
            Frame frame = s.frame(t);
            Integer hours = Durations.after(s, t);
            String scope = TruceScope.of(s, t);
            DateResolver.Dated day = TruceDate.of(s, t);
            String age = TruceScope.age(s, t);
            int at = -1;
            for (int i = 0; i < truces.size() && at < 0; i++) {
                if ((hours == null || lengths.get(i) == null || hours.equals(lengths.get(i))) && TruceScope.compatible(scope, hours, scopes.get(i), lengths.get(i))
                        && java.util.Objects.equals(day, days.get(i)) && (age == null || ages.get(i) == null || age.equals(ages.get(i)))) at = i;
            }
            if (at < 0) {
                truces.add(new ArrayList<>());
                lengths.add(hours);
                scopes.add(scope);
                days.add(day);
                ages.add(age);
                at = truces.size() - 1;
            } else {
                if (ages.get(at) == null) ages.set(at, age);
                if (lengths.get(at) == null) lengths.set(at, hours);
                if (scopes.get(at) == null || "partial".equals(scopes.get(at))) scopes.set(at, scope == null ? scopes.get(at) : scope);
            }
            truces.get(at).add(frame);
        }
        unlessItEnds(s, truces, days);
        boolean several = truces.stream().filter(g -> !g.isEmpty()).count() > 1;
        List<EventDraft> out = new ArrayList<>();
        for (int i = 0; i < truces.size(); i++) {
            if (truces.get(i).isEmpty()) continue;
            // "a new truce, nine days after the previous ceasefire collapsed": the previous one, with no day of its own, is the new one's past
            if (several && TruceScope.PREVIOUS.equals(ages.get(i)) && days.get(i) == null) continue;
            if (nextStepOfAPlan(s, truces.get(i), scopes.get(i), several)) continue;
            List<Frame> others = new ArrayList<>();
            for (int j = 0; j < truces.size(); j++) if (j != i) others.addAll(truces.get(j));
            // "The previous ceasefire, brokered in Moscow on Oct. 10, collapsed": alone in its sentence, the previous truce with a
            // day of its own is still the older one, not the dispatch's truce told again
            boolean older = several || (days.get(i) != null && TruceScope.PREVIOUS.equals(ages.get(i)));
            EventDraft truce = truce(s, truces.get(i), others, lengths.get(i), scopes.get(i), older);
            if (truce == null) continue;
            if (older && days.get(i) != null) truce.heldBefore(days.get(i));     // the older truce, on its own day
            out.add(truce);
        }
        return out;
    }

    /**
     * "a three-month humanitarian pause to be followed by talks on a permanent ceasefire", "Talks on a lasting truce
     * would follow within ten days": a truce with no end that is only the topic of talks, after another truce read in
     * the sentence or the dispatch, is the next step of that truce's plan, no truce of its own.
     */
    private boolean nextStepOfAPlan(SentenceReading s, List<Frame> mentions, String scope, boolean several) {
        if (!TruceScope.permanent(scope) || !mentions.stream().allMatch(f -> talkedAbout(s, f))) return false;
        return several || s.earlier().stream().anyMatch(e -> e.type == type());
    }

    /**
     * "collapsed on Tuesday ..., since the truce took effect in January": a truce told on its own past day is an older
     * truce only when the sentence tells its end or breach; otherwise that day is the start of the sentence's truce, and
     * its mentions go back to the first truce told with no day of its own (the group is left empty).
     */
    private void unlessItEnds(SentenceReading s, List<List<Frame>> truces, List<DateResolver.Dated> days) {
        if (truces.size() < 2) return;
        int first = days.indexOf(null);
        if (first < 0) return;
        for (int i = 0; i < truces.size(); i++) {
            if (days.get(i) == null || truces.get(i).isEmpty()) continue;
            List<Frame> others = new ArrayList<>();
            for (int j = 0; j < truces.size(); j++) if (j != i) others.addAll(truces.get(j));
            EventStatus own = status(s, truces.get(i), others);
            if (own == EventStatus.ENDED || own == EventStatus.VIOLATED) continue;
            truces.get(first).addAll(truces.get(i));
            truces.get(i).clear();
        }
    }

    /**
     * The triggers that mention a truce: not the name of a body or a line ("Ceasefire Violations Committee", "truce
     * monitors", "la ligne de cessez-le-feu"), not a mandate to watch one ("chargée de surveiller la cessation des
     * hostilités"), not a truce of trade or politics ("tariff truce"), not one of a past year ("the 2020 ceasefire") nor
     * one whose anniversary is marked ("the 70th anniversary of the armistice").
     */
    private static List<CueIndex.TriggerAt> mentions(SentenceReading s) {
        CueIndex cues = s.cues();
        List<CueIndex.TriggerAt> out = new ArrayList<>();
        for (CueIndex.TriggerAt t : cues.triggers()) {
            if (t.type() != EventType.CEASEFIRE) continue;
            if (cues.after(CueKind.BODY, t.end(), Reach.NEXT) != null || cues.before(CueKind.BODY, t.start(), Reach.NAME + 1) != null) continue;
            if (cues.before(CueKind.MONITOR, t.start(), Reach.NAME + 1) != null) continue;
            if (TruceOfThePast.history(s.text(), s.sentence(), cues, t)) continue;
            if (cues.beside(CueKind.NON_MILITARY, t.start(), t.end(), Reach.NAME) != null || inANonMilitaryContest(s, t)) continue;
            if (TruceOfThePast.toldAgain(s, t)) continue;
            if (endedAPastWar(s, t)) continue;
            if (ofGangs(s, t)) continue;
            out.add(t);
        }
        return out;
    }

    /**
     * One truce of the sentence, from its mentions; null when it is another report of a truce already read (which
     * takes the places and sides this one names, when it had only been guessed from the dispatch's theatre) or when it
     * has no side and no place.
     */
    private EventDraft truce(SentenceReading s, List<Frame> mentions, List<Frame> others, Integer hours, String scope, boolean several) {
        Frame first = mentions.get(0);
        EventDraft truce = EventDraft.reported(type(), status(s, mentions, others), s, first.trigger());
        truce.statusGoverned = mentions.stream().anyMatch(f -> f.statusCue() != null);
        truce.durationHours = hours;
        truce.scope = scope;
        placeOf(s, first, truce);
        boolean placed = !truce.countries().isEmpty();
        for (Frame f : mentions) addSides(s, f, truce);
        if (truce.countries().isEmpty() && s.cues().has(CueKind.REGION)) {      // "un cessez-le-feu dans la région": the country last placed
            String last = lastPlaceBefore(s.refs(), s.sentence().index());
            if (last != null) truce.add(last, null, ParticipantPart.LOCATION);
        }
        LocalDate day = s.dated() != null ? s.dated().date() : s.text().referenceDate();
        addWarSides(s, truce, day);
        boolean sided = !truce.countries().isEmpty();
        addArmedGroups(s, mentions, truce);
        if (!sided && truce.countries().size() == 1) addWarSides(s, truce, day);     // "Hamas accepted the truce": the war it fights
        for (Frame f : mentions) askedTogetherWithASide(f, truce);
        // "called for an immediate ceasefire. Azerbaijan pressed on with its offensive.": an act of refusal after a truce
        // asked for, proposed or declared by one side; a truce two states agreed is not refused by it
        if (others.isEmpty() && truce.status != null && LIFECYCLE.indexOf(truce.status) > LIFECYCLE.indexOf(EventStatus.DENIED)
                && LIFECYCLE.indexOf(truce.status) < LIFECYCLE.indexOf(EventStatus.IN_FORCE)
                && !(truce.status == EventStatus.AGREED && truce.countries().size() > 1) && RefusedNextSentence.defied(s)) truce.status = EventStatus.REJECTED;
        EventDraft known = sameTruceAlreadyRead(s, truce);
        if (known != null && !several && (known.fromTheatre || !placed || known.countries().containsAll(truce.countries()))) {
            if (known.fromTheatre && !truce.countries().isEmpty()) {        // the first report only guessed the country: this one says it
                known.parties.clear();
                for (EventDraft.Party p : truce.parties.values()) known.add(p.country(), p.actor(), p.part());
                known.fromTheatre = false;
            }
            if (known.location == null) known.location = truce.location;
            if (known.scope == null) known.scope = truce.scope;
            known.report(s.sentence(), first.trigger().surface(), s.dated());
            // "Russia proposed a truce. ... Ukraine rejected the truce on Friday": a later report that tells what became of
            // the proposal (a refusal, an acceptance) is the truce's latest stage
            if ((!known.statusGoverned || answers(mentions, truce.status, known.status)) && truce.statusGoverned) {
                known.status = truce.status;
                known.statusGoverned = true;
            }
            return null;
        }
        if (truce.countries().isEmpty()) {                       // "l'appel ... en faveur d'un cessez-le-feu": the sides negotiating, else the theatre
            List<String> sides = negotiatingSides(s.text(), s.refs(), truce.parties.keySet());
            String war = sides.isEmpty() ? warNamed(s, day) : null;
            String theatreCountry = war != null ? war : sides.isEmpty() ? s.theatre().country() : null;
            for (String side : theatreCountry != null ? List.of(theatreCountry) : sides) truce.add(side, null, ParticipantPart.LOCATION);
            truce.fromTheatre = war == null && !truce.countries().isEmpty();     // a war the dispatch names is no guess
            addWarSides(s, truce, day);
        }
        return truce.countries().isEmpty() ? null : truce;
    }

    /** The latest state the sentence reports of the truce: its mentions' statuses and any breach or end it tells. */
    /**
     * "rejected calls for a ceasefire, saying a halt to the fighting would amount to surrender", "estimant qu'un arrêt
     * des combats reviendrait à capituler": a later mention of the truce that nothing governs, or under "would", reasons
     * about it and does not move it on.
     */
    private static boolean hypothetical(SentenceReading s, Frame f) {
        if (f.statusCue() == null) return true;
        if (f.statusCue().cue().kind() == CueKind.MODALITY && f.statusCue().cue().status() == EventStatus.PLANNED) return true;
        // "estimant qu'accepter les appels à une trêve reviendrait à capituler", "arguing that agreeing to a truce would
        // mean surrender": a reasoning whose verb, after the truce, is conditional weighs it, whatever governs it inside
        for (CueIndex.At c : s.cues().within(CueKind.MODALITY, f.trigger().end(), s.sentence().endToken())) {
            if (c.cue().status() == EventStatus.PLANNED && !s.cues().triggerWithin(f.trigger().end(), c.start())) return true;
        }
        return false;
    }

    private EventStatus status(SentenceReading s, List<Frame> mentions, List<Frame> others) {
        EventStatus latest = null;
        for (Frame f : mentions) {
            if (latest != null && hypothetical(s, f)) continue;
            EventStatus st = f.conditioned();
            if (agreementIsTheCondition(s, f)) st = EventStatus.CALLED_FOR;
            if (talkedAbout(s, f)) st = EventStatus.UNDER_DISCUSSION;
            if (st == EventStatus.CALLED_FOR && keptAsItStands(s, f)) st = EventStatus.IN_FORCE;
            if (st != null && LIFECYCLE.indexOf(st) > LIFECYCLE.indexOf(EventStatus.DENIED) && LIFECYCLE.indexOf(st) < LIFECYCLE.indexOf(EventStatus.IN_FORCE)
                    && (turnedDownInARelative(s, f) || turnedDownByPronoun(s, f))) st = EventStatus.REJECTED;
            if (f.statusCue() != null && putsOffAProposal(s, f.statusCue(), f.trigger())) st = EventStatus.REJECTED;
            latest = later(latest, st);
        }
        if (latest == EventStatus.DENIED) return latest;     // "ended two days of talks without reaching a ceasefire": a truce not reached does not end
        if (latest == EventStatus.IN_FORCE && startsAhead(s, mentions)) latest = EventStatus.AGREED;
        // "signé ... un accord de cessez-le-feu, entré en vigueur mardi": what it became after, in its clause
        for (CueIndex.At c : s.cues().all(CueKind.MODALITY)) {
            EventStatus read = readings.read(type(), c.cue().status());
            if (read != EventStatus.IN_FORCE || governedByAnotherCue(s, c) || insideALongerCue(s, c)) continue;
            for (Frame f : mentions) {
                if (ASKED.contains(f.conditioned()) || talkedAbout(s, f)) continue;      // "a exigé qu'un cessez-le-feu entre en vigueur": asked for, not in force
                Clauses.Clause at = s.clauses().of(c.start());
                boolean describes = at.index() == f.clause().index() || (at.kind() == Clauses.Kind.RELATIVE && at.parent() == f.clause().index());
                if (c.start() >= f.trigger().end() && describes) latest = later(latest, read);
            }
        }
        for (CueIndex.At c : s.cues().all(CueKind.MODALITY)) {
            EventStatus read = readings.read(type(), c.cue().status());
            // "after war broke out": a breach word inside a longer cue that says something else ("war broke out") is that cue's
            if ((read == EventStatus.VIOLATED || read == EventStatus.ENDED) && !insideALongerCue(s, c) && !pastOfATruceAskedBack(s, mentions, c) && !putsOffAProposalOf(s, c, mentions)
                    && !inAPhraseOfTime(s, mentions, c) && !termOfAnExtension(s, mentions, c) && !ofAnotherTruce(s, c, mentions, others)) latest = later(latest, read);
        }
        // "Moscow proposed a 30-day truce. Kyiv dismissed it hours later.": the next sentence's refusal of a pronoun for it
        if (others.isEmpty() && latest != null && LIFECYCLE.indexOf(latest) > LIFECYCLE.indexOf(EventStatus.DENIED)
                && LIFECYCLE.indexOf(latest) < LIFECYCLE.indexOf(EventStatus.IN_FORCE) && RefusedNextSentence.follows(s, readings)) latest = EventStatus.REJECTED;
        return latest;
    }

    /**
     * "Le Hamas a repoussé mardi la proposition égyptienne de cessez-le-feu", "Moscou repousse l'offre de trêve": a verb
     * that puts a thing off (a postponement cue) whose own object is a proposal, an offer or a plan for the truce (a
     * carrier noun right after it, a day and an article at most between, the truce soon after in its clause) turns the
     * proposal down: rejected. Put off, the truce itself ("l'entrée en vigueur de la trêve a été repoussée") is suspended.
     */
    private static boolean putsOffAProposal(SentenceReading s, CueIndex.At cue, CueIndex.TriggerAt truce) {
        if (cue.cue().kind() != CueKind.MODALITY || cue.cue().status() != EventStatus.SUSPENDED || cue.end() > truce.start()) return false;
        for (CueIndex.At carrier : s.cues().within(CueKind.CARRIER, cue.end(), truce.start())) {
            if (carrier.start() - cue.end() <= Reach.ADJACENT && truce.start() - carrier.end() <= Reach.PROPOSAL_TRUCE
                    && s.clauses().together(cue.start(), truce.start()) && !s.cues().triggerWithin(cue.end(), truce.start())) return true;
        }
        return false;
    }

    /** Whether the cue puts off a proposal for one of the truce's mentions ({@link #putsOffAProposal}). */
    private static boolean putsOffAProposalOf(SentenceReading s, CueIndex.At cue, List<Frame> mentions) {
        for (Frame f : mentions) if (putsOffAProposal(s, cue, f.trigger())) return true;
        return false;
    }

    /**
     * "agreed to a maritime ceasefire, while each accused the other of breaching the halt to strikes on energy", "agreed
     * to a new ceasefire, a week after the truce they agreed on October 10 broke down": an end or a breach belongs to the
     * truce it governs, the first one after it in its clause, else to the one told last before it; told of another truce
     * of the sentence, it is not this one's state.
     */
    private static boolean ofAnotherTruce(SentenceReading s, CueIndex.At c, List<Frame> mentions, List<Frame> others) {
        if (others.isEmpty()) return false;
        List<Frame> all = new ArrayList<>(mentions);
        all.addAll(others);
        Frame governed = null;
        Frame before = null;
        for (Frame f : all) {
            int at = f.trigger().start();
            if (at >= c.end() && s.clauses().together(c.start(), at) && (governed == null || at < governed.trigger().start())) governed = f;
            if (f.trigger().end() <= c.start() && (before == null || at > before.trigger().start())) before = f;
        }
        Frame owner = governed != null ? governed : before;
        return owner != null && others.contains(owner);
    }

    /**
     * "called for a return to the ceasefire in Gaza that collapsed", "un plan visant à rétablir le cessez-le-feu, qui a
     * volé en éclats": an end or a breach told in a clause on a truce asked for, proposed or offered is the past of the
     * truce asked back, not its latest state.
     */
    private static boolean pastOfATruceAskedBack(SentenceReading s, List<Frame> mentions, CueIndex.At c) {
        Clauses.Clause at = s.clauses().of(c.start());
        if (at.kind() != Clauses.Kind.RELATIVE && at.kind() != Clauses.Kind.REPORTED) return false;
        for (Frame f : mentions) {
            if (ASKED.contains(f.conditioned()) && at.parent() == f.clause().index() && at.opener() >= f.trigger().end()) return true;
        }
        return false;
    }

    /**
     * "proposed a new truce in Gaza, days after the last one collapsed", "a two-day extension of the truce before it
     * expires": an end or a breach told in a phrase of time ("after", "before", "après") on a truce not in force yet
     * (asked for, discussed, refused or agreed) is the past of another truce or this one's term to come, not its latest
     * state; a truce named in that phrase itself ends there, and one in force ("held two days before it collapsed") ends.
     */
    private static boolean inAPhraseOfTime(SentenceReading s, List<Frame> mentions, CueIndex.At c) {
        Clauses.Clause at = s.clauses().of(c.start());
        if (at.kind() != Clauses.Kind.SUBORDINATE || !at.phrase()) return false;
        for (Frame f : mentions) if (s.clauses().of(f.trigger().start()).index() == at.index()) return false;
        for (Frame f : mentions) {
            EventStatus own = f.conditioned();
            boolean notInForce = own != null && LIFECYCLE.indexOf(own) < LIFECYCLE.indexOf(EventStatus.IN_FORCE) && own != EventStatus.DENIED;
            if (notInForce && at.parent() == f.clause().index() && at.opener() >= f.trigger().end()) return true;
        }
        return false;
    }

    /**
     * "ont accepté de prolonger de cinq jours la trêve humanitaire qui expirait lundi soir", "have signed up for two more
     * months of the truce, the envoy said, hours before the first two months ran out": an end told after a truce whose
     * agreement is its extension (an extension cue before it in its clause), outside the truce's own clause, is the term
     * the truce was extended past, not its latest state (a truce that has ended is extended by no one); a refusal to
     * extend it leaves the end standing ("refused to extend the truce, which expired on Sunday").
     */
    private boolean termOfAnExtension(SentenceReading s, List<Frame> mentions, CueIndex.At c) {
        if (readings.read(type(), c.cue().status()) != EventStatus.ENDED) return false;
        Clauses.Clause at = s.clauses().of(c.start());
        for (Frame f : mentions) {
            if (f.conditioned() != EventStatus.AGREED || c.start() < f.trigger().end() || at.index() == f.clause().index()) continue;
            CueIndex.At extension = s.cues().before(CueKind.EXTENSION, f.trigger().start(), Reach.PROPOSAL_TRUCE);
            if (extension != null && s.clauses().together(extension.start(), f.trigger().start())
                    && !s.cues().triggerWithin(extension.end(), f.trigger().start())) return true;
        }
        return false;
    }

    /**
     * "threatened Russia with sanctions unless it agreed to a ceasefire", "à moins qu'elle accepte un cessez-le-feu": a
     * condition right before the agreement of the truce (its subject at most between, in its clause or opening it)
     * makes that agreement what is asked: the truce is called for ("supported a ceasefire on condition that it led to
     * peace", the condition after it, stays conditional).
     */
    private static boolean agreementIsTheCondition(SentenceReading s, Frame f) {
        CueIndex.At agreement = f.statusCue();
        if (f.status() != EventStatus.AGREED || agreement == null || agreement.end() > f.trigger().start()) return false;
        CueIndex.At condition = s.cues().before(CueKind.CONDITION, agreement.start(), Reach.ADJACENT);
        return condition != null && !condition.cue().waived() && !s.cues().triggerWithin(condition.end(), agreement.start());
    }

    /**
     * "negotiations between Israel and Hamas on a ceasefire", "talks aimed at a truce", "des pourparlers sur un
     * cessez-le-feu": a truce that the talks of a meeting noun are on or for is under discussion, whoever is named between
     * them and whatever becomes of the talks; a verb between them tells what the talks led to ("ont abouti à une trêve"),
     * and a refusal of the truce itself stands ("rejected talks on a ceasefire" is no opening).
     */
    private static boolean talkedAbout(SentenceReading s, Frame f) {
        EventStatus own = f.conditioned();
        if ((own == EventStatus.REJECTED || own == EventStatus.DENIED) && f.statusCue() != null && f.statusCue().end() <= f.trigger().start()) return false;
        CueIndex cues = s.cues();
        int truce = proposalOf(s, f);
        CueIndex.At aim = null;
        for (CueIndex.At a : cues.within(CueKind.AIM, truce - Reach.ADJACENT - 2, truce)) {
            if (a.end() <= truce && truce - a.end() <= Reach.ADJACENT) aim = a;
        }
        if (aim == null || !s.clauses().together(aim.start(), truce)) return false;
        for (CueIndex.TriggerAt talks : cues.triggers()) {
            if (talks.type() != EventType.MEETING || !talks.trigger().noun() || talks.end() > aim.start() || aim.start() - talks.end() > Reach.TALKS_AIM) continue;
            if (s.clauses().together(talks.start(), aim.start()) && !cues.triggerWithin(talks.end(), aim.start())
                    && cues.within(CueKind.MODALITY, talks.end(), aim.start()).isEmpty()) return true;
        }
        return false;
    }

    /**
     * "urged Israel and Hezbollah to respect the ceasefire", "a appelé ... au respect du cessez-le-feu": what is asked is
     * that a truce be kept, right before it in its clause; the truce is in force, not asked for ("called for a ceasefire"
     * names none that holds).
     */
    private static boolean keptAsItStands(SentenceReading s, Frame f) {
        int truce = f.trigger().start();
        CueIndex.At keep = s.cues().before(CueKind.KEEP, truce, Reach.ADJACENT);
        if (keep != null && keep.end() <= truce && s.clauses().together(keep.start(), truce) && !s.cues().triggerWithin(keep.end(), truce)) return true;
        // "called for the ceasefire between Israel and Hezbollah to be respected", "a demandé que le cessez-le-feu soit respecté"
        int end = f.trigger().end();
        for (CueIndex.At after : s.cues().within(CueKind.KEEP, end, Math.min(s.sentence().endToken(), end + Reach.KEPT_AFTER + 3))) {
            if (after.start() >= end && after.start() - end <= Reach.KEPT_AFTER && s.clauses().together(truce, after.start())
                    && !s.cues().triggerWithin(end, after.start())) return true;
        }
        return false;
    }

    /**
     * "accepted an Egyptian proposal for a ceasefire in Gaza, which Hamas turned down", "que le Hamas a rejetée": one side
     * agrees and the other refuses in a relative clause on the truce; the truce did not come about, it is rejected (a
     * refusal of something else, "rejecting claims that", is no relative on the truce).
     */
    private boolean turnedDownInARelative(SentenceReading s, Frame f) {
        int end = f.trigger().end();
        for (CueIndex.At c : s.cues().within(CueKind.MODALITY, end, s.sentence().endToken())) {
            if (readings.read(type(), c.cue().status()) != EventStatus.REJECTED) continue;
            Clauses.Clause at = s.clauses().of(c.start());
            int opener = at.opener();
            if (at.parent() != f.clause().index() || opener < end || opener - end > Reach.RELATIVE_ON_TRUCE
                    || !s.text().lexicon().profile().objectRelatives().contains(word(s, opener).replaceAll("['’]", ""))
                    || s.cues().triggerWithin(end, c.start())) continue;
            boolean sameClauseUntil = true;          // the truce's own phrase up to the relative: no report nor clause between
            for (int t = end; t < opener; t++) if (s.clauses().of(t).index() != f.clause().index()) sameClauseUntil = false;
            if (sameClauseUntil) return true;
        }
        return false;
    }

    /**
     * "Lebanon welcomed a proposal for a 21-day ceasefire, but Israel rejected it", "mais Israël l'a rejetée": a refusal
     * later in the sentence whose object is a pronoun for the truce ("it" right after it or before a phrasal verb's
     * particle, "l'" before its verb), or the proposal that carries it named again ("but Hamas turned down the plan"), no
     * other event word between: the truce asked for, proposed or accepted by one side is turned down by the other.
     */
    private boolean turnedDownByPronoun(SentenceReading s, Frame f) {
        int end = f.trigger().end();
        for (CueIndex.At c : s.cues().within(CueKind.MODALITY, end, s.sentence().endToken())) {
            EventStatus read = readings.read(type(), c.cue().status());
            // "but Israel said it would not accept it": an acceptance denied is a refusal
            boolean refusal = read == EventStatus.REJECTED || (read == EventStatus.AGREED && StatusReader.negated(s, c));
            if (!refusal || s.cues().triggerWithin(end, c.start())) continue;
            if (PronounObject.of(s.text(), end, c.start(), c.end(), s.sentence().endToken())) return true;
            if (carriedBy(s, f) && carrierRightAfter(s, c)) return true;
        }
        return false;
    }

    /** "an Egyptian proposal for a ceasefire": a proposal, a plan or an offer that carries the truce, right before it in its clause. */
    private static boolean carriedBy(SentenceReading s, Frame f) {
        int truce = f.trigger().start();
        for (CueIndex.At c : s.cues().within(CueKind.CARRIER, Math.max(s.sentence().firstToken(), truce - Reach.PROPOSAL_TRUCE), truce)) {
            if (c.end() <= truce && s.clauses().together(c.start(), truce)) return true;
        }
        // "an Egyptian plan for a truce": the proposal's noun read in a longer cue of proposal
        for (CueIndex.At c : s.cues().within(CueKind.MODALITY, Math.max(s.sentence().firstToken(), truce - Reach.PROPOSAL_TRUCE), truce)) {
            if (c.cue().status() == EventStatus.PROPOSED && c.end() <= truce && s.clauses().together(c.start(), truce)) return true;
        }
        return false;
    }

    /**
     * "accepted an Egyptian proposal for a ceasefire, but Hamas turned down the plan": a refusal whose object is a
     * proposal noun (an article at most between) names again the proposal that carries the truce.
     */
    private static boolean carrierRightAfter(SentenceReading s, CueIndex.At refusal) {
        for (CueIndex.At c : s.cues().within(CueKind.CARRIER, refusal.end(), Math.min(s.sentence().endToken(), refusal.end() + Reach.NEXT + 1))) {
            if (c.start() - refusal.end() <= Reach.NEXT) return true;
        }
        return false;
    }

    private static String word(SentenceReading s, int t) {
        return s.text().surface(t, t + 1).toLowerCase(java.util.Locale.ROOT);
    }


    /**
     * Where the talks' object starts: the noun of a proposal that puts the truce forward right before it, in its clause
     * ("talks over a U.S.-backed proposal for a 60-day ceasefire", "des négociations sur la proposition de trêve"), else
     * the truce word.
     */
    private static int proposalOf(SentenceReading s, Frame f) {
        int truce = f.trigger().start();
        CueIndex.At cue = f.statusCue();
        if (cue == null || cue.cue().kind() != CueKind.MODALITY || cue.cue().status() != EventStatus.PROPOSED) return truce;
        boolean before = cue.end() <= truce && truce - cue.end() <= Reach.PROPOSAL_TRUCE;
        return before && s.clauses().together(cue.start(), truce) && !s.cues().triggerWithin(cue.end(), truce) ? cue.start() : truce;
    }

    /** "qui entrera en vigueur mercredi": "en vigueur" inside a longer cue is read as that cue says (a truce agreed, to take effect). */
    private static boolean insideALongerCue(SentenceReading s, CueIndex.At c) {
        for (CueIndex.At m : s.cues().all(CueKind.MODALITY)) {
            if (m != c && m.start() <= c.start() && c.end() <= m.end() && m.end() - m.start() > c.end() - c.start()) return true;
        }
        return false;
    }

    /** "is set to take effect", "doit entrer en vigueur": a cue right before the verb of effect tells its state (a plan). */
    private boolean governedByAnotherCue(SentenceReading s, CueIndex.At inForce) {
        CueIndex.At before = s.cues().before(CueKind.MODALITY, inForce.start(), Reach.NEXT);
        return before != null && before.end() <= inForce.start() && s.clauses().together(before.start(), inForce.start())
                && readings.read(type(), before.cue().status()) != EventStatus.IN_FORCE;
    }

    /** "a deal on a ceasefire in eastern Ukraine from Feb. 15", told on the 12th: a truce from a day to come is agreed, not in force yet. */
    private static boolean startsAhead(SentenceReading s, List<Frame> mentions) {
        for (Frame f : mentions) if (TruceDate.ahead(s, f.trigger())) return true;
        return false;
    }

    private static EventStatus later(EventStatus a, EventStatus b) {
        if (a == null) return b;
        return LIFECYCLE.indexOf(b) > LIFECYCLE.indexOf(a) ? b : a;
    }

    /**
     * Whether a later report of a truce already read answers it: it settles the earlier stage (a refusal of a truce
     * proposed, an acceptance of one offered) by a cue that says that status itself; "the first phase would bring a
     * ceasefire" (a plan read as agreed from "would") tells the proposal's content, not an answer.
     */
    private static boolean answers(List<Frame> mentions, EventStatus later, EventStatus earlier) {
        if (!StatusReadings.settles(later, earlier)) return false;
        for (Frame f : mentions) {
            if (f.statusCue() != null && f.statusCue().cue().kind() == CueKind.MODALITY && f.statusCue().cue().status() == later) return true;
        }
        return false;
    }

    /** The truce of the same length and scope already read in the dispatch, the last one, or null. */
    private EventDraft sameTruceAlreadyRead(SentenceReading s, EventDraft truce) {
        for (int i = s.earlier().size() - 1; i >= 0; i--) {
            EventDraft e = s.earlier().get(i);
            if (e.type == type() && e.sameLength(truce) && !e.heldBefore) return e;      // an older truce on its own day is not the one told again
        }
        return null;
    }

    /** Where the truce applies: a place of places.tsv ("Idleb"), else a country after a preposition of place in its clause. */
    private void placeOf(SentenceReading s, Frame f, EventDraft truce) {
        AnalyzedText text = s.text();
        TokenTrie.Match<KnowledgeBase.Place> place = firstPlace(text, s.sentence());
        if (place != null) {
            truce.location = text.surface(place.start(), place.end());
            truce.add(place.values().get(0).country(), null, ParticipantPart.LOCATION);
            return;
        }
        for (Ref r : s.here()) {                                // "un cessez-le-feu en Ukraine"
            if (r.locative() && r.country() != null && r.actor() == null && r.via().equals("name") && afterPreposition(text, r)
                    && s.clauses().together(r.from(), f.trigger().start()) && !venueOfTalksBetween(s, f, r)) {
                truce.location = text.surface(r.from(), r.to());
                truce.add(r.country(), null, ParticipantPart.LOCATION);
                return;
            }
        }
    }

    /**
     * The states of the mention's clause: sides, or mediators when they sponsor it, negotiated it for sides named
     * apart ("négociée par l'Egypte entre Israël et le Hamas"), call for it, propose or offer it, or mediated it.
     */
    private static void addSides(SentenceReading s, Frame f, EventDraft truce) {
        CueIndex cues = s.cues();
        CueIndex.At sponsor = earlier(cues.first(CueKind.SPONSOR), cues.first(CueKind.PROPOSER));     // "proposed by Washington": who puts it forward
        List<CueIndex.At> mediatedBy = cues.all(CueKind.SPONSOR_AFTER);
        CueIndex.At negotiator = cues.first(CueKind.NEGOTIATOR);
        int sidesAt = sidesNamedAt(cues, f.trigger(), s.here());
        CueIndex.At asked = f.statusCue() != null && f.statusCue().cue().kind() == CueKind.MODALITY && ASKED.contains(f.statusCue().cue().status()) ? f.statusCue() : null;
        // "l'appel de la France à un cessez-le-feu": the owner of a call noun that asks for the truce asks for it
        if (f.statusCue() != null && f.statusCue().cue().kind() == CueKind.CALLEE_COMPLEMENT) asked = f.statusCue();
        List<Ref> named = new ArrayList<>();
        for (Ref r : f.agents()) if (s.clauses().together(r.from(), f.trigger().start())) named.add(r);   // a truce's sides are named with it
        named.addAll(f.partners());
        Clauses.Clause next = relativeOn(s, f);       // "a 30-day ceasefire, which Ukraine accepted last week"
        if (next != null) {
            for (Ref r : s.here()) if (s.clauses().of(r.from()).index() == next.index() && !FrameReader.isVenue(r, cues, s.here())) named.add(r);
        }
        java.util.Collection<Ref> parties = Parties.ofTruce(named, cues).values();
        int otherSide = otherSideAt(s, f, parties);
        for (Ref r : parties) {
            boolean sponsoring = (sponsor != null && r.from() >= sponsor.start() && !sponsorPhraseClosed(s, sponsor.end(), r.from()))
                    || (negotiator != null && r.from() >= negotiator.start() && (r.from() < sidesAt || (sidesAt >= 0 && sidesAt < negotiator.start())));
            boolean asking = asked != null && r.to() <= asked.start() && otherSide < 0;      // "proposed a truce with Thailand": a side
            boolean mediator = mediatedBy.stream().anyMatch(c -> c.start() == r.to());
            truce.add(r, sponsoring || asking || mediator ? ParticipantPart.MEDIATOR : ParticipantPart.PARTICIPANT);
        }
        // "Pakistan denied that it had breached the ceasefire with India": a truce "with" one side, whose subject stands
        // for one named in another clause, has that subject as the other side
        if (otherSide >= 0 && f.inherited()) {
            for (Ref r : f.subject()) if (r.country() != null && !truce.parties.containsKey(r.country())) truce.add(r, ParticipantPart.PARTICIPANT);
        }
        // "India and Pakistan said that their armies had agreed to observe the ceasefire", "said they had agreed to": a truce
        // made or kept in a report whose pronoun subject stands for two states or more has them as its sides (who ask for
        // one, "said they wanted a ceasefire", are not)
        if (f.inherited() && f.clause().kind() == Clauses.Kind.REPORTED && f.conditioned() != null
                && LIFECYCLE.indexOf(f.conditioned()) >= LIFECYCLE.indexOf(EventStatus.AGREED)) {
            List<Ref> states = f.subject().stream().filter(r -> r.country() != null && r.actor() == null).toList();
            if (states.stream().map(Ref::country).distinct().count() >= 2) for (Ref r : states) truce.add(r, ParticipantPart.PARTICIPANT);
        }
    }

    /**
     * "Réunis à Luanda sous l'égide du président João Lourenço, les ministres de la RDC et du Rwanda sont convenus": a
     * comma after the sponsor's phrase, followed by no named state or person (no list of sponsors, "brokered by Egypt,
     * Qatar and the United States"), closes that phrase; who is named after it sponsors nothing.
     */
    private static boolean sponsorPhraseClosed(SentenceReading s, int from, int to) {
        var tokens = s.text().tokens();
        for (int i = Math.max(from, 1); i < to; i++) {
            String gap = s.text().body().substring(tokens.get(i - 1).end(), tokens.get(i).start());
            if (!gap.contains(",")) continue;
            int at = i;
            if (s.here().stream().noneMatch(r -> r.from() == at)) return true;
        }
        return false;
    }

    /**
     * "The two presidents called for an immediate ceasefire in eastern Congo" (Kagame and Tshisekedi): states that ask
     * together for a truce, one of them its side, ask for their own truce; all are its sides ("France and Germany called
     * for a ceasefire in Ukraine" names no side among them, and they stay who asks).
     */
    private static void askedTogetherWithASide(Frame f, EventDraft truce) {
        if (f.conditioned() == null || !ASKED.contains(f.conditioned())) return;
        Set<String> askers = new TreeSet<>();
        for (Ref r : f.subject()) if (r.country() != null) askers.add(r.country());
        if (askers.size() < 2) return;
        boolean oneIsASide = askers.stream().anyMatch(c -> truce.parties.containsKey(c) && truce.parties.get(c).part() == ParticipantPart.PARTICIPANT);
        if (oneIsASide) for (String c : askers) truce.add(c, null, ParticipantPart.PARTICIPANT);
    }

    /**
     * The relative clause opened right after the truce word, which tells of it ("a 30-day ceasefire, which Ukraine
     * accepted"; "A ceasefire that the security chiefs of Kyrgyzstan and Tajikistan agreed", an object relative the
     * clauses read as a report), or null.
     */
    private static Clauses.Clause relativeOn(SentenceReading s, Frame f) {
        if (f.trigger().end() >= s.sentence().endToken()) return null;
        Clauses.Clause next = s.clauses().of(f.trigger().end());
        if (next.opener() != f.trigger().end()) return null;
        boolean relative = next.kind() == Clauses.Kind.RELATIVE || (next.kind() == Clauses.Kind.REPORTED && s.text().lexicon().profile()
                .objectRelatives().contains(s.text().tokens().get(f.trigger().end()).term().replaceAll("['’]", "")));
        return relative ? next : null;
    }

    /**
     * "Hun Manet proposed an immediate ceasefire with Thailand", "suggère un cessez-le-feu immédiat avec la Thaïlande":
     * where a "with" after the truce, in its clause and before any other event word, names one of its parties, the
     * other side; whoever asks for a truce with that side is the other one, no mediator ("a ceasefire between Thailand
     * and Cambodia" names no such side). Its position, or -1.
     */
    private static int otherSideAt(SentenceReading s, Frame f, java.util.Collection<Ref> parties) {
        int end = f.trigger().end();
        for (CueIndex.At w : s.cues().within(CueKind.WITH, end, s.sentence().endToken())) {
            if (w.cue().adjacent() || !s.clauses().together(end, w.start()) || s.cues().triggerWithin(end, w.start())) continue;
            // parties keep one mention per state, maybe an earlier one ("Selon Islamabad, Kaboul a proposé une trêve avec le Pakistan"): the state counts
            Set<String> countries = new java.util.HashSet<>();
            for (Ref r : parties) countries.add(r.country());
            List<String> after = s.here().stream().filter(r -> r.country() != null && countries.contains(r.country())
                    && r.from() >= w.end() && r.from() - w.end() <= Reach.ADJACENT).map(Ref::country).distinct().toList();
            return after.size() == 1 ? w.start() : -1;
        }
        return -1;
    }

    private static CueIndex.At earlier(CueIndex.At a, CueIndex.At b) {
        return a == null || (b != null && b.start() < a.start()) ? b : a;
    }

    /**
     * The states at war where the truce applies, on the day it is reported: a truce in a theatre of war, or with one
     * side of a war whose theatre the dispatch names, is between the war's states.
     */
    private void addWarSides(SentenceReading s, EventDraft truce, LocalDate day) {
        for (String c : new ArrayList<>(truce.parties.keySet())) {
            EventDraft.Party p = truce.parties.get(c);
            Conflicts.War war = conflicts.in(c, day);           // "l'Ukraine était prête à un cessez-le-feu": who offers it may fight the war
            if (war == null && p.part() != ParticipantPart.MEDIATOR && truce.countries().size() == 1) {
                for (Conflicts.War w : conflicts.foughtBy(c, day)) if (named(s, w.theatre())) war = w;
            }
            if (war != null) for (String side : war.sides()) truce.add(side, null, ParticipantPart.PARTICIPANT);
        }
    }

    /**
     * "Israel and Hezbollah agreed to a ceasefire", "les Etats-Unis et les Houthis sont convenus d'un cessez-le-feu": an
     * armed group named in a truce's clause is a side for the country it fights from (kb/lexicon/armed-groups.tsv), not
     * opening every war of that country; not when it is named as a sponsor, a target or a topic.
     */
    private void addArmedGroups(SentenceReading s, List<Frame> mentions, EventDraft truce) {
        Sentence sentence = s.sentence();
        CueIndex cues = s.cues();
        for (TokenTrie.Match<KnowledgeBase.ArmedGroup> g : kb.armedGroups().findAll(s.text().tokens(), sentence.firstToken(), sentence.endToken())) {
            if (mentions.stream().noneMatch(f -> s.clauses().together(g.start(), f.trigger().start())
                    || (relativeOn(s, f) != null && s.clauses().of(g.start()).index() == relativeOn(s, f).index()))) continue;
            if (cues.before(CueKind.SPONSOR, g.start(), Reach.TOPIC) != null || cues.before(CueKind.TARGET, g.start(), Reach.TOPIC) != null
                    || cues.before(CueKind.TOPIC, g.start(), Reach.TOPIC) != null) continue;
            truce.add(g.values().get(0).country(), null, ParticipantPart.PARTICIPANT);
        }
    }

    /** The theatre of a war going on that day that the dispatch names, the first named; or null. */
    private String warNamed(SentenceReading s, LocalDate day) {
        for (Ref r : s.refs()) {
            if (r.country() != null && r.actor() == null && conflicts.in(r.country(), day) != null) return r.country();
        }
        return null;
    }

    private static boolean named(SentenceReading s, String country) {
        for (Ref r : s.refs()) if (country.equals(r.country())) return true;
        return false;
    }

    /**
     * Where a "between"/"entre" cue after the truce trigger names its sides (a state right after it, and not the
     * "entre" of another event, "un sommet entre Poutine et Erdogan", nor a folded "entré en vigueur"), or -1.
     */
    private static int sidesNamedAt(CueIndex cues, CueIndex.TriggerAt trigger, List<Ref> here) {
        for (CueIndex.At b : cues.all(CueKind.BETWEEN)) {
            if (b.start() < trigger.end()) continue;
            if (here.stream().noneMatch(r -> r.country() != null && r.from() >= b.end() && r.from() - b.end() <= Reach.ADJACENT)) continue;
            boolean ofOther = false;
            for (CueIndex.TriggerAt t : cues.triggers()) if (t != trigger && t.end() <= b.start() && b.start() - t.end() <= Reach.NEXT) ofOther = true;
            if (!ofOther) return b.start();
        }
        return -1;
    }

    /**
     * The two states whose negotiations the dispatch reports ("des négociations directes entre Moscou et Kiev"): the
     * non-venue countries of its first sentence that speaks of negotiations, when they are exactly two and neither
     * sponsors or calls for the truce; else none.
     */
    private static List<String> negotiatingSides(AnalyzedText text, List<Ref> refs, Set<String> mediators) {
        for (Sentence s : text.sentences()) {
            if (text.lexicon().firstCue(text, s.firstToken(), s.endToken(), CueKind.NEGOTIATION) < 0) continue;
            Set<String> sides = new TreeSet<>();
            for (Ref r : refs) if (r.sentence() == s.index() && !r.locative() && r.country() != null) sides.add(r.country());
            if (sides.stream().anyMatch(mediators::contains)) return List.of();     // those who call for it or sponsor it are no side
            return sides.size() == 2 ? new ArrayList<>(sides) : List.of();
        }
        return List.of();
    }

    /** The country of the last place named after a preposition ("en Syrie") before the sentence, or null. */
    private static String lastPlaceBefore(List<Ref> refs, int sentence) {
        Ref last = null;
        for (Ref r : refs) {
            if (r.sentence() < sentence && r.locative() && r.actor() == null && r.via().equals("name") && (last == null || r.from() > last.from())) last = r;
        }
        return last == null ? null : last.country();
    }

    /**
     * "accepted a 30-day ceasefire, at talks with U.S. officials in Jeddah, Saudi Arabia", "lors de pourparlers ... à
     * Djeddah, en Arabie saoudite": a place named after talks that follow the truce is where the talks were held.
     */
    private static boolean venueOfTalksBetween(SentenceReading s, Frame f, Ref r) {
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.type() == EventType.MEETING && t.start() >= f.trigger().end() && t.end() <= r.from()) return true;
        }
        return false;
    }

    /** Whether a locative preposition stands right before the reference ("en Ukraine", "in Gaza", "in northern Syria"). */
    private static boolean afterPreposition(AnalyzedText text, Ref r) {
        return text.lexicon().cueEndsAt(text, r.from(), CueKind.LOCATIVE, LOCATIVE_WORDS);
    }

    // the words of a locative before the country where a truce applies: a preposition and a region's adjective ("in northern")
    private static final int LOCATIVE_WORDS = 2;

    /**
     * "the two largest street gangs, MS-13 and Barrio 18, announced a truce", "une trêve entre bandes rivales": a truce
     * whose makers are criminal groups, named shortly before it with no other event between or right after it, is no
     * ceasefire of a war ("the government and the ELN rebels signed a ceasefire" is one: rebels are no gang).
     */
    private static boolean ofGangs(SentenceReading s, CueIndex.TriggerAt t) {
        CueIndex cues = s.cues();
        for (CueIndex.At g : cues.all(CueKind.GANG)) {
            if (g.end() <= t.start() && t.start() - g.end() <= Reach.MAKERS && !cues.triggerWithin(g.end(), t.start())) return true;
            if (g.start() >= t.end() && g.start() - t.end() <= Reach.ADJACENT) return true;
        }
        return false;
    }

    /**
     * "the 1950-53 conflict ended in an armistice", "la guerre de 2020 s'était close par un cessez-le-feu": a war's close
     * right before the truce, with a year before the dispatch's in its clause before that close: the truce that ended a
     * past war is history ("talks ended with a ceasefire on Tuesday" names no past year and stands).
     */
    private static boolean endedAPastWar(SentenceReading s, CueIndex.TriggerAt t) {
        return closedAPastWar(s, t) || endsAPastWar(s, t);
    }

    /**
     * "the 1950-53 conflict ended in an armistice", "a six-week war in 2020 that stopped with a ceasefire": a war's close
     * right before the truce, a past year before it in its clause or, when that clause is a relative, in the clause
     * that names the war.
     */
    private static boolean closedAPastWar(SentenceReading s, CueIndex.TriggerAt t) {
        CueIndex.At close = s.cues().before(CueKind.WAR_END, t.start(), Reach.ADJACENT);
        if (close == null || s.cues().triggerWithin(close.end(), t.start())) return false;
        AnalyzedText text = s.text();
        Clauses.Clause own = s.clauses().of(close.start());
        int war = onTheWordBefore(own) ? own.parent() : -1;
        for (int i = s.sentence().firstToken(); i < close.start(); i++) {
            boolean there = s.clauses().together(i, close.start()) || s.clauses().of(i).index() == war;
            if (there && pastYear(text, text.tokens().get(i).term())) return true;
        }
        return false;
    }

    /**
     * "the truce that ended the war in 2008", "l'accord de cessez-le-feu qui avait mis fin à la guerre russo-géorgienne
     * d'août 2008": a relative right after the truce whose verb closes a war of a past year (the year in that relative).
     */
    private static boolean endsAPastWar(SentenceReading s, CueIndex.TriggerAt t) {
        CueIndex.At closer = s.cues().after(CueKind.WAR_CLOSER, t.end(), Reach.ADJACENT);
        if (closer == null || s.cues().triggerWithin(t.end(), closer.start())) return false;
        Clauses.Clause relative = s.clauses().of(closer.start());
        if (!onTheWordBefore(relative) || relative.parent() != s.clauses().of(t.start()).index()) return false;
        AnalyzedText text = s.text();
        for (int i = closer.end(); i < s.sentence().endToken(); i++) {
            if (!s.clauses().together(closer.start(), i)) break;
            if (pastYear(text, text.tokens().get(i).term())) return true;
        }
        return false;
    }

    /** A relative clause, or one opened by "that" (read as reported speech), that tells of the noun before it. */
    private static boolean onTheWordBefore(Clauses.Clause c) {
        return c.kind() == Clauses.Kind.RELATIVE || c.kind() == Clauses.Kind.REPORTED;
    }

    /** A year before the dispatch's, alone or opening a span ("2020", "1950-53"). */
    private static boolean pastYear(AnalyzedText text, String term) {
        if (term.length() < 4 || !term.substring(0, 4).chars().allMatch(Character::isDigit)) return false;
        if (term.length() > 4 && term.charAt(4) != '-') return false;
        int y = Integer.parseInt(term.substring(0, 4));
        return y > 1900 && y < text.referenceDate().getYear();
    }

    /**
     * "called a truce in their month-long oil price war", "a truce in a feud", "une trêve dans leur guerre des prix": the
     * contest the truce pauses, named in its complement (a non-military cue after it in its clause, no other truce
     * between), is no war between armed forces.
     */
    private static boolean inANonMilitaryContest(SentenceReading s, CueIndex.TriggerAt t) {
        CueIndex.At contest = s.cues().after(CueKind.NON_MILITARY, t.end(), Reach.CONTEST);
        return contest != null && s.clauses().together(t.start(), contest.start()) && !s.cues().triggerWithin(t.end(), contest.start());
    }

    private TokenTrie.Match<KnowledgeBase.Place> firstPlace(AnalyzedText text, Sentence s) {
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (!text.tokens().get(t).capitalized()) continue;
            TokenTrie.Match<KnowledgeBase.Place> m = kb.places().longestAt(text.tokens(), t, s.endToken());
            if (m != null) return m;
        }
        return null;
    }
}
