package io.newswire.enrich.tagger.kb;

import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

/**
 * A lexicon phrase that signals an event of a type, with the status it implies by default (triggers-{lang}.tsv).
 *
 * @param type            the event type, or null for a phrase that is no event ("trêve hivernale": NONE in the
 *                        file); it still wins over the shorter trigger it contains
 * @param status          the status the phrase implies by default, null for NONE
 * @param requiresLeaders whether the phrase makes a summit only between heads of state or government ("meet")
 */
public record Trigger(EventType type, EventStatus status, String form, boolean requiresLeaders) {
}
