package io.newswire.ingest.format;

/**
 * A well-formed item that carries no text to tag: a picture, a video, an event or concept, a package, a story
 * whose body is empty. Not malformed, so it gets its own answer (HTTP 422, reason {@code no_text}), and the
 * message says what the item is instead.
 */
public class NoTextException extends InvalidDispatchException {
    public NoTextException(String message) {
        super(message, "body");
    }
}
