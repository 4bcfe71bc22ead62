package io.newswire.enrich.tagger.text;

/**
 * A sentence of the body with its offsets and the range of its tokens.
 *
 * @param index     0-based position in the body
 * @param start     offset of its first character
 * @param end       offset one past its last character
 * @param firstToken index of its first token in the body's token list
 * @param endToken  index one past its last token
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {

    public boolean contains(int tokenIndex) {
        return tokenIndex >= firstToken && tokenIndex < endToken;
    }

    public String text(String body) {
        return body.substring(start, end);
    }
}
