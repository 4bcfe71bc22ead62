package io.newswire.enrich.tagger.text;

/**
 * Finds the words of a text written in Latin letters as Lucene's StandardTokenizer does (the word rules of Unicode's
 * UAX #29), for the few classes of characters such a text holds: letters of the Latin blocks (U+0041 to U+024F),
 * the digits 0-9, blanks and punctuation that only part words, and the characters that join two letters or two digits
 * ('.', the apostrophes ' ’ ‘ between letters or digits: "U.S", "l'Elysée", "3.5"; ',' between digits: "1,000").
 * A text with any other character (a colon or a semicolon between two letters or digits, '_', a combining accent, a
 * soft hyphen, a narrow no-break space, another script...) is not read here: {@link #scan} says so and the caller
 * reads it with Lucene's scanner, as every text was read before.
 * <p>
 * Shaped for speed: Lucene's scanner runs a state machine over a table of character classes for every character and
 * refills its buffer from a reader every 255 characters; the texts of wires are Latin and need none of its rules but
 * these, read here in one pass over the text's characters: tokenizing took a fifth of tagging, the scanner half of it.
 */
final class LatinWords {

    // JOINS_BOTH: MidNumLet and Single_Quote; JOINS_DIGITS: the comma (MidNum); UNSURE_*: a join left to Lucene's scanner
    static final byte UNREAD = 0, LETTER = 1, DIGIT = 2, JOINS_BOTH = 3, JOINS_DIGITS = 4, UNSURE_LETTERS = 5, UNSURE_DIGITS = 6, BREAK = 7;

    /** A text with a word longer than this is left to Lucene's scanner, which cuts a word at its buffer's 255 characters. */
    static final int LONGEST = 200;

    private static final byte[] CLASS = new byte[0x250];

    static {
        for (int c = 0; c < 0x80; c++) CLASS[c] = BREAK;          // blanks, controls, punctuation that only parts words
        for (int c = 'a'; c <= 'z'; c++) CLASS[c] = LETTER;
        for (int c = 'A'; c <= 'Z'; c++) CLASS[c] = LETTER;
        for (int c = '0'; c <= '9'; c++) CLASS[c] = DIGIT;
        CLASS['.'] = JOINS_BOTH;            // MidNumLet
        CLASS['\''] = JOINS_BOTH;           // Single_Quote, read as MidNumLet
        CLASS[','] = JOINS_DIGITS;          // MidNum
        CLASS[';'] = UNSURE_DIGITS;         // MidNum
        CLASS[':'] = UNSURE_LETTERS;        // MidLetter
        CLASS['_'] = UNREAD;                // ExtendNumLet
        for (char c : new char[]{'\u00A0', '\u00A3', '\u00A7', '\u00A9', '\u00AB', '\u00B0', '\u00BB'}) CLASS[c] = BREAK;
        for (int c = 0xC0; c < 0x250; c++) if (Character.isLetter(c)) CLASS[c] = LETTER;     // not × nor ÷
    }

    private LatinWords() {
    }

    static byte classOf(char c) {
        if (c < 0x250) return CLASS[c];
        return switch (c) {
            case '\u2018', '\u2019' -> JOINS_BOTH;                                   // MidNumLet
            case '\u201C', '\u201D', '\u2013', '\u2014', '\u2026', '\u20AC', '\u2022' -> BREAK;
            default -> UNREAD;
        };
    }

    /**
     * The words of {@code chars[0, length)} as pairs (start, end) in {@code spans} (grown as needed, returned), the number
     * of words in {@code count[0]}; null when the text holds a character or a join read only by Lucene's scanner, or a
     * word longer than {@link #LONGEST}.
     */
    static int[] scan(char[] chars, int length, int[] spans, int[] count) {
        int n = 0;
        int i = 0;
        while (i < length) {
            byte k = classOf(chars[i]);
            if (k == UNREAD) return null;
            if (k != LETTER && k != DIGIT) {
                i++;
                continue;
            }
            int start = i;
            byte last = k;
            i++;
            while (i < length) {
                byte c = classOf(chars[i]);
                if (c == LETTER || c == DIGIT) {
                    last = c;
                    i++;
                    continue;
                }
                if (c == UNREAD) return null;
                if (c != BREAK && i + 1 < length) {
                    byte next = classOf(chars[i + 1]);
                    if (next == UNREAD) return null;
                    boolean letters = last == LETTER && next == LETTER;
                    boolean digits = last == DIGIT && next == DIGIT;
                    if ((letters && c == UNSURE_LETTERS) || (digits && c == UNSURE_DIGITS)) return null;   // "a:b", "1;2": left to Lucene
                    if ((letters || digits) && (c == JOINS_BOTH || (digits && c == JOINS_DIGITS))) {
                        i += 2;
                        continue;
                    }
                }
                break;
            }
            if (i - start > LONGEST) return null;
            if (2 * n + 2 > spans.length) spans = java.util.Arrays.copyOf(spans, spans.length * 2 + 2);
            spans[2 * n] = start;
            spans[2 * n + 1] = i;
            n++;
        }
        count[0] = n;
        return spans;
    }
}
