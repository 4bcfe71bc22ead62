package io.newswire.aggregate.api;

/** The stores are being (re)assigned or restored, or another instance did not answer: a 503, try again. */
public final class NotReady extends RuntimeException {
    public NotReady(String message) {
        super(message);
    }

    public NotReady(String message, Throwable cause) {
        super(message, cause);
    }
}
