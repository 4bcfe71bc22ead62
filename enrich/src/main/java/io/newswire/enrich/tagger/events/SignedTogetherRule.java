package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.enrich.tagger.kb.TriggerFrame;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Presence told by a signing: officials of two states or more who are together the subject of one verb of signing
 * (frame {@code signing} of the triggers file), in a clause that places it, met there ("Putin and Kim signed on
 * Wednesday in Pyongyang a treaty", "ont signé vendredi à Rome le traité du Quirinal", "The treaty that Merkel and Macron
 * signed in Aachen"). The document and what it names are not sides ("a law ratifying the treaty with North Korea"); a
 * passive names its signers after its own "by" ("The Quirinal Treaty, signed by Draghi and Macron in Rome"), one subject its
 * co-signer after "with" ("a signé ... à Berlin un accord avec Olaf Scholz"); a
 * signing by one official, with no place, or by video link (a call in its clause) is none;
 * a meeting verb of its clause ("in the presence of"), or a host's ceremony in a phrase it holds ("lors d'une cérémonie
 * organisée par"), reads the meeting itself.
 */
final class SignedTogetherRule extends EventRule {

    SignedTogetherRule() {
        super(EventType.MEETING);
    }

    /** Whether the trigger is a verb of signing, which only this rule reads. */
    static boolean signing(CueIndex.TriggerAt t) {
        return t.trigger().frame() == TriggerFrame.SIGNING;
    }

    @Override
    List<EventDraft> read(SentenceReading s) {
        List<EventDraft> out = new ArrayList<>();
        for (CueIndex.TriggerAt trigger : s.cues().triggers()) {
            if (!signing(trigger) || eventOfItsClause(s, trigger)) continue;
            Frame frame = s.frame(trigger);
            // the verb's own cue reads "agreed" (a document signed); anything else (planned, denied...) tells no signing held
            if (frame.status() != EventStatus.OCCURRED && frame.status() != EventStatus.AGREED) continue;
            if (s.cues().before(CueKind.NEGATION, trigger.start(), Reach.ADJACENT) != null) continue;
            Map<String, Ref> signers = new LinkedHashMap<>();
            // a subject that stands for one named elsewhere signs nothing here; a passive's own agent may
            // "Zelensky, qui avait signé le matin à Berlin un accord avec Scholz,": a subject relative's antecedent is its subject
            boolean subjectRelative = frame.clause().kind() == Clauses.Kind.RELATIVE && !Subjects.relativeIsObject(s, frame.clause());
            if (!frame.inherited() || subjectRelative) for (Ref r : frame.subject()) if (r.actor() != null && !r.locative() && r.country() != null) signers.putIfAbsent(r.country(), r);
            if (signers.size() == 1) coSigners(s, frame, trigger, signers);
            int placeBy = Integer.MAX_VALUE;
            if (signers.size() < 2) {
                signers.clear();
                for (Ref r : agentsOfPassive(s, frame, trigger)) {
                    if (r.actor() != null && !r.locative() && r.country() != null) signers.putIfAbsent(r.country(), r);
                    placeBy = r.to() + Reach.ADJACENT;   // the passive's place is in its own phrase, before the verb it qualifies
                }
            }
            if (signers.size() < 2) continue;
            Ref place = placeAfter(s, frame, trigger);
            if (place == null || place.from() > placeBy) continue;
            EventDraft meeting = new EventDraft(EventType.MEETING, EventStatus.OCCURRED);
            meeting.report(s.sentence(), trigger.surface(), s.dated());
            boolean home = signers.containsKey(place.country());
            for (Ref r : signers.values()) {
                ParticipantPart part = !home ? ParticipantPart.PARTICIPANT : Objects.equals(r.country(), place.country()) ? ParticipantPart.HOST : ParticipantPart.VISITOR;
                meeting.add(r.country(), r.actor(), part);
            }
            if (!home) meeting.add(place.country(), null, ParticipantPart.LOCATION);
            meeting.location = s.text().surface(place.from(), place.to());
            meeting.mode = home ? MeetingSides.Mode.VISIT : MeetingSides.Mode.THIRD_PLACE;
            out.add(meeting);
        }
        return out;
    }

    /**
     * A call told in the signing's clause ("signed by video link"): no presence; a meeting verb or adverbial ("signed ...
     * in the presence of Trump"): that meeting, read by its own rule with all its sides.
     */
    private static boolean eventOfItsClause(SentenceReading s, CueIndex.TriggerAt signing) {
        for (CueIndex.TriggerAt t : s.cues().triggers()) {
            if (t == signing || signing(t) || t.type() == null || t.type() == EventType.CEASEFIRE) continue;
            if (t.type() == EventType.MEETING && t.trigger().noun()) continue;     // "and then held a joint news conference": the same meeting
            if (s.clauses().together(t.start(), signing.start())) return true;
            // "ont signé ..., lors d'une cérémonie organisée par Trump": a host's ceremony in a phrase the signing's clause holds
            if (t.trigger().frame() == TriggerFrame.HOST && t.start() > signing.start() && s.clauses().within(t.start(), s.clauses().of(signing.start()))) return true;
        }
        return false;
    }

    /**
     * "Zelensky a signé le matin à Berlin un accord de sécurité avec Olaf Scholz", "signed a security pact with Keir Starmer
     * in Kyiv": one signer as subject and a person named right after a "with" in the verb's clause sign together.
     */
    private static void coSigners(SentenceReading s, Frame frame, CueIndex.TriggerAt trigger, Map<String, Ref> signers) {
        for (Ref r : frame.partners()) {
            if (r.actor() == null || r.locative() || r.country() == null || r.from() < trigger.end()) continue;
            CueIndex.At with = s.cues().before(CueKind.WITH, r.from(), Reach.ADJACENT);
            if (with == null || with.start() < trigger.end() || !s.clauses().together(r.from(), trigger.start())) continue;
            signers.putIfAbsent(r.country(), r);
        }
    }

    /**
     * The signers a passive names after its own "by", close after the verb and in its clause ("The Quirinal Treaty, signed
     * by Draghi and Macron in Rome on Friday, commits", "a pact signed in Pyongyang on Wednesday by Putin and Kim"); only those before a second "by".
     */
    private static List<Ref> agentsOfPassive(SentenceReading s, Frame frame, CueIndex.TriggerAt trigger) {
        CueIndex.At by = s.cues().after(CueKind.PASSIVE_AGENT, trigger.end(), Reach.PASSIVE_AGENT);
        if (by == null || !s.clauses().together(by.start(), trigger.start())) return List.of();
        // a second "by" opens another signing ("signed by Scholz in Berlin and by Macron in Paris a day later"): one signer each
        CueIndex.At again = s.cues().after(CueKind.PASSIVE_AGENT, by.end(), Reach.SUMMIT + Reach.SUMMIT);
        return frame.partners().stream().filter(r -> r.from() >= by.end() && (again == null || r.from() < again.start())).toList();
    }

    /** The place named after the verb in its clause ("in Pyongyang", "au Kremlin", "at the White House", a venue city: "in Aachen"), or null. */
    private static Ref placeAfter(SentenceReading s, Frame frame, CueIndex.TriggerAt trigger) {
        for (Ref v : frame.venues()) {
            if (v.actor() == null && v.country() != null && v.from() >= trigger.end() && s.clauses().together(v.from(), trigger.start())) return v;
        }
        // a city of venues.tsv after a preposition of place ("signed in Aachen"), as it places talks (MeetingSides)
        for (Ref c : s.cities()) {
            if (c.from() >= trigger.end() && s.clauses().together(c.from(), trigger.start()) && FrameReader.isVenue(c, s.cues(), s.here())) return c;
        }
        return null;
    }
}
