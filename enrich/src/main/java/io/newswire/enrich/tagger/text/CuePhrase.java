package io.newswire.enrich.tagger.text;

import java.util.List;

/**
 * The folded terms of a cue phrase, the last one possibly a prefix ("negoci*"), compiled once so that a token is
 * checked by its interned term id (or, for a prefix, by startsWith) instead of by comparing strings.
 */
public final class CuePhrase {

    private final int[] ids;            // interned id of each exact term
    private final String[] stems;       // the prefix of a wildcard term, null for an exact one

    public CuePhrase(String[] terms) {
        ids = new int[terms.length];
        stems = new String[terms.length];
        for (int k = 0; k < terms.length; k++) {
            String term = terms[k];
            if (term.endsWith("*")) stems[k] = term.substring(0, term.length() - 1);
            else ids[k] = Terms.intern(term);
        }
    }

    public int length() {
        return ids.length;
    }

    /** Whether term {@code k} of the phrase matches token {@code t}; {@code ids} is null when the list has none. */
    public boolean matches(int k, List<Token> tokens, TokenList ids, int t) {
        String stem = stems[k];
        if (stem != null) return tokens.get(t).term().startsWith(stem);
        return (ids != null ? ids.termId(t) : Terms.of(tokens.get(t).term())) == this.ids[k];
    }
}
