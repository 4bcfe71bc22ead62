package io.newswire.aggregate.state;

import io.newswire.schemas.aggregate.ContactSighting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What aggregate remembers of one dispatch ({@code seen-dispatches}): the latest version it processed; the reference
 * date of its first version (a receipt date while none could be believed, {@code firstReferenceTrusted} false), the
 * base for lateness; and what that latest version reported, which the API shows once per dispatch: its contacts,
 * each with its sentence, and its source, headline and publication time (null when it reports no contact).
 */
public record SeenDispatch(int version, LocalDate firstReferenceDate, boolean firstReferenceTrusted,
                           String source, String headline, Instant published, List<ContactSighting> contacts) {
    public SeenDispatch {
        contacts = List.copyOf(contacts);
    }
}
