package io.newswire.ingest.format;

/**
 * A dispatch that cannot be read: the message names what is wrong (the field, or the line and column
 * of malformed JSON or XML) so the sender can fix it. Ingest answers it with HTTP 400, or moves the file
 * to {@code failed/} with the message beside it.
 */
public class InvalidDispatchException extends Exception {
    private final String field;

    public InvalidDispatchException(String message) {
        this(message, null, null);
    }

    public InvalidDispatchException(String message, String field) {
        this(message, field, null);
    }

    public InvalidDispatchException(String message, String field, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The field at fault, if the problem is one field (e.g. {@code body}, {@code published}); null otherwise. */
    public String field() {
        return field;
    }
}
