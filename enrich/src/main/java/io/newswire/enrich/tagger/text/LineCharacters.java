package io.newswire.enrich.tagger.text;

import java.text.CharacterIterator;

/**
 * A line of the body as a CharacterIterator over its characters copied once into an array, with the body's offsets,
 * as StringCharacterIterator gives them: the sentence BreakIterator reads every character several times, and
 * String.charAt checks bounds and coder on each read.
 */
final class LineCharacters implements CharacterIterator {

    private final char[] chars;
    private int begin;
    private int end;
    private int pos;

    LineCharacters(char[] chars) {
        this.chars = chars;
    }

    /** Moves this iterator to chars[begin, end), positioned at {@code begin}. */
    LineCharacters line(int begin, int end) {
        this.begin = begin;
        this.end = end;
        this.pos = begin;
        return this;
    }

    @Override
    public char first() {
        pos = begin;
        return current();
    }

    @Override
    public char last() {
        pos = end > begin ? end - 1 : end;
        return current();
    }

    @Override
    public char current() {
        return pos >= begin && pos < end ? chars[pos] : DONE;
    }

    @Override
    public char next() {
        if (pos < end - 1) return chars[++pos];
        pos = end;
        return DONE;
    }

    @Override
    public char previous() {
        if (pos <= begin) return DONE;
        return chars[--pos];
    }

    @Override
    public char setIndex(int position) {
        if (position < begin || position > end) throw new IllegalArgumentException("Invalid index " + position);
        pos = position;
        return current();
    }

    @Override
    public int getBeginIndex() {
        return begin;
    }

    @Override
    public int getEndIndex() {
        return end;
    }

    @Override
    public int getIndex() {
        return pos;
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
