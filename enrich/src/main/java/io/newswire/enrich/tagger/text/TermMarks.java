package io.newswire.enrich.tagger.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For every interned term ({@link Terms}), one bit per kind of gazetteer a phrase of which the term starts (countries,
 * people, titles, cues, triggers, each kind of person word...): the combined per-word mask. A {@link TokenList} copies
 * the mask of each of its tokens when it reads the token's id, and a {@link TokenTrie} of a named kind asks the bit of
 * its kind there before it touches its own tables.
 * <p>
 * Shaped for speed: a text's every word is tried against a dozen gazetteers (countries outside names, people, titles,
 * person words of several kinds, cues, triggers...), and most words start a phrase of none. Each trie's own table of
 * first words is small, but a dozen of them, read at random term ids, do not stay in the core's cache together; the
 * masks of the text's tokens are read in text order from one array, one long per word, so every pass after the first
 * reads a word's bits where the last pass left them. A bit is shared by the tries of one kind in every language (and
 * of every knowledge base loaded in the JVM): a set bit says "may start", and the trie's own table decides.
 */
public final class TermMarks {

    /** At most this many kinds get a bit; a trie of a later kind gets none and walks as every trie did before. */
    private static final int KINDS = 64;

    private static final Map<String, Long> BITS = new LinkedHashMap<>();
    private static volatile long[] marks = new long[1024];

    private TermMarks() {
    }

    /** The bit of the kind of gazetteer {@code kind} ("countries", "titles"), 0 when all bits are taken. */
    public static synchronized long bit(String kind) {
        Long bit = BITS.get(kind);
        if (bit == null) {
            bit = BITS.size() < KINDS ? 1L << BITS.size() : 0L;
            BITS.put(kind, bit);
        }
        return bit;
    }

    /** Records that term {@code id} starts a phrase of a gazetteer of the kind with bit {@code bit} (knowledge-base loading). */
    static synchronized void set(int id, long bit) {
        if (bit == 0 || id < 0) return;
        long[] m = marks;
        if (id >= m.length) m = java.util.Arrays.copyOf(m, Math.max(id + 1, m.length * 2));
        m[id] |= bit;
        marks = m;
    }

    /** The mask of term {@code id}: the bits of the kinds it may start a phrase of; 0 for a term no gazetteer has. */
    static long of(int id) {
        long[] m = marks;
        return id >= 0 && id < m.length ? m[id] : 0L;
    }
}
