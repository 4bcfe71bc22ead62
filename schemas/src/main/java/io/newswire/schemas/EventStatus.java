package io.newswire.schemas;

import java.util.Optional;

/**
 * Where an event stands, as the dispatch reports it: the modality of the report. Every status is kept on the
 * event; only {@link #OCCURRED} makes a call or a meeting a contact. On the wire (the {@code status} field of
 * {@code Event}) each is written by its {@link #wireName()}.
 */
public enum EventStatus {
    /** It happened: "spoke by phone on Friday", "met in Ankara". */
    OCCURRED("occurred"),
    /** It is scheduled: a date or place is set ("will meet on Thursday", "le sommet aura lieu"). */
    PLANNED("planned"),
    /** Someone put it forward ("proposed a summit", "a proposé une trêve"). */
    PROPOSED("proposed"),
    /** Someone offered to take part or to host ("offered to host talks", "is ready to meet"). */
    OFFERED("offered"),
    /** Someone said they hoped or wished for it ("hoped to meet", "souhaite rencontrer"). */
    WISHED("wished"),
    /** One side invited the other ("invited Putin to a summit"). */
    INVITED("invited"),
    /** One side asked the other for it ("asked for a meeting"). */
    REQUESTED("requested"),
    /** It is being discussed or studied, not decided ("un sommet à quatre est à l'étude"). */
    UNDER_DISCUSSION("under_discussion"),
    /** A third party or one side publicly called for it ("called for an immediate ceasefire"). */
    CALLED_FOR("called_for"),
    /** The sides agreed to it ("agreed to meet", "sont convenus d'un cessez-le-feu"). */
    AGREED("agreed"),
    /** It holds: a truce in force ("the ceasefire took effect", "entré en vigueur"). */
    IN_FORCE("in_force"),
    /** A side turned it down ("rejected the ceasefire proposal"). */
    REJECTED("rejected"),
    /** A side denied it took place ("the Kremlin denied any call"). */
    DENIED("denied"),
    /** It was broken ("violated the truce"). */
    VIOLATED("violated"),
    /** It depends on a condition not yet met ("unless he arranged a ceasefire"). */
    CONDITIONAL("conditional"),
    /** It is on hold ("the truce was suspended"). */
    SUSPENDED("suspended"),
    /** It is over ("the truce ended", "a pris fin"). */
    ENDED("ended");

    private final String wireName;

    EventStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The name written in Avro records and in the knowledge-base files: {@code called_for}. */
    public String wireName() {
        return wireName;
    }

    /** The status written {@code wireName}, or empty for a name this version does not know. */
    public static Optional<EventStatus> find(String wireName) {
        return Vocabulary.find(values(), EventStatus::wireName, wireName);
    }

    /** The status written {@code wireName}; an unknown name is an error that lists the known ones. */
    public static EventStatus of(String wireName) {
        return Vocabulary.of(values(), EventStatus::wireName, wireName, "event status");
    }
}
