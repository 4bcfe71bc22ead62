package io.newswire.schemas;

import java.util.Optional;

/**
 * The part a country plays in an event ({@code Participant.part} on the wire, by {@link #wireName()}). Only
 * participants, hosts and visitors are parties; mediators and locations are kept on the event but are not among its sides.
 */
public enum ParticipantPart {
    /** One of the sides: a caller, someone who is to meet, a side of the truce. */
    PARTICIPANT("participant"),
    /** The country where a meeting or summit takes place, hosting it. */
    HOST("host"),
    /** A side that travelled to the host's country for the meeting (CAMEO 042, "make a visit"). */
    VISITOR("visitor"),
    /** Sponsors, brokers, monitors and those who call for the event: present, but not a side. */
    MEDIATOR("mediator"),
    /** The place the event applies to (a truce in Idlib), when no side is named. */
    LOCATION("location");

    private final String wireName;

    ParticipantPart(String wireName) {
        this.wireName = wireName;
    }

    /** The name written in Avro records: {@code participant}. */
    public String wireName() {
        return wireName;
    }

    /** The part written {@code wireName}, or empty for a name this version does not know. */
    public static Optional<ParticipantPart> find(String wireName) {
        return Vocabulary.find(values(), ParticipantPart::wireName, wireName);
    }

    /** The part written {@code wireName}; an unknown name is an error that lists the known ones. */
    public static ParticipantPart of(String wireName) {
        return Vocabulary.of(values(), ParticipantPart::wireName, wireName, "participant part");
    }
}
