package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls: "X s'est entretenu au téléphone avec Y", "X and Y spoke by phone", "calls from X to Y and Z" (two calls).
 * A denied or planned call is no call; a call named with one side is another report of a call already read.
 */
final class PhoneCallRule extends EventRule {

    PhoneCallRule() {
        super(EventType.PHONE_CALL);
    }

    @Override
    List<EventDraft> read(SentenceReading s) {
        CueIndex cues = s.cues();
        CueIndex.TriggerAt trigger = cues.trigger(EventType.PHONE_CALL);
        if (cues.has(CueKind.DENIAL) || cues.has(CueKind.FUTURE)) return List.of();
        // "Leur entretien téléphonique a duré..., a précisé le conseiller du Kremlin, selon qui...": the source and
        // what it adds are no callers; an anaphor there still stands for them
        CueIndex.At speaker = cues.first(CueKind.SPEAKER);
        List<Ref> named = new ArrayList<>();
        for (Ref r : s.here()) if (speaker == null || speaker.start() < trigger.start() || r.from() < speaker.start()) named.add(r);
        named.addAll(s.antecedents());
        Map<String, Ref> parties = Parties.peopleFirst(Parties.of(named, cues));
        if (parties.size() < 2) {
            if (parties.size() == 1) reportAgain(s, trigger, parties.keySet().iterator().next());
            return List.of();
        }
        // the caller stands before "avec"/"with"/"to" (or before the trigger), the called after it
        int split = split(cues, trigger, named, parties);
        Map<String, Ref> calledBy = new LinkedHashMap<>();        // per country, its first mention after the split
        Map<String, Ref> lastBefore = new LinkedHashMap<>();      // per country, its last mention before the split
        for (Ref r : named) {
            Ref party = parties.get(r.country());
            if (party == null || r.locative() || (party.actor() != null && r.actor() == null)) continue;
            if (r.from() < split) lastBefore.put(r.country(), r);
        }
        for (Ref r : named) {                                     // an anaphor does not turn the named caller into a called party
            Ref party = parties.get(r.country());
            if (party == null || r.locative() || (party.actor() != null && r.actor() == null) || r.from() < split) continue;
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
        if (!cues.has(CueKind.MULTILATERAL) && caller != null && called.size() >= 1) {
            for (Ref o : called) {                                 // "a discuté au téléphone avec Macron et Merkel": two calls
                if (o.country().equals(caller.country())) continue;
                EventDraft call = EventDraft.reported(type(), trigger.trigger().status(), s, trigger);
                call.add(caller, ParticipantPart.PARTICIPANT);
                call.add(o, ParticipantPart.PARTICIPANT);
                calls.add(call);
            }
        } else {
            EventDraft call = EventDraft.reported(type(), trigger.trigger().status(), s, trigger);
            for (Ref r : parties.values()) call.add(r, ParticipantPart.PARTICIPANT);
            calls.add(call);
        }
        return calls;
    }

    /** "the call", "l'entretien" with one side named: another report of the last call already read that has that side. */
    private void reportAgain(SentenceReading s, CueIndex.TriggerAt trigger, String country) {
        for (int i = s.earlier().size() - 1; i >= 0; i--) {
            EventDraft e = s.earlier().get(i);
            if (e.type == type() && e.parties.containsKey(country)) {
                e.report(s.sentence(), trigger.surface(), s.dated());
                return;
            }
        }
    }

    /**
     * Where the called parties begin: after the first "with" cue that has a party on each side (for an "adjacent"
     * cue such as "to", a party right after it), else after the trigger.
     */
    private static int split(CueIndex cues, CueIndex.TriggerAt trigger, List<Ref> named, Map<String, Ref> parties) {
        for (CueIndex.At with : cues.all(CueKind.WITH)) {
            boolean before = false, after = false;
            int reach = with.cue().adjacent() ? with.end() + Reach.ADJACENT : Integer.MAX_VALUE;
            for (Ref r : named) {
                if (!parties.containsKey(r.country()) || r.locative()) continue;
                if (r.to() <= with.start()) before = true;
                else if (r.from() >= with.end() && r.from() <= reach) after = true;
            }
            if (before && after) return with.end();
        }
        return trigger.end();
    }
}
