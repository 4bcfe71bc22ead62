package io.newswire.aggregate.api;

/** A request the API cannot answer as asked: a 400 with the message. */
public final class BadRequest extends RuntimeException {
    public BadRequest(String message) {
        super(message);
    }
}
