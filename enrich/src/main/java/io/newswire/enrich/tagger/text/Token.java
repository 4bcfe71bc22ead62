package io.newswire.enrich.tagger.text;

/**
 * A word of the body: its folded lower-case term and its character offsets in the body.
 *
 * @param term        accent-free, lower-case form used for matching
 * @param start       offset of the first character (UTF-16 units)
 * @param end         offset one past the last character
 * @param capitalized whether the surface form starts with an upper-case letter
 * @param upper       whether the surface form is all upper-case (US, UK, RDC)
 */
public record Token(String term, int start, int end, boolean capitalized, boolean upper) {
}
