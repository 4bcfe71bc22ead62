package io.newswire.enrich.tagger.events;

import io.newswire.schemas.EventType;

import java.util.List;

/**
 * Reads the events of one type in a sentence that has a trigger of the family it reads (the triggers file's type
 * column): a summit proposal is read from the same meeting triggers as a meeting, and is a meeting not yet held.
 */
abstract class EventRule {

    private final EventType type;
    private final EventType reads;

    EventRule(EventType type) {
        this(type, type);
    }

    EventRule(EventType type, EventType reads) {
        this.type = type;
        this.reads = reads;
    }

    /** The type of the events it makes. */
    final EventType type() {
        return type;
    }

    /** The type of the triggers it reads. */
    final EventType reads() {
        return reads;
    }

    /** The new events the sentence reports; a new report of an event already read is added to that event instead. */
    abstract List<EventDraft> read(SentenceReading reading);
}
