package io.newswire.schemas;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of diplomatic event the tagger reports, shared by every module. On the wire (the {@code type} field of
 * {@code Event}, a string so that old records stay readable) each is written by its {@link #wireName()}.
 */
public enum EventType {
    /** Two or more states' representatives spoke by telephone or video call (CAMEO 041). */
    PHONE_CALL(true),
    /** Representatives of two or more states met in person: a visit, hosting a visit, talks at a third place (CAMEO 042-044). */
    MEETING(true),
    /** A summit or leaders' meeting is proposed, planned, offered or discussed, not yet held (CAMEO 036). */
    SUMMIT_PROPOSAL(false),
    /** A ceasefire or truce, whatever its status: called for, agreed, in force, violated (CAMEO 0256, 0871, 196). */
    CEASEFIRE(false),
    /** Reserved: named by the schema since its first version; no rule produces it yet. */
    STATEMENT(false);

    private final boolean contact;

    EventType(boolean contact) {
        this.contact = contact;
    }

    /** The name written in Avro records and in the knowledge-base files: {@code PHONE_CALL}. */
    public String wireName() {
        return name();
    }

    /** The per-type topic suffix: {@code phone-call} (the topic is the configured prefix plus this). */
    public String topicSuffix() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether an occurred event of this type is a bilateral contact that aggregate counts. */
    public boolean isContact() {
        return contact;
    }

    /** The type written {@code wireName}, or empty for a name this version does not know (a newer producer's). */
    public static Optional<EventType> find(String wireName) {
        return Vocabulary.find(values(), EventType::wireName, wireName);
    }

    /** The type written {@code wireName}; an unknown name is an error that lists the known ones. */
    public static EventType of(String wireName) {
        return Vocabulary.of(values(), EventType::wireName, wireName, "event type");
    }
}
