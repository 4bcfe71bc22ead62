package io.newswire.enrich.tagger.kb;

import io.newswire.schemas.EventType;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a meeting trigger says about its sides (the {@code frame} column of triggers-{lang}.tsv): who travels, who
 * receives, or neither. Calls and truces read their sides the same way whatever the phrase: {@link #PLAIN}.
 */
public enum TriggerFrame {
    /** No particular roles: the sides are who acts and who is named with it. */
    PLAIN("-"),
    /** The sides meet where one of them is, or in a third place ("met", "held talks", "s'est entretenu avec"). */
    TALKS("talks"),
    /** The subject travels to the other side, whose country hosts ("visited", "arrived in", "s'est rendu à"). */
    VISIT("visit"),
    /** The subject receives the other side in its country ("hosted", "received", "a reçu"). */
    HOST("host"),
    /** Passive: the subject is received by who follows the passive agent ("was received by", "a été reçu par"). */
    HOSTED("hosted"),
    /** A meeting of leaders by its name ("summit", "sommet"): a summit whoever is named. */
    SUMMIT("summit"),
    /** Talks of delegations ("talks", "négociations", "pourparlers"): a meeting when held, never a leaders' summit. */
    NEGOTIATION("negotiation"),
    /**
     * A talk that may be by phone ("s'est entretenu avec", "entretien"): in person only where a place is named; for a
     * PHONE_CALL trigger ("spoke with", "a échangé avec"), a call only where no place, occasion or meeting is named.
     */
    CONVERSATION("conversation"),
    /**
     * A PHONE_CALL verb that phones the official it takes at once ("called Xi on Tuesday", "a appelé mardi Erdogan"),
     * not one it names or asks something of ("called Putin a war criminal", "a appelé Moscou à": cue kind callee_complement).
     */
    DIAL("dial"),
    /**
     * A verb of signing ("signed", "ont signé"): a meeting only when officials of two states or more are its subject and
     * a place is named in its clause ("Putin and Kim signed on Wednesday in Pyongyang a treaty"), read by its own rule.
     */
    SIGNING("signing");

    private final String wireName;

    TriggerFrame(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether a trigger of the type may have this frame: the plain one any, dial a call, conversation a call or a meeting, the rest a meeting. */
    public boolean fits(EventType type) {
        return switch (this) {
            case PLAIN -> true;
            case DIAL -> type == EventType.PHONE_CALL;
            case CONVERSATION -> type == EventType.PHONE_CALL || type == EventType.MEETING;
            default -> type == EventType.MEETING;
        };
    }

    public static Optional<TriggerFrame> find(String wireName) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(wireName)).findFirst();
    }

    public static String known() {
        return Arrays.stream(values()).map(TriggerFrame::wireName).collect(Collectors.joining(", "));
    }
}
