package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.TokenTrie;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

import java.util.ArrayList;
import java.util.List;

/**
 * Summit proposals: "Erdogan a proposé un sommet à quatre", "Biden proposed a summit with Putin", "X and Y are to
 * meet". A summit already held, denied or of ministers is no proposal; the status comes from the cue that speaks of it.
 */
final class SummitProposalRule extends EventRule {

    private final KnowledgeBase kb;

    SummitProposalRule(KnowledgeBase kb) {
        super(EventType.SUMMIT_PROPOSAL);
        this.kb = kb;
    }

    /**
     * One summit per summit trigger that has parties of its own ("une rencontre entre Poutine et Zelensky, qui serait
     * suivie d'un sommet à trois avec le président américain" proposes two).
     */
    @Override
    List<EventDraft> read(SentenceReading s) {
        CueIndex cues = s.cues();
        List<CueIndex.TriggerAt> triggers = new ArrayList<>();
        for (CueIndex.TriggerAt t : cues.triggers()) {
            if (t.type() != type()) continue;
            if (!triggers.isEmpty() && t.start() < triggers.get(triggers.size() - 1).end()) continue;   // "se rencontrer" and "rencontrer"
            triggers.add(t);
        }
        List<EventDraft> out = new ArrayList<>();
        if (cues.has(CueKind.PAST) || cues.has(CueKind.DENIAL) || cues.has(CueKind.MINISTERIAL)) return out;
        EventDraft previous = null;
        for (int i = 0; i < triggers.size(); i++) {
            int from = i == 0 ? s.sentence().firstToken() : triggers.get(i).start();
            int to = i + 1 < triggers.size() ? triggers.get(i + 1).start() : s.sentence().endToken();
            EventDraft summit = summit(s, triggers.get(i), within(s.here(), from, to), within(s.antecedents(), from, to), i == 0 ? null : previous);
            if (summit == null) continue;
            out.add(summit);
            previous = summit;
        }
        return out;
    }

    private static List<Ref> within(List<Ref> refs, int from, int to) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : refs) if (r.from() >= from && r.from() < to) out.add(r);
        return out;
    }

    /** The summit of one trigger, from the references of its stretch of the sentence; {@code before}: the summit it follows. */
    private EventDraft summit(SentenceReading s, CueIndex.TriggerAt trigger, List<Ref> here, List<Ref> antecedents, EventDraft before) {
        CueIndex cues = s.cues();
        CueIndex.At status = boundStatus(cues, trigger);
        if (status == null) return null;
        boolean leadersOnly = trigger.trigger().requiresLeaders();
        if (leadersOnly && !cues.has(CueKind.LEADERS) && !leadersOnly(s.text(), s.here())) return null;
        EventDraft summit = EventDraft.reported(type(), status.cue().status(), s, trigger);
        CueIndex.At size = cues.beside(CueKind.MULTILATERAL, trigger.start(), trigger.end(), Reach.NEXT);
        summit.declaredSize = size == null ? 0 : size.cue().size();      // "un sommet à trois", "a three-way meeting"
        List<Ref> named = new ArrayList<>(reported(cues, trigger, here));
        named.addAll(antecedents);
        CueIndex.At between = cues.after(CueKind.BETWEEN, trigger.end(), Reach.NEXT);
        if (between != null) {                                  // "une rencontre entre Poutine et Zelensky": the proposer is no party
            List<Ref> inside = new ArrayList<>();
            for (Ref r : here) if (r.from() >= between.end()) inside.add(r);      // "a annoncé ... une rencontre entre X et Y"
            for (Ref r : antecedents) if (r.from() >= between.end()) inside.add(r);
            if (Parties.of(inside, cues).size() >= 2) named = inside;
        }
        if (before != null) {                                   // "suivie d'un sommet à trois avec le président américain": the first one's parties join
            if (cues.after(CueKind.WITH, trigger.end(), Reach.ADJACENT) == null) return null;
            for (EventDraft.Party p : before.parties.values()) {
                if (p.part() == ParticipantPart.PARTICIPANT) summit.add(p.country(), p.actor(), ParticipantPart.PARTICIPANT);
            }
        }
        for (Ref r : Parties.peopleFirst(Parties.of(named, cues)).values()) summit.add(r, ParticipantPart.PARTICIPANT);
        if (leadersOnly) {                                      // "Paris et Berlin se disent prêts à rencontrer ...": who is to meet is a party
            for (Ref r : Parties.of(named, cues).values()) {
                if (r.to() <= trigger.start() && trigger.start() - r.to() <= Reach.SUMMIT) summit.add(r, ParticipantPart.PARTICIPANT);
            }
        }
        for (Ref r : here) {                                    // the venue is named near the summit, not at the end of the sentence
            if (r.locative() && r.country() != null && Math.abs(r.from() - trigger.end()) <= Reach.SUMMIT) summit.add(r.country(), null, ParticipantPart.HOST);
        }
        if (before == null) {
            AnalyzedText text = s.text();
            for (TokenTrie.Match<KnowledgeBase.Group> g : kb.groups().findAll(text.tokens(), s.sentence().firstToken(), s.sentence().endToken())) {
                for (String member : g.values().get(0).members()) summit.add(member, null, ParticipantPart.PARTICIPANT);
            }
        }
        if (summit.countries().isEmpty()) return null;
        // one state alone, neither hosting nor named with a group, is no summit between states ("la rencontre doit permettre...")
        if (summit.countries().size() == 1 && summit.parties.values().stream().noneMatch(p -> p.part() == ParticipantPart.HOST)
                && s.here().stream().noneMatch(r -> r.locative() && summit.countries().contains(r.country()))) {
            reportAgain(s, trigger, summit);
            return null;
        }
        return summit;
    }

    /** "un sommet à quatre était à l'étude", said by one side: another report of the four-state summit already read. */
    private void reportAgain(SentenceReading s, CueIndex.TriggerAt trigger, EventDraft oneSide) {
        for (EventDraft e : s.earlier()) {
            if (e.type == type() && oneSide.declaredSize > 0 && e.countries().size() == oneSide.declaredSize
                    && e.countries().containsAll(oneSide.countries())) {
                e.report(s.sentence(), trigger.surface(), s.dated());
                return;
            }
        }
    }

    /**
     * The references of what a source reports: "..., a annoncé l'Elysée" after the summit is only the source; before
     * it, "X a affirmé que Poutine avait accepté de rencontrer Zelensky" too, but "X a ajouté que sa rencontre avec
     * son homologue russe..." needs X, as the reported clause names one side only.
     */
    private static List<Ref> reported(CueIndex cues, CueIndex.TriggerAt trigger, List<Ref> here) {
        CueIndex.At speaker = cues.first(CueKind.SPEAKER);
        if (speaker == null) return here;
        List<Ref> before = new ArrayList<>();
        List<Ref> after = new ArrayList<>();
        for (Ref r : here) (r.from() < speaker.start() ? before : after).add(r);
        if (speaker.start() >= trigger.start()) return before;
        return Parties.of(after, cues).size() >= 2 ? after : here;
    }

    /**
     * The status cue that speaks of this summit: a cue before another event's trigger speaks of that event
     * ("a plaidé pour un cessez-le-feu avant toute nouvelle rencontre" pleads for the truce, not for a meeting).
     */
    private CueIndex.At boundStatus(CueIndex cues, CueIndex.TriggerAt trigger) {
        for (CueIndex.At c : cues.all(CueKind.SUMMIT_STATUS)) {
            boolean other = false;
            for (CueIndex.TriggerAt t : cues.triggers()) {
                if (t.type() != type() && c.end() <= t.start() && t.end() <= trigger.start()) other = true;
            }
            if (!other) return c;
        }
        return null;
    }

    /** "Secretary of State Clinton is to meet President Lee": a meeting with a minister is no leaders' summit. */
    private boolean leadersOnly(AnalyzedText text, List<Ref> here) {
        List<String> leaderRoles = kb.standsFor("leader");
        for (Ref r : here) {
            if (r.actor() == null) continue;
            String role = kb.roleOn(r.actor(), text.referenceDate());
            if (role != null && !leaderRoles.contains(role)) return false;
        }
        return true;
    }
}
