package io.newswire.enrich.tagger.text;

import java.util.AbstractList;
import java.util.RandomAccess;

/** The tokens of a body with the interned id of each term ({@link Terms}), read by the tries without re-hashing. */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

    private Token[] tokens;
    private int[] ids;
    private int size;
    private int idsUpTo;            // ids are looked up in one batch, when a trie first asks (phrases of the KB never ask)

    TokenList(int capacity) {
        tokens = new Token[Math.max(4, capacity)];
        ids = new int[tokens.length];
    }

    @Override
    public boolean add(Token token) {
        if (size == tokens.length) {
            tokens = java.util.Arrays.copyOf(tokens, size * 2);
            ids = java.util.Arrays.copyOf(ids, size * 2);
        }
        tokens[size++] = token;
        modCount++;
        return true;
    }

    /** Adds a token whose term id is already known (read from the tokenizer's buffer). */
    void add(Token token, int termId) {
        add(token);
        if (idsUpTo == size - 1) {
            ids[size - 1] = termId;
            idsUpTo = size;
        }
    }

    @Override
    public Token get(int index) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        return tokens[index];
    }

    /** Interned id of token {@code index}'s term, or {@link Terms#UNKNOWN}. */
    public int termId(int index) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        if (index >= idsUpTo) {
            for (int i = idsUpTo; i < size; i++) ids[i] = Terms.of(tokens[i].term());
            idsUpTo = size;
        }
        return ids[index];
    }

    @Override
    public int size() {
        return size;
    }
}
