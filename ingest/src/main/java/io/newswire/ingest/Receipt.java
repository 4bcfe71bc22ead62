package io.newswire.ingest;

/**
 * What became of one dispatch handed to ingest.
 *
 * @param outcome    published, duplicate, or why not
 * @param id         dispatch id, when it could be read
 * @param version    dispatch version, when it could be read
 * @param message    for the sender: what was wrong, or what was unavailable
 * @param dependency the dependency that was down, for {@link Outcome#UNAVAILABLE}
 */
public record Receipt(Outcome outcome, String id, Integer version, String message, Dependency dependency) {

    public enum Outcome {
        /** Stored on the dispatches topic and acknowledged by the broker. */
        PUBLISHED("published"),
        /** Same id, version and content as one already published: nothing new was written. */
        DUPLICATE("duplicate"),
        /** Same id and version as one already published, but different content: refused, send a new version. */
        CONFLICT("conflict"),
        /** Malformed, or missing its body or id. */
        INVALID("malformed"),
        /** A content type ingest does not read. */
        UNSUPPORTED("unsupported_media_type"),
        /** Over ingest.max.dispatch.bytes. */
        TOO_LARGE("too_large"),
        /** Kafka or the schema registry is down: nothing stored, send again later. */
        UNAVAILABLE("unavailable");

        private final String reason;

        Outcome(String reason) {
            this.reason = reason;
        }

        /** The short name used in answers and metrics. */
        public String reason() {
            return reason;
        }
    }

    /** Stored or already stored: the sender need not send it again. */
    public boolean isStored() {
        return outcome == Outcome.PUBLISHED || outcome == Outcome.DUPLICATE;
    }

    /** The dispatch itself is at fault; sending it again will not help. */
    public boolean isRefused() {
        return !isStored() && outcome != Outcome.UNAVAILABLE;
    }

    /** The reason for metrics and answers: "malformed", "kafka_unavailable", ... */
    public String reason() {
        return outcome == Outcome.UNAVAILABLE && dependency != null ? dependency.key() + "_unavailable" : outcome.reason();
    }

    static Receipt refused(Outcome outcome, String message) {
        return new Receipt(outcome, null, null, message, null);
    }
}
