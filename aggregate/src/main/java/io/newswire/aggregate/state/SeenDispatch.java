package io.newswire.aggregate.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * What aggregate remembers of one dispatch ({@code seen-dispatches}): the latest version it processed; the reference
 * date of its first version (a receipt date while none could be believed, {@code firstReferenceTrusted} false), the
 * base for lateness; the pairs' days on which that version reported contacts (sorted, once each), which its next
 * version withdraws from; and what the API shows once per dispatch: its source, headline and publication time
 * (null when it reports no contact). Each report's sentence is kept with the contact, in {@code pair-days}.
 */
public record SeenDispatch(int version, LocalDate firstReferenceDate, boolean firstReferenceTrusted,
                           String source, String headline, Instant published, List<ReportedPairDay> reportedDays) {
    public SeenDispatch {
        reportedDays = List.copyOf(new TreeSet<>(reportedDays));
    }
}
