package io.newswire.enrich.tagger.text;

/**
 * Where a sentence ends, by the rules of the JDK's sentence BreakIterator (its {@code SentenceBreakRules}), read in one
 * pass over the characters: a terminator ("!", "?") ends a sentence after any further terminators, periods, closing
 * punctuation and spaces; a period ends one when, after further periods and closing punctuation, spaces lead to a letter
 * that is not lower-case, or optional spaces lead to opening punctuation or a symbol followed by a letter; a paragraph
 * separator, or a danda and its spaces, always does. Marks and format characters are transparent. The BreakIterator
 * itself read every character through a CharacterIterator and a state table: a tenth of all tagging.
 */
final class SentenceBreaks {

    private static final short SPACE = 1, TERM = 2, PERIOD = 4, START = 8, END = 16, LOWER = 32, NOT_LOWER = 64,
            SENT_START = 128, IGNORE = 256, PARAGRAPH = 512, DANDA = 1024;
    private static final short[] CLASSES = new short[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) CLASSES[c] = classify((char) c);
    }

    private SentenceBreaks() {
    }

    /** The end of the sentence that starts at {@code from} in {@code chars[from, to)}: {@code to} when no rule ends it before. */
    static int next(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = CLASSES[chars[i]];
            if ((c & PARAGRAPH) != 0) return i + 1;
            if ((c & (TERM | DANDA)) != 0) {
                int end = skip(chars, i + 1, to, (c & TERM) != 0 ? TERM | PERIOD | END : 0);
                return skip(chars, end, to, SPACE);
            }
            if ((c & PERIOD) != 0) {
                int afterPunctuation = skip(chars, i + 1, to, PERIOD | END);
                int next = skip(chars, afterPunctuation, to, SPACE);
                if (next == to) continue;
                if (next > afterPunctuation && (CLASSES[chars[next]] & NOT_LOWER) != 0) return next;
                int opening = skip(chars, next, to, START | SENT_START);
                if (opening > next && opening < to && (CLASSES[chars[opening]] & (LOWER | NOT_LOWER)) != 0) return next;
            }
        }
        return to;
    }

    /** The first index at or after {@code i} whose character is none of {@code classes} (marks and format characters skipped). */
    private static int skip(char[] chars, int i, int to, int classes) {
        while (i < to && (CLASSES[chars[i]] & (classes | IGNORE)) != 0) i++;
        return i;
    }

    private static short classify(char c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) return IGNORE;
        if (c == '\u2029') return PARAGRAPH;
        if (c == '\u0964' || c == '\u0965') return DANDA;
        if (c == '\t' || c == '\r' || c == '\f' || c == '\n' || c == '\u2028' || type == Character.SPACE_SEPARATOR) return SPACE;
        if (c == '!' || c == '?' || c == '\u3002' || c == '\uff01' || c == '\uff1f') return TERM;
        if (c == '.' || c == '\uff0e') return PERIOD;
        if (c == '"' || c == '\'') return START | END;
        if (type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION) return START;
        if (type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION) return END;
        if (Character.isLetter(c)) return Character.isLowerCase(c) ? LOWER : NOT_LOWER;
        if (c == ',' || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER) return 0;
        return SENT_START;
    }
}
