package io.newswire.aggregate.state;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A pair's day on which a dispatch version reported contacts: all its next version needs to take them out again
 * (the day's contacts know which dispatches report them), so the dispatch keeps no contact id.
 */
public record ReportedPairDay(String pair, LocalDate day) implements Comparable<ReportedPairDay> {
    private static final Comparator<ReportedPairDay> ORDER = Comparator.comparing(ReportedPairDay::pair).thenComparing(ReportedPairDay::day);

    @Override
    public int compareTo(ReportedPairDay other) {
        return ORDER.compare(this, other);
    }
}
