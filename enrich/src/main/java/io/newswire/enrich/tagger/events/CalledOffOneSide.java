package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.ParticipantPart;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * "two days after Donald Trump called off the Singapore summit. Moon said Kim remained committed to meeting the U.S.
 * president": a summit called off or put off that names one side only (the leader who calls it off) and, at most, the
 * place it bears as its name ("the Singapore summit", "le sommet de Singapour": its venue, no side) is kept until the
 * dispatch tells the same summit with its other sides; the merge then gives them, the call-off its status. A summit no
 * other report completes is dropped, as before.
 */
final class CalledOffOneSide {

    private static final Set<EventStatus> CALLED_OFF = EnumSet.of(EventStatus.REJECTED, EventStatus.SUSPENDED);

    private CalledOffOneSide() {
    }

    static boolean calledOff(EventStatus status) {
        return CALLED_OFF.contains(status);
    }

    /**
     * In a summit called off whose only person is one side's, a state named right beside the noun with no person is the
     * place the summit is named after: removed from the sides.
     */
    static void placeNamesTheSummit(SentenceReading s, MeetingSides sides, CueIndex.TriggerAt trigger, EventStatus status) {
        if (!calledOff(status)) return;
        long persons = sides.sides.values().stream().filter(side -> side.ref() != null && side.ref().actor() != null).count();
        if (persons == 0) return;
        sides.sides.values().removeIf(side -> side.ref() != null && side.ref().actor() == null && "name".equals(side.ref().via())
                && namesIt(s, side.ref().from(), side.ref().to(), trigger));
    }

    /**
     * "the Singapore summit" (the name right before the noun), "du sommet de Singapour" (right after it and a small word
     * that links a noun to the country it names: the language profile's title links, "de", "of").
     */
    private static boolean namesIt(SentenceReading s, int from, int to, CueIndex.TriggerAt trigger) {
        if (to == trigger.start()) return true;
        if (from != trigger.end() + 1) return false;
        String between = s.text().tokens().get(trigger.end()).term();
        return s.text().lexicon().profile().titleLinks().contains(between);
    }

    /**
     * "Macron a regretté l'annulation par Donald Trump du sommet prévu avec Kim Jong Un": the agent of the refusal noun
     * is the summit's side, not the subject of the clause that speaks of it.
     */
    static void agentForSubject(SentenceReading s, Frame frame, MeetingSides sides) {
        Ref agent = AgentPhrase.calledOffBy(s, frame.trigger());
        if (agent == null || agent.country() == null) return;
        for (Ref subject : frame.subject()) {
            MeetingSides.Side side = sides.sides.get(subject.country());
            if (side != null && subject.equals(side.ref()) && !Objects.equals(subject.country(), agent.country())) sides.sides.remove(subject.country());
        }
        sides.sides.putIfAbsent(agent.country(), new MeetingSides.Side(agent.country(), agent, ParticipantPart.PARTICIPANT));
    }

    /** Whether a summit of one side, called off, is kept for the merge to complete. */
    static boolean keep(EventDraft summit, EventStatus status) {
        if (!calledOff(status) || summit.countries().size() != 1) return false;
        summit.awaitsSides = true;
        summit.statusGoverned = true;
        return true;
    }

    /** The summits kept for their sides that no other report completed. */
    static void dropIncomplete(List<EventDraft> events) {
        events.removeIf(e -> e.awaitsSides && e.countries().size() < 2);
    }
}
