package io.newswire.enrich.tagger.kb;

/**
 * A lexicon phrase that changes how a sentence is read: a denial, a future/planning cue, a past-summit cue,
 * a status cue, a sponsor, a plural anaphor, a sport context, a locative preposition...
 *
 * @param kind  what the cue says (denial, future, past, status, sponsor, anaphor, sport, locative, with, ...)
 * @param value extra value, e.g. the status it sets ("violated"), or "-"
 * @param form  the phrase as written in the lexicon
 */
public record Cue(String kind, String value, String form) {
}
