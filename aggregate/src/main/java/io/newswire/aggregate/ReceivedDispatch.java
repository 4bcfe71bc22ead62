package io.newswire.aggregate;

import io.newswire.schemas.EnrichedDispatch;

import java.time.LocalDate;

/**
 * An enriched dispatch as read from the input, with its original bytes (for the dead-letter topic) and, once
 * its version is known to be new, the reference date of its first version (the base for late-data checks).
 */
public record ReceivedDispatch(EnrichedDispatch dispatch, byte[] original, LocalDate firstReferenceDate) {

    public String id() {
        return dispatch.getDispatch().getId();
    }

    public int version() {
        return dispatch.getDispatch().getVersion();
    }

    public ReceivedDispatch firstReferencedOn(LocalDate date) {
        return new ReceivedDispatch(dispatch, original, date);
    }
}
