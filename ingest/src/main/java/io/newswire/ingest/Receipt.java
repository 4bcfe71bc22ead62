package io.newswire.ingest;

import io.newswire.core.health.Dependency;
import io.newswire.ingest.format.InvalidDispatchException;
import io.newswire.ingest.format.NoTextException;
import io.newswire.ingest.format.UnsupportedContentTypeException;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What became of one dispatch handed to ingest, or of a bundle of them (a NewsML-G2 newsMessage, a JSON array):
 * then {@code items} holds one receipt per item, in document order, and the bundle's outcome sums them up.
 *
 * @param outcome    published, duplicate, or why not
 * @param id         dispatch id, when it could be read
 * @param version    dispatch version, when it could be read
 * @param message    for the sender: what was wrong, or what was unavailable
 * @param dependency the dependency that was down, for {@link Outcome#UNAVAILABLE}
 * @param items      the receipts of a bundle's items; empty for a single dispatch
 */
public record Receipt(Outcome outcome, String id, Integer version, String message, Dependency dependency, List<Receipt> items) {

    public enum Outcome {
        /** Stored on the dispatches topic and acknowledged by the broker. */
        PUBLISHED("published"),
        /** Same id, version and content as one already published: nothing new was written. */
        DUPLICATE("duplicate"),
        /** Same id and version as one already published, but different content: refused, send a new version. */
        CONFLICT("conflict"),
        /** Malformed, or missing its id. */
        INVALID("malformed"),
        /** Well-formed, but with no text to tag: a picture, an event, a package, an empty body. */
        NO_TEXT("no_text"),
        /** A content type ingest does not read. */
        UNSUPPORTED("unsupported_media_type"),
        /** Over ingest.max.dispatch.bytes. */
        TOO_LARGE("too_large"),
        /** Kafka or the schema registry is down: nothing stored, send again later. */
        UNAVAILABLE("unavailable"),
        /** A bundle whose items did not all fare alike: see each item. */
        MIXED("mixed");

        private final String reason;

        Outcome(String reason) {
            this.reason = reason;
        }

        /** The short name used in answers and metrics. */
        public String reason() {
            return reason;
        }
    }

    public Receipt {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The receipt of a single dispatch. */
    public Receipt(Outcome outcome, String id, Integer version, String message, Dependency dependency) {
        this(outcome, id, version, message, dependency, List.of());
    }

    /** Stored or already stored: the sender need not send it again (for a bundle: every item). */
    public boolean isStored() {
        return outcome == Outcome.PUBLISHED || outcome == Outcome.DUPLICATE;
    }

    /** The dispatch itself (or an item of the bundle) is at fault; sending it again will not help. */
    public boolean isRefused() {
        return !isStored() && outcome != Outcome.UNAVAILABLE;
    }

    /** A newsMessage or JSON array, answered item by item. */
    public boolean isBundle() {
        return !items.isEmpty();
    }

    /** The reason for metrics and answers: "malformed", "kafka_unavailable", ... */
    public String reason() {
        return outcome == Outcome.UNAVAILABLE && dependency != null ? dependency.key() + "_unavailable" : outcome.reason();
    }

    static Receipt refused(Outcome outcome, String message) {
        return new Receipt(outcome, null, null, message, null);
    }

    /** The refusal of a dispatch that could not be read; {@code idOrNull} when its id was readable. */
    static Receipt refused(InvalidDispatchException problem, String idOrNull) {
        Outcome outcome = problem instanceof UnsupportedContentTypeException ? Outcome.UNSUPPORTED
                : problem instanceof NoTextException ? Outcome.NO_TEXT : Outcome.INVALID;
        return new Receipt(outcome, idOrNull, null, problem.getMessage(), null);
    }

    /**
     * The receipt of a bundle: unavailable if any item met an outage (send it all again: what was stored comes
     * back as duplicates), stored if every item was, the items' common refusal if they share one, else mixed.
     */
    static Receipt bundle(List<Receipt> items) {
        Receipt outage = items.stream().filter(item -> item.outcome() == Outcome.UNAVAILABLE).findFirst().orElse(null);
        Outcome outcome;
        if (outage != null) {
            outcome = Outcome.UNAVAILABLE;
        } else if (items.stream().allMatch(Receipt::isStored)) {
            outcome = items.stream().anyMatch(item -> item.outcome() == Outcome.PUBLISHED) ? Outcome.PUBLISHED : Outcome.DUPLICATE;
        } else {
            Outcome first = items.get(0).outcome();
            outcome = items.stream().allMatch(item -> item.outcome() == first) ? first : Outcome.MIXED;
        }
        long stored = items.stream().filter(Receipt::isStored).count();
        String refusals = IntStream.range(0, items.size()).filter(i -> !items.get(i).isStored()).mapToObj(i -> {
            Receipt item = items.get(i);
            return "item " + i + (item.id() == null ? "" : " (" + item.id() + ")") + ": " + item.reason() + ": " + item.message();
        }).collect(Collectors.joining("; "));
        String message = stored + " of " + items.size() + " items stored" + (refusals.isEmpty() ? "" : "; " + refusals);
        return new Receipt(outcome, null, null, message, outage == null ? null : outage.dependency(), items);
    }
}
