package io.newswire.enrich.tagger.events;

import io.newswire.schemas.EventType;

import java.util.List;

/** Reads the events of one type in a sentence that has a trigger of that type (the triggers file's type column). */
abstract class EventRule {

    private final EventType type;

    EventRule(EventType type) {
        this.type = type;
    }

    final EventType type() {
        return type;
    }

    /** The new events the sentence reports; a new report of an event already read is added to that event instead. */
    abstract List<EventDraft> read(SentenceReading reading);
}
