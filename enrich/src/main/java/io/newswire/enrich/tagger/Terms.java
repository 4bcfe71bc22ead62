package io.newswire.enrich.tagger;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Interns the folded terms of every gazetteer to small int ids, so that a token is hashed once when it is read and
 * the tries then walk on ints. Ids only grow; a term no gazetteer knows has id {@link #UNKNOWN}. Lookups read a
 * compact open-addressing snapshot (two arrays), rebuilt after the knowledge base added terms.
 */
final class Terms {

    static final int UNKNOWN = -1;

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static volatile Snapshot snapshot;

    private Terms() {
    }

    /** The id of a gazetteer term, assigned on first sight (knowledge-base loading only). */
    static int intern(String term) {
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
    static int of(String term) {
        Snapshot s = snapshot;
        if (s == null) s = rebuild();
        return s.of(term);
    }

    /** The id of the term held in {@code chars[from, to)}, hashed as String.hashCode does, without making a String. */
    static int of(char[] chars, int from, int to) {
        Snapshot s = snapshot;
        if (s == null) s = rebuild();
        return s.of(chars, from, to);
    }

    private static Snapshot rebuild() {
        synchronized (IDS) {
            Snapshot s = snapshot;
            if (s == null) snapshot = s = new Snapshot(IDS);
            return s;
        }
    }

    private static final class Snapshot {
        final int[] slots;          // id + 1, 0 where free
        final int[] hashes;
        final String[] terms;       // by id
        final char[] pool;          // all terms' characters, side by side: compared without touching the Strings
        final int[] starts;         // by id, into pool; starts[id + 1] ends it

        Snapshot(ConcurrentHashMap<String, Integer> ids) {
            int capacity = Integer.highestOneBit(Math.max(16, ids.size() * 3)) << 1;
            slots = new int[capacity];
            hashes = new int[capacity];
            terms = new String[ids.size()];
            ids.forEach((term, id) -> terms[id] = term);
            starts = new int[terms.length + 1];
            for (int id = 0; id < terms.length; id++) starts[id + 1] = starts[id] + terms[id].length();
            pool = new char[starts[terms.length]];
            for (int id = 0; id < terms.length; id++) terms[id].getChars(0, terms[id].length(), pool, starts[id]);
            ids.forEach((term, id) -> {
                int h = term.hashCode();
                int i = mix(h) & (capacity - 1);
                while (slots[i] != 0) i = (i + 1) & (capacity - 1);
                slots[i] = id + 1;
                hashes[i] = h;
            });
        }

        int of(String term) {
            int h = term.hashCode();
            int mask = slots.length - 1;
            for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
                int slot = slots[i];
                if (slot == 0) return UNKNOWN;
                if (hashes[i] == h && terms[slot - 1].equals(term)) return slot - 1;
            }
        }

        int of(char[] chars, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) h = 31 * h + chars[i];
            int mask = slots.length - 1;
            for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
                int slot = slots[i];
                if (slot == 0) return UNKNOWN;
                if (hashes[i] == h && same(slot - 1, chars, from, to)) return slot - 1;
            }
        }

        private boolean same(int id, char[] chars, int from, int to) {
            int start = starts[id];
            if (starts[id + 1] - start != to - from) return false;
            for (int i = from; i < to; i++) if (pool[start + i - from] != chars[i]) return false;
            return true;
        }

        private static int mix(int h) {
            return h ^ (h >>> 16) * 0x85EBCA6B;
        }
    }
}
