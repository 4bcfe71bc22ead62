package io.newswire.schemas.registry;

/**
 * A registry call failed. {@code errorCode} follows Confluent's codes (40401 subject not found,
 * 40403 schema not found, 409 incompatible, 42201 invalid schema, ...); -1 when the registry could not be reached.
 */
public class SchemaRegistryException extends RuntimeException {
    private final int status;
    private final int errorCode;

    public SchemaRegistryException(int status, int errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    public SchemaRegistryException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
        this.errorCode = -1;
    }

    public int status() {
        return status;
    }

    public int errorCode() {
        return errorCode;
    }

    /** True when the registry could not be reached at all (as opposed to answering with an error). */
    public boolean isUnavailable() {
        return status == -1 || status >= 500;
    }
}
