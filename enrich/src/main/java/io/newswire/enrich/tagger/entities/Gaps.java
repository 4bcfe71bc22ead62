package io.newswire.enrich.tagger.entities;

import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Token;

/** What stands between two tokens of the body: a blank, a hyphen, a possessive "'s", a comma. */
final class Gaps {

    private Gaps() {
    }

    /** The characters between token i and token i + 1 ("" past the end). */
    static String after(AnalyzedText text, int i) {
        if (i < 0 || i + 1 >= text.tokens().size()) return null;
        return text.body().substring(text.tokens().get(i).end(), text.tokens().get(i + 1).start());
    }

    /** Whether tokens i and i + 1 belong to one phrase: only blanks, a hyphen, a possessive or an abbreviation's dot between them. */
    static boolean joined(AnalyzedText text, int i) {
        String gap = after(text, i);
        if (gap == null) return false;
        String rest = stripElision(stripPossessive(gap));
        if (rest.isBlank() || rest.equals("-")) return !rest.contains("\n\n");
        return rest.startsWith(".") && rest.substring(1).isBlank() && abbreviation(text.tokens().get(i));
    }

    /** Whether two words of one name: blanks on one line, a hyphen, or the dot of an initial ("George W. Bush"). */
    static boolean inName(AnalyzedText text, int i) {
        String gap = after(text, i);
        if (gap == null) return false;
        if (gap.equals("-") || gap.equals("\u2010")) return true;
        if (!gap.isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0) return true;
        if (elidedParticle(gap)) return true;                              // "Valéry Giscard d'Estaing"
        return gap.startsWith(".") && gap.substring(1).isBlank() && gap.indexOf('\n') < 0 && initials(text.tokens().get(i).term());
    }

    /** An initial ("w") or initials written together ("h.w", of "George H.W. Bush"). */
    private static boolean initials(String term) {
        return term.length() == 1 || term.matches("\\p{L}(\\.\\p{L})+");
    }

    /** Blanks then the elided particle "d'" of a name ("Giscard d'Estaing"), which the tokenizer drops as an elision. */
    private static boolean elidedParticle(String gap) {
        int n = gap.length();
        if (n < 3 || gap.indexOf('\n') >= 0) return false;
        char apostrophe = gap.charAt(n - 1);
        return (apostrophe == '\'' || apostrophe == '\u2019') && (gap.charAt(n - 2) == 'd' || gap.charAt(n - 2) == 'D')
                && gap.substring(0, n - 2).isBlank();
    }

    /** Whether a comma (and blanks) stands between token i and i + 1. */
    static boolean comma(AnalyzedText text, int i) {
        String gap = after(text, i);
        return gap != null && stripPossessive(gap).trim().equals(",");
    }

    /** Whether a comma or an opening parenthesis stands between token i and i + 1: "Name, the role" or "Name (the role)". */
    static boolean opensApposition(AnalyzedText text, int i) {
        String gap = after(text, i);
        if (gap == null) return false;
        String g = stripElision(stripPossessive(gap)).trim();
        return g.equals(",") || g.equals("(");
    }

    /** Whether token i ends with a possessive ("Raisi's", "Russia's"); the tokenizer has dropped the "'s". */
    static boolean possessive(AnalyzedText text, int i) {
        int end = text.tokens().get(i).end();
        String body = text.body();
        return end < body.length() && (body.charAt(end) == '\'' || body.charAt(end) == '\u2019');
    }

    /** The word elided before token i ("l" in "l'ambassadeur"), folded, or null. */
    static String elidedBefore(AnalyzedText text, int i) {
        int start = text.tokens().get(i).start();
        String body = text.body();
        if (start < 2 || (body.charAt(start - 1) != '\'' && body.charAt(start - 1) != '\u2019')) return null;
        int from = start - 1;
        while (from > 0 && Character.isLetter(body.charAt(from - 1))) from--;
        return from == start - 1 ? null : body.substring(from, start - 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a sentence-ending or clause mark, or nothing, follows token i: where a name may stop. */
    static boolean endsClause(AnalyzedText text, int i) {
        String gap = after(text, i);
        if (gap == null) return true;
        String g = gap.trim();
        return !g.isEmpty() && ",.;:)(\u2014\u2013\"\u201d\u00bb".indexOf(g.charAt(0)) >= 0;
    }

    private static String stripPossessive(String gap) {
        if (gap.startsWith("'s") || gap.startsWith("\u2019s")) return gap.substring(2);
        if (gap.startsWith("'") || gap.startsWith("\u2019")) return gap.substring(1);
        return gap;
    }

    /** The gap without the word elided before the next token (" d'" of "présidente d'une"). */
    private static String stripElision(String gap) {
        int end = gap.length();
        if (end < 2 || (gap.charAt(end - 1) != '\'' && gap.charAt(end - 1) != '\u2019')) return gap;
        int from = end - 1;
        while (from > 0 && Character.isLetter(gap.charAt(from - 1))) from--;
        return from < end - 1 && (from == 0 || Character.isWhitespace(gap.charAt(from - 1))) ? gap.substring(0, from) : gap;
    }

    private static boolean abbreviation(Token t) {
        return t.upper() || t.term().length() == 1 || t.term().contains(".");
    }
}
