package io.newswire.enrich.tagger.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gazetteer of multi-word phrases keyed by folded token sequences; finds the longest phrase starting at a token.
 * A phrase token ending in '*' matches any token with that prefix ("telephon*"). No regular expression per entry.
 * Exact terms are interned to int ids ({@link Terms}): a walk over a {@link TokenList} hashes no string.
 * <p>
 * Shaped for speed: most walks that pass a phrase's first word stop at the second ("a" of "a rencontré" before
 * "déclaré", "the" of a cue before any noun), and the second word's test read the first word's node and its table of
 * children, out of the core's cache. So each trie also keeps one bit per (first word, second word) pair of its phrases,
 * in a table small enough to stay cached: a clear bit stops the walk without touching a node.
 */
public final class TokenTrie<V> {

    /** A phrase found in the text: tokens [start, end) and what the phrase stands for. */
    public record Match<V>(int start, int end, List<V> values) {
    }

    private static final class Node<V> {
        int[] keys;                 // open addressing on term ids, EMPTY where free
        Node<V>[] children;
        int childCount;
        List<Map.Entry<String, Node<V>>> prefixes;
        List<V> values;

        Node<V> child(int id) {
            if (keys == null || id < 0) return null;
            int mask = keys.length - 1;
            for (int i = mix(id) & mask; ; i = (i + 1) & mask) {
                int k = keys[i];
                if (k == id) return children[i];
                if (k == EMPTY) return null;
            }
        }

        @SuppressWarnings("unchecked")
        Node<V> addChild(int id) {
            Node<V> known = child(id);
            if (known != null) return known;
            if (keys == null || (childCount + 1) * 2 > keys.length) {
                int[] oldKeys = keys;
                Node<V>[] oldChildren = children;
                int capacity = keys == null ? 2 : keys.length * 2;
                keys = new int[capacity];
                java.util.Arrays.fill(keys, EMPTY);
                children = new Node[capacity];
                if (oldKeys != null) {
                    for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != EMPTY) put(oldKeys[i], oldChildren[i]);
                }
            }
            Node<V> c = new Node<>();
            put(id, c);
            childCount++;
            return c;
        }

        private void put(int id, Node<V> node) {
            int mask = keys.length - 1;
            int i = mix(id) & mask;
            while (keys[i] != EMPTY) i = (i + 1) & mask;
            keys[i] = id;
            children[i] = node;
        }

        private static int mix(int id) {
            return id * 0x9E3779B9 >>> 7;
        }
    }

    private static final int EMPTY = Integer.MIN_VALUE;

    private final Node<V> root = new Node<>();
    // the bit of this trie's kind in the tokens' masks ({@link TermMarks}), 0 for a trie of no kind (the overlay's people)
    private final long mark;
    private long gate;              // the mark while no prefix form stands at the root ("telephon*" may start any word), else 0
    @SuppressWarnings("unchecked")
    private Node<V>[] firstTerms = new Node[0];     // the root's exact children by term id: most tokens start no phrase
    // which term ids start a phrase, one bit each: a few hundred bytes per trie stay in the core's cache while the
    // text's every token is tried against a dozen tries, where their tables of children would not
    private long[] firstBits = new long[0];
    // which term ids stand after a phrase's first word: a walk stops on any other word without touching a node
    private long[] laterBits = new long[0];
    // one bit per hash of a phrase's first two term ids, set for every such pair (false hits only, never a miss);
    // about one pair in PAIR_SPREAD bits, so that a pair no phrase has finds a clear bit most times
    private static final int PAIR_SPREAD = 8;
    private long[] pairBits = new long[8];
    private int pairs;
    private int size;
    private boolean hasPrefixes;     // without '*' forms a walk follows a single path

    /** A trie of no kind: its walks read its own table of first words (a trie built while running, the overlay's people). */
    public TokenTrie() {
        this.mark = 0L;
    }

    /**
     * A trie of the kind of gazetteer {@code kind} ("countries", "titles"): its first words are marked in the tokens'
     * masks ({@link TermMarks}), which a walk over a {@link TokenList} reads first.
     */
    public TokenTrie(String kind) {
        this.mark = TermMarks.bit(kind);
        this.gate = mark;
    }

    /** Whether no phrase of this trie starts at token {@code at} of the list, read in the token's mask alone. */
    private boolean unmarked(TokenList tokens, int at) {
        return gate != 0 && (tokens.marks(at) & gate) == 0;
    }

    public void add(String[] terms, V value) {
        if (terms.length == 0) return;
        Node<V> node = root;
        for (String term : terms) node = child(node, term);
        if (terms.length > 1 && !isPrefix(terms[0]) && !isPrefix(terms[1])) addPair(Terms.intern(terms[0]), Terms.intern(terms[1]));
        if (node.values == null) node.values = new ArrayList<>(1);
        if (!node.values.contains(value)) {
            node.values.add(value);
            size++;
        }
    }


    public int size() {
        return size;
    }

    /** Whether a phrase may start at token {@code at}: its term, or a prefix of it, starts one. */
    public boolean mayStartAt(List<Token> tokens, int at) {
        if (tokens instanceof TokenList l && unmarked(l, at)) return false;
        int id = tokens instanceof TokenList l ? l.termId(at) : Terms.of(tokens.get(at).term());
        return firstChild(id) != null || hasPrefixes && startsAPrefix(tokens.get(at).term());
    }

    /**
     * Whether a phrase of two words or more may start at token {@code at}: its term starts a phrase that goes on, or a
     * prefix of it starts one. The passes that read a phrase with words put between its own ask this first: most words
     * that start a phrase start only phrases of one word.
     */
    public boolean mayStartLongerAt(List<Token> tokens, int at) {
        if (tokens instanceof TokenList l && unmarked(l, at)) return false;
        if (hasPrefixes && startsAPrefix(tokens.get(at).term())) return true;
        Node<V> node = firstChild(tokens instanceof TokenList l ? l.termId(at) : Terms.of(tokens.get(at).term()));
        return node != null && (node.childCount > 0 || node.prefixes != null);
    }

    /**
     * Whether a phrase may have the terms of tokens {@code at} and {@code next} as its first two words (a false yes at
     * times, never a false no). A pass that reads a phrase across words put between its own asks this before it builds
     * the words it would read: most pairs go on no phrase.
     */
    public boolean mayGoOn(List<Token> tokens, int at, int next) {
        if (hasPrefixes) return true;
        if (tokens instanceof TokenList l && unmarked(l, at)) return false;
        int first = tokens instanceof TokenList l ? l.termId(at) : Terms.of(tokens.get(at).term());
        int second = tokens instanceof TokenList l ? l.termId(next) : Terms.of(tokens.get(next).term());
        return firstChild(first) != null && has(laterBits, second) && hasPair(first, second);
    }

    /** The longest phrase starting at token {@code from} and ending before {@code limit}, or null. */
    public Match<V> longestAt(List<Token> tokens, int from, int limit) {
        // small enough to be compiled into every caller: most words start no phrase, and their mask says so with no call
        if (from >= limit || tokens instanceof TokenList l && unmarked(l, from)) return null;
        return walk(tokens, from, limit);
    }

    /**
     * The longest phrase read on the words at tokens {@code at[0]}, {@code at[1]}, ... {@code at[count - 1]} of the list, in
     * that order (a pass that reads a phrase with the words put between its own left out: a day, a length, names): as
     * {@link #longestAt} on a list of those words, its start and end are indexes into {@code at}. The words are read in
     * place, with the ids and masks the list holds, where a copied list of them carried neither and hashed every term.
     */
    public Match<V> longestAt(List<Token> tokens, int[] at, int count) {
        if (count <= 0 || tokens instanceof TokenList l && unmarked(l, at[0])) return null;
        return walk(tokens, at, 0, count);
    }

    /** {@link #longestAt}, past the mask of the first word. */
    private Match<V> walk(List<Token> tokens, int from, int limit) {
        return walk(tokens, null, from, limit);
    }

    /** The walk on the words at indexes [from, limit) of {@code at} (null: of the list itself); the match is in those indexes. */
    private Match<V> walk(List<Token> tokens, int[] at, int from, int limit) {
        TokenList ids = tokens instanceof TokenList l ? l : null;
        if (!hasPrefixes) {
            int p = at == null ? from : at[from];
            int first = ids != null ? ids.termId(p) : Terms.of(tokens.get(p).term());
            Node<V> node = firstChild(first);
            if (node == null) return null;
            int bestEnd = node.values != null ? from + 1 : -1;
            List<V> bestValues = node.values;
            for (int i = from + 1; i < limit; i++) {
                p = at == null ? i : at[i];
                int id = ids != null ? ids.termId(p) : Terms.of(tokens.get(p).term());
                if (!has(laterBits, id) || (i == from + 1 && !hasPair(first, id))) break;
                node = node.child(id);
                if (node == null) break;
                if (node.values != null) {
                    bestEnd = i + 1;
                    bestValues = node.values;
                }
            }
            return bestValues == null ? null : new Match<>(from, bestEnd, bestValues);
        }
        int p0 = at == null ? from : at[from];
        if (firstChild(ids != null ? ids.termId(p0) : Terms.of(tokens.get(p0).term())) == null && !startsAPrefix(tokens.get(p0).term())) return null;
        Match<V> best = null;
        // depth-first over exact and prefix children; phrases are short, so the branching stays tiny
        List<Node<V>> frontier = List.of(root);
        for (int i = from; i < limit && !frontier.isEmpty(); i++) {
            int pos = at == null ? i : at[i];
            String term = tokens.get(pos).term();
            int id = ids != null ? ids.termId(pos) : Terms.of(term);
            List<Node<V>> next = new ArrayList<>(2);
            for (Node<V> n : frontier) {
                Node<V> c = n.child(id);
                if (c != null) next.add(c);
                if (n.prefixes != null) {
                    for (Map.Entry<String, Node<V>> p : n.prefixes) {
                        if (term.startsWith(p.getKey())) next.add(p.getValue());
                    }
                }
            }
            for (Node<V> n : next) {
                if (n.values != null) {
                    best = new Match<>(from, i + 1, n.values);
                    break;
                }
            }
            frontier = next;
        }
        return best;
    }

    /**
     * The term ids that start a phrase with a value {@code which} accepts, one bit each (read as {@code ids[id >>> 6] & 1L << id});
     * null when a prefix form ("telephon*") starts a phrase, which no set of ids holds. A pass that needs a phrase of a few
     * values somewhere in a sentence ("together", "around" of the particles) reads its words' ids in it first, and skips
     * the sentence when none starts one, instead of walking the trie at every word.
     */
    public long[] firstTermsOf(java.util.function.Predicate<? super V> which) {
        if (root.prefixes != null) return null;
        long[] ids = new long[0];
        for (int id = 0; id < firstTerms.length; id++) {
            if (has(firstBits, id) && holds(firstTerms[id], which)) ids = with(ids, id);
        }
        return ids;
    }

    /** Whether a phrase through {@code node} (its own, or a longer one) has a value {@code which} accepts. */
    private static <V> boolean holds(Node<V> node, java.util.function.Predicate<? super V> which) {
        if (node.values != null) for (V v : node.values) if (which.test(v)) return true;
        if (node.children != null) for (Node<V> c : node.children) if (c != null && holds(c, which)) return true;
        if (node.prefixes != null) for (Map.Entry<String, Node<V>> p : node.prefixes) if (holds(p.getValue(), which)) return true;
        return false;
    }

    /** Whether bit {@code id} of a set that {@link #firstTermsOf} gave is set (UNKNOWN never is). */
    public static boolean holds(long[] ids, int id) {
        return has(ids, id);
    }

    /** Whether one of the root's prefix forms ("telephon*") starts the term: else a word that starts no exact phrase starts none. */
    private boolean startsAPrefix(String term) {
        if (root.prefixes == null) return false;
        for (Map.Entry<String, Node<V>> p : root.prefixes) if (term.startsWith(p.getKey())) return true;
        return false;
    }

    /** All non-overlapping longest matches in tokens [from, limit), left to right. */
    public List<Match<V>> findAll(List<Token> tokens, int from, int limit) {
        List<Match<V>> matches = new ArrayList<>();
        int i = from;
        TokenList ids = tokens instanceof TokenList l ? l : null;
        while (i < limit) {
            if (ids != null && unmarked(ids, i)) {          // read in the masks alone, one word after the other
                i++;
                continue;
            }
            Match<V> m = longestAt(tokens, i, limit);
            if (m == null) {
                i++;
            } else {
                matches.add(m);
                i = m.end();
            }
        }
        return matches;
    }

    private static boolean isPrefix(String term) {
        return term.endsWith("*") && term.length() > 1;
    }

    /** Records that a phrase starts with terms {@code first}, {@code second}; the table doubles as pairs come, rebuilt from the root's children. */
    private void addPair(int first, int second) {
        if ((long) ++pairs * PAIR_SPREAD > pairBits.length * 64L) {
            pairBits = new long[pairBits.length * 2];
            Node<V>[] roots = root.children;
            for (int i = 0; i < root.keys.length; i++) {
                Node<V> n = roots[i];
                if (root.keys[i] == EMPTY || n.keys == null) continue;
                for (int k : n.keys) if (k != EMPTY) setPair(root.keys[i], k);
            }
        }
        setPair(first, second);
    }

    private void setPair(int first, int second) {
        int bit = pairBit(first, second);
        pairBits[bit >>> 6] |= 1L << bit;
    }

    /** Whether a phrase may start with terms {@code first}, {@code second}: false when none does. */
    private boolean hasPair(int first, int second) {
        int bit = pairBit(first, second);
        return (pairBits[bit >>> 6] & 1L << bit) != 0;
    }

    private int pairBit(int first, int second) {
        long h = (first * 0x9E3779B97F4A7C15L + second) * 0xC2B2AE3D27D4EB4FL;
        return (int) (h >>> 32) & (pairBits.length * 64 - 1);
    }

    private Node<V> firstChild(int id) {
        return has(firstBits, id) ? firstTerms[id] : null;
    }

    private static boolean has(long[] bits, int id) {
        int word = id >>> 6;        // UNKNOWN (-1) lands far beyond the bits
        return word < bits.length && (bits[word] & 1L << id) != 0;
    }

    private static long[] with(long[] bits, int id) {
        if (id >>> 6 >= bits.length) bits = java.util.Arrays.copyOf(bits, Math.max((id >>> 6) + 1, bits.length * 2));
        bits[id >>> 6] |= 1L << id;
        return bits;
    }

    private Node<V> child(Node<V> node, String term) {
        if (isPrefix(term)) {
            hasPrefixes = true;
            String prefix = term.substring(0, term.length() - 1);
            if (node == root) gate = 0;
            if (node.prefixes == null) node.prefixes = new ArrayList<>(1);
            for (Map.Entry<String, Node<V>> p : node.prefixes) {
                if (p.getKey().equals(prefix)) return p.getValue();
            }
            Node<V> c = new Node<>();
            node.prefixes.add(Map.entry(prefix, c));
            return c;
        }
        int id = Terms.intern(term);
        Node<V> c = node.addChild(id);
        if (node == root) {
            if (id >= firstTerms.length) firstTerms = java.util.Arrays.copyOf(firstTerms, Math.max(id + 1, firstTerms.length * 2));
            firstTerms[id] = c;
            firstBits = with(firstBits, id);
            TermMarks.set(id, mark);
        } else {
            laterBits = with(laterBits, id);
        }
        return c;
    }
}
