package io.newswire.enrich.tagger.kb;

/**
 * A language the tagger knows (kb/lexicon/languages.tsv): detected among the others, and, with a lexicon, read for
 * events and role phrases.
 *
 * @param code    ISO 639-1 code
 * @param lexicon whether the language has its lexicon files (triggers, cues, institutions, calendar, profile)
 */
public record Language(String code, String name, boolean lexicon) {
}
