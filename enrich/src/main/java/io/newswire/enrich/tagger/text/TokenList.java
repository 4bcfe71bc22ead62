package io.newswire.enrich.tagger.text;

import java.util.AbstractList;
import java.util.RandomAccess;

/** The tokens of a body with the interned id of each term ({@link Terms}), read by the tries without re-hashing. */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

    private Token[] tokens;
    private int[] ids;
    private long[] marks;           // by token, its term's mask (TermMarks): which kinds of gazetteer it may start a phrase of
    private int size;
    private int idsUpTo;            // ids are looked up in one batch, when a trie first asks (phrases of the KB never ask)

    TokenList(int capacity) {
        tokens = new Token[Math.max(4, capacity)];
        ids = new int[tokens.length];
        marks = new long[tokens.length];
    }

    @Override
    public boolean add(Token token) {
        if (size == tokens.length) {
            tokens = java.util.Arrays.copyOf(tokens, size * 2);
            ids = java.util.Arrays.copyOf(ids, size * 2);
            marks = java.util.Arrays.copyOf(marks, size * 2);
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
            marks[size - 1] = TermMarks.of(termId);
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
        if (index >= idsUpTo) readIds();
        return ids[index];
    }

    /** The mask of token {@code index}'s term ({@link TermMarks}): a bit for each kind of gazetteer it may start a phrase of. */
    public long marks(int index) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        if (index >= idsUpTo) readIds();
        return marks[index];
    }

    private void readIds() {
        for (int i = idsUpTo; i < size; i++) {
            ids[i] = Terms.of(tokens[i].term());
            marks[i] = TermMarks.of(ids[i]);
        }
        idsUpTo = size;
    }

    @Override
    public int size() {
        return size;
    }
}
