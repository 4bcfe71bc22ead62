package io.newswire.enrich.tagger;

/**
 * A lexicon phrase that signals an event of a type, with the status it implies by default.
 *
 * @param requires "leaders" when the phrase only makes a summit between heads of state or government ("meet"),
 *                 or empty
 */
public record Trigger(String type, String status, String form, String requires) {
}
