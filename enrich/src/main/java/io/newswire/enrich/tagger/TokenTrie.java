package io.newswire.enrich.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gazetteer of multi-word phrases keyed by folded token sequences; finds the longest phrase starting at a token.
 * A phrase token ending in '*' matches any token with that prefix ("telephon*"). No regular expression per entry.
 */
public final class TokenTrie<V> {

    /** A phrase found in the text: tokens [start, end) and what the phrase stands for. */
    public record Match<V>(int start, int end, List<V> values) {
    }

    private static final class Node<V> {
        Map<String, Node<V>> children;
        List<Map.Entry<String, Node<V>>> prefixes;
        List<V> values;
    }

    private final Node<V> root = new Node<>();
    private int size;

    public void add(String[] terms, V value) {
        if (terms.length == 0) return;
        Node<V> node = root;
        for (String term : terms) node = child(node, term);
        if (node.values == null) node.values = new ArrayList<>(1);
        if (!node.values.contains(value)) {
            node.values.add(value);
            size++;
        }
    }

    public void add(String phrase, V value) {
        add(phraseTerms(phrase), value);
    }

    /** Folded terms of a phrase, keeping a trailing '*' as a prefix marker. */
    public static String[] phraseTerms(String phrase) {
        String p = phrase.trim();
        boolean wildcard = p.endsWith("*");
        if (wildcard) p = p.substring(0, p.length() - 1);
        String[] terms = OffsetTokenizer.terms(p);
        if (wildcard && terms.length > 0) terms[terms.length - 1] = terms[terms.length - 1] + "*";
        return terms;
    }

    public int size() {
        return size;
    }

    /** The longest phrase starting at token {@code from} and ending before {@code limit}, or null. */
    public Match<V> longestAt(List<Token> tokens, int from, int limit) {
        if (from >= limit || !startsPhrase(tokens.get(from).term())) return null;   // most words start no phrase
        Match<V> best = null;
        Node<V> node = root;
        // depth-first over exact and prefix children; phrases are short, so the branching stays tiny
        List<Node<V>> frontier = List.of(node);
        for (int i = from; i < limit && !frontier.isEmpty(); i++) {
            String term = tokens.get(i).term();
            List<Node<V>> next = new ArrayList<>(2);
            for (Node<V> n : frontier) {
                if (n.children != null) {
                    Node<V> c = n.children.get(term);
                    if (c != null) next.add(c);
                }
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

    private boolean startsPhrase(String term) {
        if (root.children != null && root.children.containsKey(term)) return true;
        if (root.prefixes != null) {
            for (Map.Entry<String, Node<V>> p : root.prefixes) if (term.startsWith(p.getKey())) return true;
        }
        return false;
    }

    /** All non-overlapping longest matches in tokens [from, limit), left to right. */
    public List<Match<V>> findAll(List<Token> tokens, int from, int limit) {
        List<Match<V>> matches = new ArrayList<>();
        int i = from;
        while (i < limit) {
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

    private Node<V> child(Node<V> node, String term) {
        if (term.endsWith("*") && term.length() > 1) {
            String prefix = term.substring(0, term.length() - 1);
            if (node.prefixes == null) node.prefixes = new ArrayList<>(1);
            for (Map.Entry<String, Node<V>> p : node.prefixes) {
                if (p.getKey().equals(prefix)) return p.getValue();
            }
            Node<V> c = new Node<>();
            node.prefixes.add(Map.entry(prefix, c));
            return c;
        }
        if (node.children == null) node.children = new HashMap<>(4);
        return node.children.computeIfAbsent(term, t -> new Node<>());
    }
}
