package io.newswire.schemas.registry;

import java.time.Duration;

/**
 * How often and how long a registry call is retried when the registry cannot be reached or answers 5xx:
 * at most {@code maxAttempts} attempts, waits doubling from {@code initialBackoff} up to {@code maxBackoff},
 * and no retry that would end after {@code maxElapsed} from the first attempt.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxElapsed) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30));

    /** A single attempt: fail at once. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxElapsed.isNegative()) {
            throw new IllegalArgumentException("Retry durations must not be negative");
        }
    }

    /** The wait after the given failed attempt (1-based). */
    public Duration backoff(int failedAttempt) {
        int doublings = Math.min(failedAttempt - 1, 30);
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
