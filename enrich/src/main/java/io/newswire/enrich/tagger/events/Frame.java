package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.CueKind;
import io.newswire.schemas.EventStatus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An event as one sentence tells it around its trigger: who acts (agents), with whom (partners), where (venues) and
 * how it stands (its status, read from the words that govern the trigger).
 *
 * @param subject  the subject of the trigger's clause, or, when it has none or a pronoun, the subject it stands for
 *                 (the speaker of "said he hoped to meet", what a relative word stands for)
 * @param agents   the subject and every other party named before the trigger in its clause ("urged Putin in a call")
 * @param partners who is named after the trigger in its clause ("met X", "a call with X", "a visit to X")
 * @param between  whether the partners follow a "between" right after the trigger: they are all the sides
 * @param venues   the places named in the clause after a preposition of place ("in Moscow", "à l'Elysée")
 * @param status   the status the governing words give, read for the trigger's type; the trigger's own when none
 * @param statusCue the cue that gave the status, or null
 * @param condition   the condition cue that governs the trigger ("if", "unless", "à condition que"), or null
 * @param inherited   whether the subject is not in the trigger's clause but stands for one named elsewhere
 * @param conditionAccepts whether a bare "if" asks nothing of a party but that it accept or want it ("si le président
 *                  ukrainien acceptait de venir", "si c'était la seule façon"): the offer stands; one that asks a party for
 *                  something else ("if Washington dropped its demand") makes it conditional
 * @param existenceDenied whether the status cue denies the event's existence ("There will be no meeting unless ...", "il
 *                  n'y aura pas de trêve tant que"; cue kind {@code existence_denial}): a bare negation, which a condition
 *                  makes conditional
 */
record Frame(CueIndex.TriggerAt trigger, Clauses.Clause clause, List<Ref> subject, List<Ref> agents, List<Ref> partners,
             boolean between, List<Ref> venues, EventStatus status, CueIndex.At statusCue, CueIndex.At condition, boolean inherited,
             boolean conditionAccepts, boolean existenceDenied) {

    /** What a condition cannot qualify: a refusal, a breach, an end ("dismissed Hamas's conditions for a ceasefire"). */
    private static final Set<EventStatus> SETTLED = EnumSet.of(EventStatus.REJECTED, EventStatus.VIOLATED, EventStatus.ENDED);

    /**
     * The status once a condition is read: conditional, unless it took place or was refused, broken or ended, or a bare "if" that asks only for the other's
     * acceptance leaves an offer or a proposal; a
     * condition waived ("would meet him without preconditions") makes a plan an offer and leaves the rest.
     */
    EventStatus conditioned() {
        if (condition == null || status == EventStatus.OCCURRED) return status;
        if (SETTLED.contains(status) && (status != EventStatus.REJECTED || refusalOfTheCondition())) return status;
        if (condition.cue().waived()) return status == EventStatus.PLANNED ? EventStatus.OFFERED : status;
        // "ready to meet him if...", "a plan that provides for a ceasefire if both sides accept it": a bare "if" that asks
        // only for acceptance leaves an offer or a proposal as it is (acceptance is what either awaits)
        if (condition.cue().weak() && conditionAccepts && (status == EventStatus.OFFERED || status == EventStatus.PROPOSED)) return status;
        return EventStatus.CONDITIONAL;
    }

    /**
     * "Hamas's conditions for a ceasefire were dismissed": a refusal by its verb or noun, before the condition or past a
     * condition that holds the trigger, refuses the event with its conditions; one inside a condition told after the
     * trigger ("accepted a meeting, on condition that an invasion does not take place") or a bare negation is conditional.
     */
    private boolean refusalOfTheCondition() {
        return statusCue != null && statusCue.cue().kind() == CueKind.MODALITY && !existenceDenied
                && (statusCue.start() < condition.start() || condition.end() <= trigger.start());
    }

    /** Agents and partners, in that order. */
    List<Ref> sides() {
        List<Ref> all = new ArrayList<>(agents);
        all.addAll(partners);
        return all;
    }
}
