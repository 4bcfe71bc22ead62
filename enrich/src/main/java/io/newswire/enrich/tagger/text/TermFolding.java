package io.newswire.enrich.tagger.text;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Folds a token's characters exactly as Lucene's ASCIIFoldingFilter then LowerCaseFilter do, in one pass over a table
 * that those two build once per character: the filters' per-token switch and attribute work was a fifth of tagging.
 */
final class TermFolding {

    private static final char[] SINGLE = new char[Character.MAX_VALUE + 1];     // the one character c folds to
    private static final char[][] EXPANDED = new char[Character.MAX_VALUE + 1][];   // when c folds to several ("œ" -> "oe")

    static {
        char[] in = new char[1];
        char[] out = new char[4];       // ASCIIFoldingFilter writes at most four characters for one
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                SINGLE[c] = (char) c;       // neither folded nor lower-cased alone: a pair is lower-cased as one code point
                continue;
            }
            in[0] = (char) c;
            int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1);
            for (int k = 0; k < length; k++) out[k] = lower(out[k]);
            if (length == 1) SINGLE[c] = out[0];
            else EXPANDED[c] = java.util.Arrays.copyOf(out, length);
        }
    }

    private TermFolding() {
    }

    /**
     * Folds {@code term[0, length)} into {@code into} (at least four times {@code length} long) and returns the folded
     * length.
     */
    static int fold(char[] term, int length, char[] into) {
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = term[i];
            if (c < 0x80) {
                into[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(term[i + 1])) {
                n += Character.toChars(Character.toLowerCase(Character.toCodePoint(c, term[++i])), into, n);
            } else {
                n = foldOne(c, into, n);
            }
        }
        return n;
    }

    /** Folds the one character {@code c} (no surrogate) into {@code into} at {@code n}; returns the folded length after it. */
    static int foldOne(char c, char[] into, int n) {
        char[] expanded = EXPANDED[c];
        if (expanded == null) {
            into[n] = SINGLE[c];
            return n + 1;
        }
        System.arraycopy(expanded, 0, into, n, expanded.length);
        return n + expanded.length;
    }

    private static char lower(char c) {
        int lower = Character.toLowerCase((int) c);
        if (lower > Character.MAX_VALUE) throw new IllegalStateException("lower case of U+" + Integer.toHexString(c) + " is beyond 16 bits");
        return (char) lower;
    }
}
