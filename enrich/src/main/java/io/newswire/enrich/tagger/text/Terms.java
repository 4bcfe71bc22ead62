package io.newswire.enrich.tagger.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Interns the folded terms of every gazetteer to small int ids, so that a token is hashed once when it is read and
 * the tries then walk on ints. Ids only grow; a term no gazetteer knows has id {@link #UNKNOWN}. Lookups read a
 * compact open-addressing snapshot ({@link Snapshot}), rebuilt after the knowledge base added terms.
 */
public final class Terms {

    public static final int UNKNOWN = -1;

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static volatile Snapshot snapshot;

    private Terms() {
    }

    /** The id of a gazetteer term, assigned on first sight (knowledge-base loading only). */
    public static int intern(String term) {
        Integer id = IDS.get(term);
        if (id != null) return id;
        synchronized (IDS) {
            id = IDS.get(term);
            if (id == null) {
                id = IDS.size();
                IDS.put(term, id);
                snapshot = null;
            }
            return id;
        }
    }

    /** The id of a term of the text, or UNKNOWN when no gazetteer has it. */
    public static int of(String term) {
        Snapshot s = snapshot;
        if (s == null) s = rebuild();
        return s.of(term);
    }

    /** The id of token {@code at}'s term: read from a {@link TokenList}, which holds it, else looked up. */
    public static int of(java.util.List<Token> tokens, int at) {
        return tokens instanceof TokenList l ? l.termId(at) : of(tokens.get(at).term());
    }

    /** The id of the term held in {@code chars[from, to)}, hashed as String.hashCode does, without making a String. */
    public static int of(char[] chars, int from, int to) {
        Snapshot s = snapshot;
        if (s == null) s = rebuild();
        return s.of(chars, from, to);
    }

    /** The term of an id that {@link #of} or {@link #intern} gave. */
    public static String term(int id) {
        Snapshot s = snapshot;
        if (s == null || id >= s.terms.length) s = rebuild();
        return s.terms[id];
    }

    private static Snapshot rebuild() {
        synchronized (IDS) {
            Snapshot s = snapshot;
            if (s == null) snapshot = s = new Snapshot(IDS);
            return s;
        }
    }

    private static final class Snapshot {
        // per slot, sixteen bytes side by side: the term's hash and id + 1 (0 where free), then its length and either
        // its characters, when it has at most SHORT of them, or where they start in the pool. Shaped for speed: a text's
        // every token is looked up here and most are short known words ("de", "la", "the"), whose lookup then reads one
        // slot only; the table of 12k terms is bigger than the core's cache, and a lookup that read the slot, a table of
        // where each term starts and the pool paid three reads out of it (a tenth of tagging)
        private static final int SHORT = 3;
        private static final int LENGTH_SHIFT = 48;
        private static final long LOW = (1L << LENGTH_SHIFT) - 1;

        final long[] table;
        final int mask;             // slots - 1
        final char[] pool;          // the longer terms' characters, side by side: compared without touching the Strings
        final String[] terms;       // by id: the tokens of a text share them instead of copying their characters

        Snapshot(ConcurrentHashMap<String, Integer> ids) {
            int capacity = Integer.highestOneBit(Math.max(16, ids.size() * 2)) << 1;     // at most half full
            mask = capacity - 1;
            table = new long[capacity * 2];
            terms = new String[ids.size()];
            ids.forEach((term, id) -> terms[id] = term);
            int chars = 0;
            for (String term : terms) if (term.length() > SHORT) chars += term.length();
            pool = new char[chars];
            int start = 0;
            for (int id = 0; id < terms.length; id++) {
                String term = terms[id];
                if (term.length() > 0xFFFF) throw new IllegalStateException("term of " + term.length() + " characters");
                long content;
                if (term.length() > SHORT) {
                    term.getChars(0, term.length(), pool, start);
                    content = start;
                    start += term.length();
                } else {
                    content = 0;
                    for (int k = 0; k < term.length(); k++) content |= (long) term.charAt(k) << (16 * k);
                }
                int h = term.hashCode();
                int i = mix(h) & mask;
                while (table[i * 2] != 0) i = (i + 1) & mask;
                table[i * 2] = (long) h << 32 | (id + 1);
                table[i * 2 + 1] = (long) term.length() << LENGTH_SHIFT | content;
            }
        }

        int of(String term) {
            int h = term.hashCode();
            int length = term.length();
            for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
                long head = table[i * 2];
                if (head == 0) return UNKNOWN;
                if ((int) (head >>> 32) != h) continue;
                long body = table[i * 2 + 1];
                if ((int) (body >>> LENGTH_SHIFT) == length && same(body, term, length)) return (int) head - 1;
            }
        }

        int of(char[] chars, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) h = 31 * h + chars[i];
            int length = to - from;
            for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
                long head = table[i * 2];
                if (head == 0) return UNKNOWN;
                if ((int) (head >>> 32) != h) continue;
                long body = table[i * 2 + 1];
                if ((int) (body >>> LENGTH_SHIFT) == length && same(body, chars, from, length)) return (int) head - 1;
            }
        }

        /** Whether the slot's term (of {@code length} characters, as the slot says) is chars[from, from + length). */
        private boolean same(long body, char[] chars, int from, int length) {
            if (length <= SHORT) {
                for (int k = 0; k < length; k++) if ((char) (body >>> (16 * k)) != chars[from + k]) return false;
                return true;
            }
            int start = (int) (body & LOW);
            for (int k = 0; k < length; k++) if (pool[start + k] != chars[from + k]) return false;
            return true;
        }

        private boolean same(long body, String term, int length) {
            if (length <= SHORT) {
                for (int k = 0; k < length; k++) if ((char) (body >>> (16 * k)) != term.charAt(k)) return false;
                return true;
            }
            int start = (int) (body & LOW);
            for (int k = 0; k < length; k++) if (pool[start + k] != term.charAt(k)) return false;
            return true;
        }

        private static int mix(int h) {
            h = (h ^ (h >>> 16)) * 0x85EBCA6B;
            return h ^ (h >>> 13);
        }
    }
}
