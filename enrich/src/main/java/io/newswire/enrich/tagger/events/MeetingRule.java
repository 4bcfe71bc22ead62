package io.newswire.enrich.tagger.events;

import io.newswire.schemas.EventType;

import java.util.List;

/**
 * Meetings in person (a visit, hosting a visit, talks at a third place). Wired, with its codes, so that a MEETING
 * trigger reaches it; the frames that read a meeting's sides, place and modality come with issue 11's next step.
 */
final class MeetingRule extends EventRule {

    MeetingRule() {
        super(EventType.MEETING);
    }

    @Override
    List<EventDraft> read(SentenceReading reading) {
        return List.of();
    }
}
