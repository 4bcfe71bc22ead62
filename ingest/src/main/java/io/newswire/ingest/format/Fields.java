package io.newswire.ingest.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Reading single field values the same way in every format, with errors that name the field. */
final class Fields {
    private Fields() {
    }

    /** A version: a whole number, 1 or more. */
    static int version(String text, String field) throws InvalidDispatchException {
        try {
            int version = Integer.parseInt(text.strip());
            if (version < 1) {
                throw new InvalidDispatchException(field + " must be 1 or more, not " + version, field);
            }
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidDispatchException(field + " '" + text + "' is not a whole number", field);
        }
    }

    /**
     * An ISO-8601 date-time ({@code 2024-03-12T10:15:00Z}, {@code 2024-03-12T11:15:00+01:00}); without an offset
     * it is taken as UTC, and a date alone as its start in UTC.
     */
    static Instant instant(String text, String field) throws InvalidDispatchException {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException withOffset) {
            try {
                return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException local) {
                try {
                    return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeException date) {
                    throw new InvalidDispatchException(field + " '" + value + "' is not an ISO-8601 date-time"
                            + " (e.g. 2024-03-12T10:15:00Z)", field);
                }
            }
        }
    }
}
