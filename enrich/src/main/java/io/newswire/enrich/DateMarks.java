package io.newswire.enrich;

import io.newswire.core.DateTrust;
import io.newswire.schemas.DateSource;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;

import java.time.Instant;

/**
 * Marks the dates enrich cannot believe ({@link DateTrust}): a reference date from a publication time far ahead of
 * the receipt, or implausibly old, sets {@code referenceDateTrusted} to false, and every event with such a date gets
 * {@code dateSource} untrusted. The dispatch is still tagged and everything is kept; nothing downstream counts it.
 */
record DateMarks(DateTrust trust) {

    /** Marks the dispatch in place; returns the number of events marked. */
    int mark(EnrichedDispatch dispatch, Instant receipt) {
        dispatch.setReferenceDateTrusted(trust.trusts(dispatch.getReferenceDate(), receipt));
        int marked = 0;
        for (Event event : dispatch.getEvents()) {
            if (!trust.trusts(event.getDate(), receipt)) {
                event.setDateSource(DateSource.UNTRUSTED.wireName());
                marked++;
            }
        }
        return marked;
    }
}
