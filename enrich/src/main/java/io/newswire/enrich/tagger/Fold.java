package io.newswire.enrich.tagger;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Accent-free lower case, the form in which the knowledge base and the gold "match" strings compare. */
public final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    public static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
}
