package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.KbSource;
import io.newswire.enrich.tagger.kb.TsvResource;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How each event type reads the status a modality cue gives (kb/lexicon/statuses.tsv): as it is, as another status
 * ("called for" a meeting is a meeting proposed), or not at all (a call is never "called for": the cue speaks of
 * something else in the sentence).
 */
final class StatusReadings {

    /** What a side intends, offers or is asked for: a negation before it makes a refusal ("will not meet"). */
    static final Set<EventStatus> INTENTS = EnumSet.of(EventStatus.PLANNED, EventStatus.PROPOSED, EventStatus.OFFERED,
            EventStatus.WISHED, EventStatus.AGREED, EventStatus.UNDER_DISCUSSION, EventStatus.INVITED, EventStatus.REQUESTED);
    /** What became of an intended event: told beside the intention, in one sentence, it is the event's latest state. */
    static final Set<EventStatus> OUTCOMES = EnumSet.of(EventStatus.REJECTED, EventStatus.SUSPENDED);

    private static final String PATH = "kb/lexicon/statuses.tsv";
    private static final String NOT_READ = "-";

    // per type, per status: the status read, or empty when the type does not read it
    private final Map<EventType, Map<EventStatus, Optional<EventStatus>>> readings = new EnumMap<>(EventType.class);

    static StatusReadings load(KbSource source) {
        StatusReadings r = new StatusReadings();
        for (TsvResource.Row row : TsvResource.read(source, PATH, "type", "status", "reads_as", "note")) {
            EventType type = EventType.find(row.get("type")).orElseThrow(() -> row.problem("unknown event type '" + row.get("type") + "'"));
            EventStatus status = EventStatus.find(row.get("status")).orElseThrow(() -> row.problem("unknown event status '" + row.get("status") + "'"));
            String as = row.get("reads_as");
            Optional<EventStatus> read = as.equals(NOT_READ) ? Optional.empty()
                    : Optional.of(EventStatus.find(as).orElseThrow(() -> row.problem("reads_as is an event status or '-', not '" + as + "'")));
            if (r.readings.computeIfAbsent(type, t -> new EnumMap<>(EventStatus.class)).put(status, read) != null) {
                throw row.problem(type + " " + status.wireName() + " is read twice");
            }
        }
        return r;
    }

    /**
     * The status a cue gives when a negation stands right before it: an intention denied is a refusal ("had no intention
     * of meeting"), a refusal denied is an opening ("n'exclut pas de rencontrer", "did not rule out a meeting"); null
     * when the negation leaves the cue's status as it is.
     */
    static EventStatus negated(EventStatus status) {
        if (INTENTS.contains(status)) return EventStatus.REJECTED;
        return status == EventStatus.REJECTED ? EventStatus.OFFERED : null;
    }

    /** What a clause says of an event as it stands: a demand that opens the clause asks for it ("demanded that a truce take effect"). */
    static final Set<EventStatus> STATES = EnumSet.of(EventStatus.OCCURRED, EventStatus.PLANNED, EventStatus.AGREED, EventStatus.IN_FORCE);

    /** Whether {@code later} tells what became of an event {@code earlier} only intended ("planned", then "called off"). */
    static boolean outcomeOf(EventStatus later, EventStatus earlier) {
        return OUTCOMES.contains(later) && INTENTS.contains(earlier);
    }

    /** What a side answers by accepting it: an offer, a proposal, an invitation ("had accepted the invitation"). */
    private static final Set<EventStatus> ANSWERED = EnumSet.of(EventStatus.OFFERED, EventStatus.PROPOSED, EventStatus.INVITED);

    /** Whether {@code later}, told of an event already read, settles it: an outcome, or an offer accepted. */
    static boolean settles(EventStatus later, EventStatus earlier) {
        return outcomeOf(later, earlier) || (later == EventStatus.AGREED && ANSWERED.contains(earlier));
    }

    /** The status an event of the type takes from a cue that says {@code status}, or null when the cue is not about it. */
    EventStatus read(EventType type, EventStatus status) {
        Optional<EventStatus> read = readings.getOrDefault(type, Map.of()).get(status);
        return read == null ? status : read.orElse(null);
    }
}
