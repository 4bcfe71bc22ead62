package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Calls: "X s'est entretenu au téléphone avec Y", "X and Y spoke by phone", "calls from X to Y and Z" (two calls).
 * The sides are the call's frame: who acts and who is named with it in its clause, so that "X spoke by phone with A
 * and B, who said they were ready to meet C" calls A and B only. A planned or denied call keeps its status; a call
 * to the press ("told a news agency by phone") is no diplomacy; a call named with one side is another report.
 */
final class PhoneCallRule extends EventRule {

    PhoneCallRule() {
        super(EventType.PHONE_CALL);
    }

    @Override
    List<EventDraft> read(SentenceReading s) {
        List<EventDraft> calls = null;
        int clause = -1;
        for (CueIndex.TriggerAt trigger : s.cues().triggers()) {
            if (trigger.type() != EventType.PHONE_CALL || TalkMedium.notACall(s, s.frame(trigger))) continue;
            if (calls == null) {
                calls = new ArrayList<>(read(s, trigger));
                clause = s.frame(trigger).clause().index();
            } else if (calls.size() > 0 && secondCall(s, trigger, clause)) {
                // "spoke by phone with Zelensky on Thursday, two days after his video call with Putin": a call of its own
                for (EventDraft more : read(s, trigger)) if (calls.stream().noneMatch(c -> c.countries().equals(more.countries()))) calls.add(more);
            }
        }
        if (calls != null) calls.removeIf(c -> c.status == EventStatus.OCCURRED && deniedBefore(s, c));
        return calls == null ? List.of() : calls;
    }

    /**
     * "China said Xi and Trump had not spoken by phone recently ... Trump had told Time that Xi had phoned him": a call
     * between the sides of a call the dispatch denied before is the claim the denial answers, no call of its own.
     */
    private boolean deniedBefore(SentenceReading s, EventDraft call) {
        for (EventDraft e : s.earlier()) {
            if (e.type == type() && e.status == EventStatus.DENIED && e.countries().equals(call.countries())) return true;
        }
        return false;
    }

    /** A call noun in another clause than the sentence's first call ("a day after his call with Putin"): another call. */
    private static boolean secondCall(SentenceReading s, CueIndex.TriggerAt trigger, int firstClause) {
        return trigger.trigger().noun() && s.frame(trigger).clause().index() != firstClause;
    }

    /** The calls a trigger of the sentence tells: a call's own word, or a conversation that names no place ({@link UnplacedConversationRule}). */
    List<EventDraft> read(SentenceReading s, CueIndex.TriggerAt trigger) {
        CueIndex cues = s.cues();
        Frame frame = s.frame(trigger);
        if (EarlierOfTheSeries.qualifies(s, trigger)) {                // "Their previous call dates back to December 2022"
            List<EventDraft> earlier = EarlierOfTheSeries.call(s, trigger);
            if (!earlier.isEmpty() || EarlierOfTheSeries.pronoun(s, trigger)) return earlier;     // "the last call for peace": no call
        }
        if (toThePress(s, frame)) return List.of();
        List<Ref> named = new ArrayList<>();
        List<Ref> owners = PairOwners.of(s, frame);          // "a averti Joe Biden ..., lors de leur entretien téléphonique"
        List<Ref> sides = owners != null ? owners : CueIndex.talk(trigger) ? TalkMedium.talkSides(s, frame) : frame.sides();
        for (Ref r : sides) if (Parties.official(r, s)) named.add(r);
        keepTheVerbsSides(s, trigger, named);
        Map<String, Ref> parties = Parties.peopleFirst(Parties.of(named, cues));
        if (CueIndex.talk(trigger) && !TalkMedium.talkByPhone(s, frame, parties)) return List.of();
        if (frame.status() == EventStatus.OCCURRED && toldBefore(s, trigger) && reportAgain(s, trigger, parties.size() < 2 ? java.util.Set.of() : parties.keySet())) return List.of();
        if (parties.size() == 1 && frame.status() == EventStatus.OCCURRED && joins(s, frame)) {
            // "Erdogan joined it by telephone": one call between him and those of the meeting he joined
            EventDraft meeting = lastMeeting(s);
            if (meeting != null) {
                EventDraft call = EventDraft.reported(type(), frame.status(), s, trigger);
                call.add(parties.values().iterator().next(), ParticipantPart.PARTICIPANT);
                for (String c : meeting.countries()) call.add(c, null, ParticipantPart.PARTICIPANT);
                return call.countries().size() < 2 ? List.of() : List.of(call);
            }
        }
        if (frame.status() == EventStatus.OCCURRED && parties.size() >= 2 && onlyAnaphors(named, parties) && retold(s, trigger, parties.keySet())) return List.of();
        if (parties.size() < 2) {
            // "Lors d'un appel jeudi, Xi a invité Trump"; "C'est au cours d'un entretien téléphonique avec X que Y a..."
            List<Ref> told = OpeningCall.sides(s, frame);
            if (told == null) told = CleftCall.sides(s, frame);
            if (told != null) {
                named.clear();
                for (Ref r : told) if (Parties.official(r, s)) named.add(r);
                parties = Parties.peopleFirst(Parties.of(named, cues));
            }
        }
        if (parties.size() < 2) {
            if (parties.size() == 1 && frame.status() == EventStatus.OCCURRED) reportAgain(s, trigger, parties.keySet());
            return List.of();
        }
        // the caller stands before "avec"/"with"/"to" (or before the trigger), the called after it
        int split = split(cues, trigger, named, parties);
        Map<String, Ref> calledBy = new LinkedHashMap<>();        // per country, its first mention after the split
        Map<String, Ref> lastBefore = new LinkedHashMap<>();      // per country, its last mention before the split
        for (Ref r : named) {
            Ref party = parties.get(r.country());
            if (party == null || (party.actor() != null && r.actor() == null)) continue;
            if (r.from() < split) lastBefore.put(r.country(), r);
        }
        for (Ref r : named) {                                     // an anaphor does not turn the named caller into a called party
            Ref party = parties.get(r.country());
            if (party == null || (party.actor() != null && r.actor() == null) || r.from() < split) continue;
            if (r.via().equals("coreference") && lastBefore.containsKey(r.country())) continue;
            calledBy.putIfAbsent(r.country(), r);
        }
        Ref caller = null;
        for (Map.Entry<String, Ref> e : lastBefore.entrySet()) {
            if (calledBy.containsKey(e.getKey())) continue;
            if (caller == null || e.getValue().from() > caller.from()) caller = e.getValue();
        }
        List<Ref> called = new ArrayList<>(calledBy.values());
        List<EventDraft> calls = new ArrayList<>();
        if (caller != null && !called.isEmpty() && groupOfCallers(lastBefore, calledBy)) {
            // "The three leaders and Johnson then spoke by phone with Biden": the group calls together, one call with all
            EventDraft call = EventDraft.reported(type(), frame.status(), s, trigger);
            for (Ref r : lastBefore.values()) if (!calledBy.containsKey(r.country())) call.add(r, ParticipantPart.PARTICIPANT);
            for (Ref o : called) call.add(o, ParticipantPart.PARTICIPANT);
            calls.add(call);
        } else if (!cues.has(CueKind.MULTILATERAL) && caller != null && called.size() >= 1) {
            for (Ref o : called) {                                 // "a discuté au téléphone avec Macron et Merkel": two calls
                if (Objects.equals(o.country(), caller.country())) continue;
                EventDraft call = EventDraft.reported(type(), frame.status(), s, trigger);
                call.add(caller, ParticipantPart.PARTICIPANT);
                call.add(o, ParticipantPart.PARTICIPANT);
                calls.add(call);
            }
        } else {
            EventDraft call = EventDraft.reported(type(), frame.status(), s, trigger);
            for (Ref r : parties.values()) call.add(r, ParticipantPart.PARTICIPANT);
            calls.add(call);
        }
        DateResolver.Dated held = LaterEvents.heldOn(s, frame);     // "a day before his video call with Biden", told after that day
        if (held != null) for (EventDraft call : calls) call.heldBefore(held);
        return calls;
    }

    /** Whether every side of the call is told by an anaphor ("they had a meaningful conversation"), none by its name. */
    private static boolean onlyAnaphors(List<Ref> named, Map<String, Ref> parties) {
        for (Ref r : named) if (parties.containsKey(r.country()) && !r.via().equals("coreference")) return false;
        return true;
    }

    /**
     * "Trump telephoned Zelenskiy to brief him. Zelenskiy said afterwards that they had a meaningful conversation": a call
     * whose sides are only anaphors, held by the sides of the last call already read (all of them among its own), is
     * another report of that call, not one with all the people the anaphor gathers.
     */
    private boolean retold(SentenceReading s, CueIndex.TriggerAt trigger, java.util.Set<String> countries) {
        for (int i = s.earlier().size() - 1; i >= 0; i--) {
            EventDraft e = s.earlier().get(i);
            if (e.type != type() || e.status != EventStatus.OCCURRED) continue;
            if (!countries.containsAll(e.parties.keySet())) return false;
            e.report(s.sentence(), trigger.surface(), s.dated());
            return true;
        }
        return false;
    }

    /**
     * Whether the callers are a group: a plural anaphor standing for people of two or more states among them ("the
     * four leaders and Zelenskiy spoke by phone with Trump"), not one caller named before the called.
     */
    private static boolean groupOfCallers(Map<String, Ref> lastBefore, Map<String, Ref> calledBy) {
        long told = lastBefore.entrySet().stream()
                .filter(e -> !calledBy.containsKey(e.getKey()) && e.getValue().via().equals("coreference")).count();
        return told >= 2;
    }

    /** Whether the call's clause says it joins something already under way ("joined it by telephone"). */
    static boolean joins(SentenceReading s, Frame frame) {
        for (CueIndex.At j : s.cues().all(CueKind.JOIN)) if (s.clauses().together(j.start(), frame.trigger().start())) return true;
        return false;
    }

    /** The last meeting held that the dispatch told before this sentence, or null. */
    static EventDraft lastMeeting(SentenceReading s) {
        for (int i = s.earlier().size() - 1; i >= 0; i--) {
            EventDraft e = s.earlier().get(i);
            if (e.type == EventType.MEETING && e.status == EventStatus.OCCURRED) return e;
        }
        return null;
    }

    /** "told a news agency by phone", "a assuré par téléphone à la BBC": a call to the press, no one named to talk with. */
    private static boolean toThePress(SentenceReading s, Frame frame) {
        if (frame.partners().stream().anyMatch(r -> r.actor() != null)) return false;
        for (CueIndex.At media : s.cues().all(CueKind.MEDIA)) if (s.clauses().of(media.start()).index() == frame.clause().index()) return true;
        return false;
    }

    /** "this call", "cet entretien", "leur entretien téléphonique": a call already told. */
    private static boolean toldBefore(SentenceReading s, CueIndex.TriggerAt trigger) {
        return s.cues().before(CueKind.DEMONSTRATIVE, trigger.start(), Reach.NEXT) != null;
    }

    /**
     * "the call", "l'entretien" with one side named, or "cet entretien" with both: another report of the last call
     * already read that has those sides; false when there is none.
     */
    private boolean reportAgain(SentenceReading s, CueIndex.TriggerAt trigger, java.util.Set<String> countries) {
        for (int i = s.earlier().size() - 1; i >= 0; i--) {
            EventDraft e = s.earlier().get(i);
            if (e.type == type() && e.status == EventStatus.OCCURRED && e.parties.keySet().containsAll(countries)) {
                e.report(s.sentence(), trigger.surface(), s.dated());
                return true;
            }
        }
        return false;
    }

    /**
     * Where the called parties begin: after the first "with" cue that has a party on each side (for an "adjacent"
     * cue such as "to", a party right after it), else after the trigger.
     */
    /**
     * "Britain's prime minister congratulated Donald Trump in a call on Wednesday and pledged to keep working together on
     * Ukraine": a medium phrase read as the verb it qualifies, whose subject and object name two states before it, has
     * those two as its sides; a state named after it with no "with" is what the talk was about.
     */
    private static void keepTheVerbsSides(SentenceReading s, CueIndex.TriggerAt trigger, List<Ref> named) {
        if (trigger.trigger().word() != io.newswire.enrich.tagger.kb.WordClass.ADVERBIAL) return;
        CueIndex.At with = s.cues().after(CueKind.WITH, trigger.end(), Reach.TALK_PARTNER);
        if (with != null && named.stream().anyMatch(r -> r.from() >= with.end() && r.from() <= with.end() + Reach.ADJACENT)) return;    // "by phone with Xi"
        long before = named.stream().filter(r -> r.to() <= trigger.start() && r.country() != null).map(Ref::country).distinct().count();
        if (before >= 2) named.removeIf(r -> r.from() >= trigger.end());
    }

    private static int split(CueIndex cues, CueIndex.TriggerAt trigger, List<Ref> named, Map<String, Ref> parties) {
        for (CueIndex.At with : cues.all(CueKind.WITH)) {
            boolean before = false, after = false;
            int reach = with.cue().adjacent() ? with.end() + Reach.ADJACENT : Integer.MAX_VALUE;
            for (Ref r : named) {
                if (!parties.containsKey(r.country())) continue;
                if (r.to() <= with.start()) before = true;
                else if (r.from() >= with.end() && r.from() <= reach) after = true;
            }
            if (before && after) return with.end();
        }
        return trigger.end();
    }
}
