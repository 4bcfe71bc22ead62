package io.newswire.enrich.tagger.entities;

/**
 * The role a dispatch gives a person next to the name: what an open-world actor holds, or what a known person holds
 * when the knowledge base lists no role for them on the date.
 *
 * @param role   role key (ambassador)
 * @param former whether the dispatch names it as a past office
 */
public record StatedRole(String role, boolean former) {
}
