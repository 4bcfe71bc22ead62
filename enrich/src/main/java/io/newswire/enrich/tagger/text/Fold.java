package io.newswire.enrich.tagger.text;

import java.text.Normalizer;
import java.util.Locale;

/** Accent-free lower case, the form in which the knowledge base and the gold "match" strings compare. */
public final class Fold {

    private Fold() {
    }

    public static String fold(String s) {
        if (isAscii(s)) return s.toLowerCase(Locale.ROOT);  // nothing to decompose, no marks, no curly apostrophe
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) continue;                         // combining accents left by the decomposition
            b.appendCodePoint(c == '\u2019' ? '\'' : c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        return isAscii(s, 0, s.length());
    }

    /** Whether s[from, to) is ASCII only: its fold is its lower case, as long as it is. */
    static boolean isAscii(String s, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
