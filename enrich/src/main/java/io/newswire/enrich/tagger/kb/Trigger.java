package io.newswire.enrich.tagger.kb;

import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

/**
 * A lexicon phrase that signals an event of a type, with the status it implies when nothing governs it
 * (triggers-{lang}.tsv).
 *
 * @param type   the event family it opens (PHONE_CALL, MEETING, CEASEFIRE), or null for a phrase that is no event
 *               ("trêve hivernale": NONE in the file); it still wins over the shorter trigger it contains
 * @param status the status the phrase implies by itself ("met": occurred, "meet": planned), null for NONE
 * @param word   whether it stands as a verb or a noun: where what governs it may stand
 * @param frame  what it says about the sides of a meeting (who travels, who receives)
 */
public record Trigger(EventType type, EventStatus status, String form, WordClass word, TriggerFrame frame) {

    public boolean noun() {
        return word == WordClass.NOUN;
    }
}
