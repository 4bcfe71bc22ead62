package io.newswire.enrich.tagger.kb;

import java.util.List;

/** A political actor: knowledge-base id, canonical English name, country represented, and other names. */
public record Actor(String id, String name, String country, List<String> aliases) {
}
