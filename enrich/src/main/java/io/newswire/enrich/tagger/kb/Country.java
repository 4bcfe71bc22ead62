package io.newswire.enrich.tagger.kb;

/** A state, by ISO 3166-1 alpha-3 code, with its English short name. */
public record Country(String code, String name) {
}
