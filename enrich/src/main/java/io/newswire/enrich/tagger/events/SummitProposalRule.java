package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.Cue;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Summit proposals: a meeting of leaders not yet held, read from the meeting triggers' frames. "Biden proposed a
 * summit with Putin" (proposed), "X said he hoped to meet Y" (wished), "X has invited Y to visit" (offered), "the
 * leaders of four states will meet in Paris" (planned). A meeting held is a MEETING; one of ministers is no summit.
 */
final class SummitProposalRule extends EventRule {

    private final KnowledgeBase kb;
    private final Leaders leaders;
    private final NounsNamingNoMeeting names;

    SummitProposalRule(KnowledgeBase kb) {
        super(EventType.SUMMIT_PROPOSAL, EventType.MEETING);
        this.kb = kb;
        this.leaders = new Leaders(kb);
        this.names = new NounsNamingNoMeeting(kb);
    }

    /**
     * One summit per meeting trigger that has parties of its own ("une rencontre entre Poutine et Zelensky, qui serait
     * suivie d'un sommet à trois avec le président américain" proposes two).
     */
    @Override
    List<EventDraft> read(SentenceReading s) {
        List<EventDraft> out = new ArrayList<>();
        EventDraft previous = null;
        List<SummitOfTheMeeting> held = new ArrayList<>();
        for (CueIndex.TriggerAt trigger : MeetingSides.triggers(s)) {
            if (names.aName(s, trigger) || ThingObject.takes(s, trigger)) continue;     // "X's idea met with flat rejection from Y"
            if (InvitationPhrase.circumstance(s, trigger)) continue;                    // "At the invitation of X, Y will pay a state visit to"
            if (held.stream().anyMatch(summit -> summit.holds(trigger))) continue;      // "se sont rencontrés ..., lors d'un sommet ... conclu jeudi"
            Frame frame = s.frame(trigger);
            EventStatus status = MeetingRule.statusOf(s, frame);
            if (status == EventStatus.OCCURRED && AgentPhrase.calledOff(s, trigger)) status = EventStatus.REJECTED;   // "l'annulation par Trump du sommet"
            EventStatus answered = answeredInItsRelative(s, trigger, status);
            if (answered != null) status = answered;                                     // "invitation que le président américain a acceptée"
            if (status == EventStatus.OCCURRED) {
                SummitOfTheMeeting summit = SummitOfTheMeeting.of(s, trigger);
                if (summit != null) held.add(summit);
            }
            if (status == EventStatus.OCCURRED || status == EventStatus.DENIED) continue;
            if (groupsHeadline(s, frame, status)) continue;
            if (!leaders.meet(s, frame)) {
                if (!settlesTheSentences(s, frame, status, previous)) settleLast(s, frame, status);
                continue;
            }
            MeetingSides first = MeetingSides.of(s, frame);
            CueIndex.TriggerAt trip = MeetingSides.tripOf(s, trigger);
            if (trip != null) first.placeTheTrip(s, trip, trigger);      // "will fly to Rome for talks with Putin": Rome the venue
            CalledOffOneSide.agentForSubject(s, frame, first);             // "a regretté l'annulation par Trump du sommet": Trump's
            CalledOffOneSide.placeNamesTheSummit(s, first, trigger, status);   // "called off the Singapore summit": its place, no side
            for (MeetingSides sides : first.perDestination(s, frame)) {
                EventDraft summit = summit(s, frame, sides, askedHome(s, frame, sides, status) ? EventStatus.OFFERED : status, previous);
                if (summit == null) continue;
                out.add(summit);
                previous = summit;
            }
        }
        if (previous != null) answeredAfter(s, previous);
        // "will not make the state visit planned for April. Tokyo and Beijing agreed that the trip should be rescheduled"
        java.util.Set<String> sides = new java.util.TreeSet<>();
        for (EventDraft d : out) sides.addAll(d.countries());
        boolean putOff = out.stream().anyMatch(d -> d.status == EventStatus.REJECTED) && PutOffNextSentence.follows(s, sides);
        if (putOff) for (EventDraft d : out) if (d.status == EventStatus.REJECTED) d.status = EventStatus.SUSPENDED;
        return out;
    }

    /**
     * "invited Trump to visit Rome, an invitation he accepted", "inviting him on a state visit, an invitation Trump accepted
     * on the spot": an offer noun after the sentence's last summit, answered right after it ({@link AnsweredOffer}), tells
     * what became of that summit.
     */
    private static void answeredAfter(SentenceReading s, EventDraft summit) {
        for (CueIndex.TriggerAt noun : s.cues().triggers()) {
            if (noun.type() != EventType.MEETING || !noun.trigger().noun() || noun.trigger().status() != EventStatus.OFFERED) continue;
            EventStatus answer = AnsweredOffer.of(s, noun);
            if (answer != null && StatusReadings.settles(answer, summit.status)) summit.status = answer;
        }
    }

    /**
     * "..., invitation que le président américain a acceptée sur-le-champ", "an invitation that Kim accepted": an offer told
     * by its noun, whose object relative right after it says it was accepted or declined, stands where the relative says
     * (agreed, rejected); null when no such relative follows.
     */
    private static EventStatus answeredInItsRelative(SentenceReading s, CueIndex.TriggerAt trigger, EventStatus status) {
        if (status != EventStatus.OFFERED || !trigger.trigger().noun() || trigger.end() >= s.sentence().endToken()) return null;
        EventStatus contact = AnsweredOffer.of(s, trigger);                      // "an invitation he accepted"
        if (contact != null) return contact;
        Clauses.Clause relative = s.clauses().of(trigger.end());
        // "que" opens the relative (the tokenizer may read it as a report's "que": the word decides, right after the noun)
        if (relative.opener() != trigger.end() || !FrameReader.objectRelative(s, relative)) return null;
        for (CueIndex.At c : s.cues().all(CueKind.MODALITY)) {
            if (s.clauses().of(c.start()).index() != relative.index()) continue;
            EventStatus said = c.cue().status();
            if (said == EventStatus.AGREED || said == EventStatus.REJECTED) return said;
        }
        return null;
    }

    /** Words that may stand between a group's name and a headline's verb ("G7 leaders meet in"). */
    private static final int GROUP_TO_VERB = 1;

    /**
     * "G7 leaders meet in Canadian Rockies" above the dateline: a headline's bare present after a group's name tells the
     * group's summit held, as it does after a person's name (StatusReader), not one to come.
     */
    private boolean groupsHeadline(SentenceReading s, Frame frame, EventStatus status) {
        CueIndex.TriggerAt trigger = frame.trigger();
        if (status != EventStatus.PLANNED || frame.statusCue() != null || trigger.trigger().noun() || !StatusReader.headline(s)) return false;
        for (TokenTrie.Match<KnowledgeBase.Group> g : kb.groups().findAll(s.text().tokens(), s.sentence().firstToken(), s.sentence().endToken())) {
            if (g.end() <= trigger.start() && trigger.start() - g.end() <= GROUP_TO_VERB) return true;
        }
        return false;
    }

    /** The summit of one frame; {@code before}: the summit of the sentence it follows ("suivie d'un sommet à trois avec..."). */
    private EventDraft summit(SentenceReading s, Frame frame, MeetingSides sides, EventStatus status, EventDraft before) {
        CueIndex cues = s.cues();
        CueIndex.TriggerAt trigger = frame.trigger();
        EventDraft summit = EventDraft.reported(type(), status, s, trigger);
        summit.headlineTrip = StatusReader.headline(s) && !cues.within(CueKind.DEPARTURE, trigger.start() - 1, trigger.end()).isEmpty();
        CueIndex.At size = cues.beside(CueKind.MULTILATERAL, trigger.start(), trigger.end(), Reach.NEXT);
        summit.declaredSize = size == null ? 0 : size.cue().size();      // "un sommet à trois", "a three-way meeting"
        boolean follows = before != null && cues.after(CueKind.WITH, trigger.end(), Reach.ADJACENT) != null;
        if (follows) {                                          // "suivie d'un sommet à trois avec le président américain": the first one's parties join
            for (EventDraft.Party p : before.parties.values()) {
                if (p.part() == ParticipantPart.PARTICIPANT) summit.add(p.country(), p.actor(), ParticipantPart.PARTICIPANT);
            }
        }
        for (MeetingSides.Side side : sides.sides.values()) {
            summit.add(side.country(), side.ref() == null ? null : side.ref().actor(),
                    side.part() == ParticipantPart.HOST ? ParticipantPart.HOST : ParticipantPart.PARTICIPANT);
        }
        if (sides.venueCountry != null && !summit.parties.containsKey(sides.venueCountry) && venueOfTheSummit(s, frame, sides.venueCountry)) {
            summit.add(sides.venueCountry, null, ParticipantPart.HOST);   // where the summit is to be held hosts it
        }
        if (before == null) {
            AnalyzedText text = s.text();
            for (TokenTrie.Match<KnowledgeBase.Group> g : kb.groups().findAll(text.tokens(), s.sentence().firstToken(), s.sentence().endToken())) {
                if (inItsOccasion(s, trigger, g.start())) continue;    // "talks on the sidelines of the G7 summit": the group's members are no sides
                if (outsideTheSidesBetween(s, frame, g.start())) continue;
                // "the first visit by a Group of Seven leader": one member, unnamed (not "hosts a Group of Seven summit", the group's own)
                if (s.cues().before(CueKind.ONE_MEMBER, g.start(), 0) != null && !s.cues().triggerWithin(g.end(), g.end() + 1)) continue;
                for (String member : g.values().get(0).members()) summit.add(member, null, ParticipantPart.PARTICIPANT);
            }
        }
        // one state alone, hosting nothing, is no summit between states ("la rencontre doit permettre..."): at most
        // another report of one already read ("un sommet à quatre était à l'étude", said by one side)
        // a summit by its name may be told by its host alone ("un sommet des chefs d'Etat au Burundi"); a visit at home is none
        boolean hostedSummit = frame.trigger().trigger().frame() == TriggerFrame.SUMMIT && summit.parties.values().stream().anyMatch(p -> p.part() == ParticipantPart.HOST);
        if (sameAsTold(s, frame, sides, summit)) return null;
        if (heldAlready(s, frame, summit, status)) return null;
        if (summit.countries().size() <= 1 && !hostedSummit) {
            // "a invité le président russe à se rendre à Pyongyang, et M. Poutine a accepté l'invitation": the noun of a
            // later clause, one side named, that says what became of the sentence's summit settles it
            if (before != null && trigger.trigger().noun() && before.countries().containsAll(summit.countries())
                    && StatusReadings.settles(status, before.status)) before.status = status;
            else if (!reportAgain(s, trigger, summit) && CalledOffOneSide.keep(summit, status)) return summit;
            return null;
        }
        if (before != null && !follows && summit.countries().equals(before.countries())) {
            if (StatusReadings.outcomeOf(status, before.status)) before.status = status;   // "ready to travel to Kyiv, but his visit was not wanted"
            else if (trigger.trigger().noun() && StatusReadings.settles(status, before.status)) before.status = status;   // "..., and Kim accepted the invitation"
            return null;
        }
        if (participation(s, frame, sides, status)) return null;
        return summit;
    }

    /**
     * "Li Qiang will attend the Group of 20 summit in New Delhi", "se rendra au sommet de l'Otan à Vilnius": a summit by its
     * name that one state attends where it is held is that state's part in a gathering, no summit put to another state.
     */
    private boolean participation(SentenceReading s, Frame frame, MeetingSides sides, EventStatus status) {
        if (NounsNamingNoMeeting.toAGathering(s, frame.trigger())) return true;   // "a invité X au sommet de la Ligue arabe"
        if (NounsNamingNoMeeting.attendedGathering(s, frame.trigger())) return true;   // "will attend the G20 summit hosted by Lula"
        if (invitedToAGroupsSummit(s, frame.trigger())) return true;   // "invited him to the Group of Seven summit"
        if (tripToAGathering(s, frame.trigger())) return true;   // "s'envole pour la Corée du Sud, où se tient le sommet de l'APEC"
        if (invitedToAttend(s, frame.trigger())) return true;   // "invited Xi to attend his inauguration"
        if (frame.trigger().trigger().frame() != TriggerFrame.SUMMIT) return false;
        if (aGathering(s, frame, sides)) return true;
        if (sides.venueCountry == null) return false;
        if (status != EventStatus.PLANNED && status != EventStatus.OCCURRED) return false;
        // "le sommet entre Donald Trump et Vladimir Poutine aura lieu vendredi à Anchorage": a person of the venue's state
        // is a side, its host, not a place another state attends
        if (sides.sides.values().stream().anyMatch(side -> Objects.equals(side.country(), sides.venueCountry) && side.ref() != null && side.ref().actor() != null)) return false;
        return sides.sides.keySet().stream().filter(c -> !c.equals(sides.venueCountry)).count() == 1;
    }

    /**
     * "s'envole pour la Corée du Sud, où se tient cette semaine le sommet de l'APEC": a trip whose first relative with an
     * event word after it, right under the trip's clause, holds a summit noun a gathering names ("le sommet de l'APEC", cue kind gathering), where that
     * summit is held, goes to that gathering: no summit put to the state that holds it (session s32, fr-sum5). A meeting
     * told in that relative ("où il rencontrera Xi") is read on its own, and a person named in the relative before the summit
     * ("où l'attend Anwar Ibrahim pour un entretien avant le sommet") keeps the trip a visit to him.
     */
    private boolean tripToAGathering(SentenceReading s, CueIndex.TriggerAt trigger) {
        if (trigger.trigger().frame() != TriggerFrame.VISIT) return false;
        Clauses.Clause own = s.clauses().of(trigger.start());
        Clauses.Clause first = null;
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t.start() < trigger.end() || t.type() == null) continue;
            Clauses.Clause relative = s.clauses().of(t.start());
            if (first == null) {
                Clauses.Clause holder = s.clauses().parent(relative);
                if (relative.kind() != Clauses.Kind.RELATIVE || holder == null || holder.index() != own.index()) return false;
                first = relative;
            }
            if (relative.index() != first.index()) return false;            // "où se tient le sommet" holds the verb and its noun
            if (!t.trigger().noun() || t.trigger().frame() != TriggerFrame.SUMMIT) continue;
            int opener = first.opener() < 0 ? trigger.end() : first.opener();
            // "où l'attend Anwar Ibrahim pour un entretien avant le sommet de l'Asean": a person met there first
            if (s.here().stream().anyMatch(r -> r.actor() != null && r.from() >= opener && r.from() < t.start())) return false;
            return NounsNamingNoMeeting.aGathering(s, t);
        }
        return false;
    }

    /**
     * "invited him to the Group of Seven summit in Kananaskis", "a convié X au sommet du G7": an invitation (a host verb
     * that offers) whose summit, named right after it in its clause, is a group's (kb groups) asks the guest to the
     * group's gathering, no summit between the inviter and the guest; the trigger is the verb or that summit noun.
     */
    private boolean invitedToAGroupsSummit(SentenceReading s, CueIndex.TriggerAt trigger) {
        CueIndex.TriggerAt verb = null;
        CueIndex.TriggerAt noun = null;
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (!invitation(t)) continue;
            if (t == trigger) { verb = t; break; }
            if (t.end() <= trigger.start() && trigger.start() - t.end() <= Reach.SUMMIT) verb = t;
        }
        if (verb == null) return false;
        if (verb != trigger) noun = trigger;
        else {
            for (CueIndex.TriggerAt t : s.cues().triggers()) {
                if (t.start() >= verb.end() && t.start() - verb.end() <= Reach.SUMMIT) { noun = t; break; }
            }
        }
        if (noun == null || !noun.trigger().noun() || noun.trigger().frame() != TriggerFrame.SUMMIT) return false;
        if (!s.clauses().together(verb.start(), noun.start()) || s.cues().triggerWithin(verb.end(), noun.start())) return false;
        int from = Math.max(verb.end(), noun.start() - Reach.ADJACENT);
        int to = Math.min(s.sentence().endToken(), noun.end() + Reach.ADJACENT);
        return !kb.groups().findAll(s.text().tokens(), from, to).isEmpty();
    }

    /**
     * "Zelensky has urged Donald Trump to come to Ukraine", "Kim urged Moon to visit Pyongyang": a call to visit whose
     * place is the state of the person who makes the call (the subject before the cue, in its clause) is that side's
     * invitation: offered; asking a visit to a third state ("urged Trump to travel to Kyiv", said in Paris) stays a call.
     */
    private static boolean askedHome(SentenceReading s, Frame frame, MeetingSides sides, EventStatus status) {
        CueIndex.TriggerAt trigger = frame.trigger();
        if (status != EventStatus.CALLED_FOR || trigger.trigger().frame() != TriggerFrame.VISIT) return false;
        CueIndex.At cue = null;
        for (CueIndex.At c : s.cues().all(CueKind.MODALITY)) {
            if (c.cue().status() == EventStatus.CALLED_FOR && c.end() <= trigger.start() && s.clauses().together(c.start(), trigger.start())) cue = c;
        }
        if (cue == null) return false;
        Ref asker = null;
        Ref place = null;
        for (Ref r : s.here()) {
            if (r.actor() != null && r.to() <= cue.start() && s.clauses().together(r.from(), cue.start())) asker = r;
            if (place == null && r.actor() == null && r.country() != null && r.from() >= trigger.end() && r.from() - trigger.end() <= Reach.ADJACENT) place = r;
        }
        return asker != null && place != null && Objects.equals(place.country(), asker.country());
    }

    /** Whether the trigger is an invitation: a host verb whose own line offers ("invited", "a convié"). */
    private static boolean invitation(CueIndex.TriggerAt t) {
        return !t.trigger().noun() && t.trigger().frame() == TriggerFrame.HOST && t.trigger().status() == EventStatus.OFFERED;
    }

    /**
     * "has invited Xi Jinping to attend his inauguration", "a invité X à assister au défilé": an invitation (a host verb
     * that offers) whose purpose is a word of attendance in its clause, no meeting word between or right after it, asks
     * the guest to an occasion (a ceremony, a parade), no meeting with the inviter.
     */
    private static boolean invitedToAttend(SentenceReading s, CueIndex.TriggerAt verb) {
        if (!invitation(verb)) return false;
        CueIndex.At attend = s.cues().after(CueKind.ATTENDANCE, verb.end(), Reach.SUMMIT);
        if (attend == null || !s.clauses().together(verb.start(), attend.start()) || s.cues().triggerWithin(verb.end(), attend.start())) return false;
        return !s.cues().triggerWithin(attend.end(), Math.min(s.sentence().endToken(), attend.end() + Reach.SUMMIT));
    }

    /**
     * "à la veille de l'ouverture du sommet du G20": a group's gathering, whoever the sentence names around it; a place
     * named with the group hosts it ("du sommet du G20 de Pékin").
     */
    private static boolean aGathering(SentenceReading s, Frame frame, MeetingSides sides) {
        CueIndex.At group = s.cues().beside(CueKind.GATHERING, frame.trigger().start(), frame.trigger().end(), Reach.ADJACENT);
        if (group == null) return false;
        return sides.sides.values().stream().noneMatch(side -> side.ref() != null && side.ref().actor() == null
                && side.ref().from() >= group.end() && side.ref().from() - group.end() <= Reach.ADJACENT);
    }

    /**
     * "floated the idea of a meeting between Trump and Rouhani in the coming weeks, as the Group of Seven summit he hosted
     * drew to a close": a trigger that names its sides after "between" has them all there; a group named before the
     * trigger or past the segment that holds them is the occasion or the speaker, not a side.
     */
    private static boolean outsideTheSidesBetween(SentenceReading s, Frame frame, int at) {
        CueIndex.TriggerAt trigger = frame.trigger();
        return frame.between() && (at < trigger.start() || at >= s.clauses().segmentEnd(trigger.end()));
    }

    /** Whether the token stands in the occasion phrase told after the trigger, in its clause ("on the sidelines of the G7 summit"). */
    private static boolean inItsOccasion(SentenceReading s, CueIndex.TriggerAt trigger, int at) {
        return s.cues().within(CueKind.OCCASION, trigger.end(), at).stream().anyMatch(c -> s.clauses().together(c.start(), trigger.start()));
    }

    /**
     * Whether the place is where the summit is to be: not where a side spoke to the press, beyond the trigger's commas
     * ("would meet Erdogan only if..., in an interview given in Moscow").
     */
    private static boolean venueOfTheSummit(SentenceReading s, Frame frame, String country) {
        int to = s.clauses().segmentEnd(frame.trigger().end());
        for (Ref v : frame.venues()) {
            if (!country.equals(v.country())) continue;
            if (v.from() < to) return true;
            int segment = s.clauses().segmentStart(v.from());
            if (s.cues().within(CueKind.MEDIA, segment, v.from()).isEmpty()) return true;
        }
        return false;
    }

    /**
     * "Putin accepted the invitation to Pyongyang as South Korea and the United States warned...": a noun with its article
     * in a later sentence, whose persons are all sides of a summit already read, is that summit; what it says settles it.
     */
    private boolean sameAsTold(SentenceReading s, Frame frame, MeetingSides sides, EventDraft told) {
        CueIndex.TriggerAt trigger = frame.trigger();
        if (!trigger.trigger().noun() || s.cues().before(CueKind.DEMONSTRATIVE, trigger.start(), 0) == null) return false;
        Set<String> persons = new TreeSet<>();
        for (MeetingSides.Side side : sides.sides.values()) if (side.ref() != null && side.ref().actor() != null) persons.add(side.country());
        if (persons.isEmpty()) return false;
        for (int i = s.earlier().size() - 1; i >= 0; i--) {
            EventDraft e = s.earlier().get(i);
            if (e.type != type() || e.firstToldIn(s.sentence()) || !e.countries().containsAll(persons)) continue;
            e.report(s.sentence(), trigger.surface(), s.dated());
            if (StatusReadings.settles(told.status, e.status)) e.status = told.status;
            return true;
        }
        return false;
    }

    /**
     * "After meeting Zelenskiy in Kyiv on Friday, Modi said ... The two leaders embraced at an exhibition before their talks":
     * talks that a later sentence puts after another act by a cue of a plan whose first word is a later word ("before their"), with no day of
     * their own, between the sides of a meeting the dispatch told held already, are that meeting seen from before, no
     * summit to come.
     */
    private static boolean heldAlready(SentenceReading s, Frame frame, EventDraft summit, EventStatus status) {
        if (status != EventStatus.PLANNED || s.dated() != null || frame.statusCue() == null || frame.statusCue().start() >= frame.trigger().start()) return false;
        CueIndex.At cue = frame.statusCue();
        TokenTrie.Match<Cue> first = s.text().lexicon().cues().longestAt(s.text().tokens(), cue.start(), cue.start() + 1);
        if (first == null || first.values().stream().noneMatch(c -> c.kind() == CueKind.LATER)) return false;   // "before their talks", not "is expected to travel"
        for (EventDraft e : s.earlier()) {
            if (e.type != EventType.MEETING || e.status != EventStatus.OCCURRED || e.heldBefore || e.firstToldIn(s.sentence())) continue;
            if (e.countries().equals(summit.countries())) return true;
        }
        return false;
    }

    /**
     * "Trump a annulé mercredi cette rencontre", "the visit was cancelled": a noun of a later sentence that names one
     * side at most is no summit of its own but the last one already read, whose status it settles when it says what
     * became of it (declined, called off, accepted).
     */
    private void settleLast(SentenceReading s, Frame frame, EventStatus status) {
        if (!frame.trigger().trigger().noun() || frame.trigger().trigger().frame() == TriggerFrame.NEGOTIATION) return;   // delegations' talks settle no summit
        Set<String> named = MeetingSides.of(s, frame).sides.keySet();
        if (named.size() > 1) return;
        for (int i = s.earlier().size() - 1; i >= 0; i--) {
            EventDraft e = s.earlier().get(i);
            if (e.type != type() || e.firstToldIn(s.sentence())) continue;
            if (e.countries().containsAll(named) && StatusReadings.settles(status, e.status)) {
                e.report(s.sentence(), frame.trigger().surface(), s.dated());
                e.status = status;
            }
            return;
        }
    }

    /**
     * "invited Kim Jong Un to visit Seoul, and Kim accepted the invitation": a noun in a later clause of the sentence, naming
     * one side of its summit at most, that says what became of it (accepted, declined) settles it.
     */
    private static boolean settlesTheSentences(SentenceReading s, Frame frame, EventStatus status, EventDraft previous) {
        if (previous == null || !frame.trigger().trigger().noun() || frame.trigger().trigger().frame() == TriggerFrame.NEGOTIATION) return false;
        Set<String> named = MeetingSides.of(s, frame).sides.keySet();
        if (named.size() > 1 || !previous.countries().containsAll(named) || !StatusReadings.settles(status, previous.status)) return false;
        previous.status = status;
        return true;
    }

    /** "un sommet à quatre était à l'étude", said by one side: another report of the four-state summit already read. */
    private boolean reportAgain(SentenceReading s, CueIndex.TriggerAt trigger, EventDraft oneSide) {
        for (EventDraft e : s.earlier()) {
            if (e.type == type() && e.countries().containsAll(oneSide.countries()) && (!oneSide.countries().isEmpty() || oneSide.declaredSize > 0)
                    && (oneSide.declaredSize == 0 || e.countries().size() == oneSide.declaredSize)) {
                e.report(s.sentence(), trigger.surface(), s.dated());
                // "ready to travel to Kyiv with..., but his visit was not wanted": what became of it, in the same sentence
                if (e.firstToldIn(s.sentence()) && StatusReadings.outcomeOf(oneSide.status, e.status)) e.status = oneSide.status;
                // "... could come to Moscow. Zelensky turned down the invitation": a noun with one side at most, in a later
                // sentence, is the summit already read (its article may be elided, "l'invitation"): what it says settles it
                else if (!e.firstToldIn(s.sentence()) && trigger.trigger().noun() && StatusReadings.settles(oneSide.status, e.status)) e.status = oneSide.status;
                return true;
            }
        }
        return false;
    }
}
