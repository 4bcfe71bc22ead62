package io.newswire.enrich.tagger.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a body into sentences by the JDK's sentence rules ({@link SentenceBreaks}), then re-joins the breaks made after
 * abbreviations ("U.S.", "M.", "Mr.", initials) listed in kb/lexicon/abbreviations.tsv. Line breaks always end a sentence.
 */
public final class SentenceSplitter {

    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(\\p{L}\\.)+\\p{L}");
    private final Set<String> abbreviations;   // folded, without the final dot: "u.s", "m", "mr"
    private final int longestAbbreviation;     // an ASCII word longer than this (and than an initial) is none: no folding

    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
        this.longestAbbreviation = abbreviations.stream().mapToInt(String::length).max().orElse(0);
    }

    public List<Sentence> split(String body, List<Token> tokens) {
        List<int[]> spans = new ArrayList<>();
        char[] chars = body.toCharArray();
        int lineStart = 0;
        while (lineStart < body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = body.length();
            splitLine(body, chars, lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }
        List<Sentence> sentences = new ArrayList<>(spans.size());
        int t = 0;
        for (int[] span : spans) {
            while (t < tokens.size() && tokens.get(t).start() < span[0]) t++;
            int first = t;
            while (t < tokens.size() && tokens.get(t).start() < span[1]) t++;
            if (t == first) continue;                      // punctuation only
            sentences.add(new Sentence(sentences.size(), span[0], span[1], first, t));
        }
        return sentences;
    }

    private void splitLine(String body, char[] chars, int from, int to, List<int[]> spans) {
        int pendingStart = -1;
        for (int start = from, end; start < to; start = end) {
            end = SentenceBreaks.next(chars, start, to);
            if (pendingStart < 0) pendingStart = start;
            if (end != to && endsWithAbbreviation(body, pendingStart, end)) continue;
            addTrimmed(body, pendingStart, end, spans);
            pendingStart = -1;
        }
        if (pendingStart >= 0) addTrimmed(body, pendingStart, to, spans);
    }

    private boolean endsWithAbbreviation(String body, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(body.charAt(e - 1))) e--;
        if (e == start || body.charAt(e - 1) != '.') return false;
        int w = e - 1;
        while (w > start && !Character.isWhitespace(body.charAt(w - 1)) && body.charAt(w - 1) != '(' && body.charAt(w - 1) != '"') w--;
        if (e - 1 - w > Math.max(1, longestAbbreviation) && Fold.isAscii(body, w, e - 1)) return false;   // folding keeps an ASCII word's length
        String word = Fold.fold(body.substring(w, e - 1));
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return true;   // an initial: "George W. Bush"
        if (word.indexOf('.') > 0 && INITIALS.matcher(word).matches()) return true;   // no dot inside, no initials                           // initials joined by dots: "George H.W. Bush"
        return abbreviations.contains(word);
    }

    private static void addTrimmed(String body, int start, int end, List<int[]> spans) {
        while (start < end && Character.isWhitespace(body.charAt(start))) start++;
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) end--;
        if (end > start) spans.add(new int[]{start, end});
    }
}
