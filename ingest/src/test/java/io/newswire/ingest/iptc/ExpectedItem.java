package io.newswire.ingest.iptc;

import java.time.Instant;

/**
 * What one item of an IPTC example should become, worked out from the file's own fields.
 *
 * @param id        the item's id, when it has one
 * @param published its published time, or null when the file gives none (then only a dateline may give a day)
 * @param source    its source, or the ingest default ("unknown") when the file names none
 */
public record ExpectedItem(Outcome outcome, String id, Integer version, Instant published, String source, String language, String headline) {

    public enum Outcome {
        /** Carries text: accepted with the fields below. */
        TEXT,
        /** Well-formed, but no text: 422 no_text. */
        NO_TEXT,
        /** Refused with a message (400 and the like): malformed, or a value ingest cannot take. */
        REFUSED
    }

    static ExpectedItem noText(String id) {
        return new ExpectedItem(Outcome.NO_TEXT, id, null, null, null, null, null);
    }

    static ExpectedItem refused(String id) {
        return new ExpectedItem(Outcome.REFUSED, id, null, null, null, null, null);
    }
}
