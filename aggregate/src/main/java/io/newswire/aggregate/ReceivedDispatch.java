package io.newswire.aggregate;

import io.newswire.aggregate.state.ReportedPairDay;
import io.newswire.schemas.EnrichedDispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An enriched dispatch as read from the input, with its original bytes (for the dead-letter topic); once its dates
 * are checked ({@link TrustedDates}), the times that can be believed and the events whose dates cannot (described,
 * and left out of {@code dispatch}); once its version is known to be new, its {@link History}.
 */
public record ReceivedDispatch(EnrichedDispatch dispatch, byte[] original, Times times, List<String> untrustedDates, History history) {

    /**
     * When the dispatch was received, and its reference date and publication time as far as they can be believed:
     * a date the sender gave that is not trusted is replaced by the receipt ({@code referenceTrusted} false).
     */
    public record Times(Instant receipt, LocalDate referenceDate, boolean referenceTrusted, Instant published) {
    }

    /**
     * What came before this version: the reference date of the dispatch's first version (the base for late-data
     * checks; {@code firstReferenceTrusted} false while it is only a receipt date), and the pairs' days on which its previous version reported contacts.
     */
    public record History(LocalDate firstReferenceDate, boolean firstReferenceTrusted, List<ReportedPairDay> previousDays) {
    }

    public ReceivedDispatch(EnrichedDispatch dispatch, byte[] original) {
        this(dispatch, original, null, List.of(), null);
    }

    public String id() {
        return dispatch.getDispatch().getId();
    }

    public int version() {
        return dispatch.getDispatch().getVersion();
    }

    public boolean hasUntrustedDates() {
        return !untrustedDates.isEmpty();
    }

    /** The reference date of the dispatch's first version; null before its history is known. */
    public LocalDate firstReferenceDate() {
        return history == null ? null : history.firstReferenceDate();
    }

    /** With its trusted times, the events it may count, and the descriptions of those left out. */
    public ReceivedDispatch checked(Times trusted, EnrichedDispatch countable, List<String> untrusted) {
        return new ReceivedDispatch(countable, original, trusted, List.copyOf(untrusted), history);
    }

    public ReceivedDispatch following(History before) {
        return new ReceivedDispatch(dispatch, original, times, untrustedDates, before);
    }
}
