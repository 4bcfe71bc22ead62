package io.newswire.enrich.tagger.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Interns the folded terms of every gazetteer to small int ids, so that a token is hashed once when it is read and
 * the tries then walk on ints. Ids only grow; a term no gazetteer knows has id {@link #UNKNOWN}. Lookups read a
 * compact open-addressing snapshot (two arrays), rebuilt after the knowledge base added terms.
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

    /** As {@link #of(char[], int, int)}, with the term's String hash already computed by the caller. */
    static int of(char[] chars, int from, int to, int hash) {
        Snapshot s = snapshot;
        if (s == null) s = rebuild();
        return s.of(chars, from, to, hash);
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
        // per slot, side by side, the term's hash and id + 1 (0 where free): eight bytes, so the table of a few thousand
        // terms stays in the core's cache; where a term's characters start in the pool is read only when the hash agrees
        private static final int HASH = 0, ID = 1, STRIDE = 2;

        final int[] table;
        final int mask;             // slots - 1
        final char[] pool;          // all terms' characters, side by side: compared without touching the Strings
        final int[] starts;         // by id, where its characters start in the pool; then id + 1 where they end
        final String[] terms;       // by id: the tokens of a text share them instead of copying their characters

        Snapshot(ConcurrentHashMap<String, Integer> ids) {
            int capacity = Integer.highestOneBit(Math.max(16, ids.size() * 2)) << 1;     // at most half full: 128 KB for 8k terms
            mask = capacity - 1;
            table = new int[capacity * STRIDE];
            terms = new String[ids.size()];
            ids.forEach((term, id) -> terms[id] = term);
            starts = new int[terms.length + 1];
            for (int id = 0; id < terms.length; id++) starts[id + 1] = starts[id] + terms[id].length();
            pool = new char[starts[terms.length]];
            for (int id = 0; id < terms.length; id++) {
                String term = terms[id];
                term.getChars(0, term.length(), pool, starts[id]);
                int h = term.hashCode();
                int i = mix(h) & mask;
                while (table[i * STRIDE + ID] != 0) i = (i + 1) & mask;
                table[i * STRIDE + HASH] = h;
                table[i * STRIDE + ID] = id + 1;
            }
        }

        int of(String term) {
            int h = term.hashCode();
            int length = term.length();
            for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
                int slot = i * STRIDE;
                int id = table[slot + ID];
                if (id == 0) return UNKNOWN;
                if (table[slot + HASH] == h && starts[id] - starts[id - 1] == length && same(starts[id - 1], term, length)) return id - 1;
            }
        }

        int of(char[] chars, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) h = 31 * h + chars[i];
            return of(chars, from, to, h);
        }

        int of(char[] chars, int from, int to, int h) {
            int length = to - from;
            for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
                int slot = i * STRIDE;
                int id = table[slot + ID];
                if (id == 0) return UNKNOWN;
                if (table[slot + HASH] == h && starts[id] - starts[id - 1] == length && same(starts[id - 1], chars, from, length)) return id - 1;
            }
        }

        private boolean same(int start, char[] chars, int from, int length) {
            for (int k = 0; k < length; k++) if (pool[start + k] != chars[from + k]) return false;
            return true;
        }

        private boolean same(int start, String term, int length) {
            for (int k = 0; k < length; k++) if (pool[start + k] != term.charAt(k)) return false;
            return true;
        }

        private static int mix(int h) {
            h = (h ^ (h >>> 16)) * 0x85EBCA6B;
            return h ^ (h >>> 13);
        }
    }
}
