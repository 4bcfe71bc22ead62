package io.newswire.ingest.format;

import java.math.BigInteger;
import java.net.URI;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/** Reading single field values the same way in every format, with errors that name the field. */
final class Fields {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");   // compiled once: read for every dispatch

    /** The earliest and latest instants a dispatch may carry: four-digit years, as ISO-8601 writes them. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private Fields() {
    }

    /** A version: a whole number from 0 (AP's first version is "0") up to the largest int. */
    static int version(String text, String field) throws InvalidDispatchException {
        String value = text.strip();
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw new InvalidDispatchException(field + " '" + value + "' is not a whole number; newswire orders versions by number", field);
        }
        BigInteger number = new BigInteger(value);
        if (number.signum() < 0) {
            throw new InvalidDispatchException(field + " must be 0 or more, not " + value, field);
        }
        if (number.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new InvalidDispatchException(field + " " + value + " is too large: at most " + Integer.MAX_VALUE, field);
        }
        return number.intValue();
    }

    /**
     * An ISO-8601 date-time ({@code 2024-03-12T10:15:00Z}, {@code 2024-03-12T11:15:00+01:00}); without an offset
     * it is taken as UTC, and a date alone as its start in UTC. Years outside 1 to 9999 are refused.
     */
    static Instant instant(String text, String field) throws InvalidDispatchException {
        String value = text.strip();
        Instant instant = withOffset(value);
        if (instant != null) {
            return inRange(instant, value, field);
        }
        try {
            instant = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException withOffset) {
            try {
                instant = LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException local) {
                try {
                    instant = LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeException date) {
                    throw new InvalidDispatchException(field + " '" + value + "' is not an ISO-8601 date-time"
                            + " (e.g. 2024-03-12T10:15:00Z)", field);
                }
            }
        }
        return inRange(instant, value, field);
    }

    /**
     * The usual form, a date-time with its offset, read by the ISO parser and built from its fields directly: the
     * formatter's general resolver cost half of reading a whole dispatch. Null for any other text, left to {@link #instant}.
     */
    private static Instant withOffset(String value) {
        ParsePosition position = new ParsePosition(0);
        TemporalAccessor fields = DateTimeFormatter.ISO_OFFSET_DATE_TIME.parseUnresolved(value, position);
        if (fields == null || position.getErrorIndex() >= 0 || position.getIndex() != value.length()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(field(fields, ChronoField.YEAR), field(fields, ChronoField.MONTH_OF_YEAR),
                    field(fields, ChronoField.DAY_OF_MONTH), field(fields, ChronoField.HOUR_OF_DAY), field(fields, ChronoField.MINUTE_OF_HOUR),
                    field(fields, ChronoField.SECOND_OF_MINUTE), field(fields, ChronoField.NANO_OF_SECOND));
            return local.toInstant(ZoneOffset.ofTotalSeconds(Math.toIntExact(fields.getLong(ChronoField.OFFSET_SECONDS))));
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /** A parsed field; seconds and their fraction may be left out ("10:15Z"). */
    private static int field(TemporalAccessor fields, ChronoField field) {
        boolean optional = field == ChronoField.SECOND_OF_MINUTE || field == ChronoField.NANO_OF_SECOND;
        return optional && !fields.isSupported(field) ? 0 : Math.toIntExact(fields.getLong(field));
    }

    /** Milliseconds since the epoch, as Avro's timestamp-millis; checked before it can overflow. */
    static Instant epochMillis(BigInteger millis, String field) throws InvalidDispatchException {
        if (millis.bitLength() >= Long.SIZE) {
            throw outOfRange(millis.toString(), field);
        }
        return inRange(Instant.ofEpochMilli(millis.longValue()), millis.toString(), field);
    }

    /** A provider known only by a URI is named by its host, without "www." ("http://www.acmenews.com/about/" → acmenews.com). */
    static String nameOfUri(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            String host = URI.create(uri.strip()).getHost();
            if (host != null && !host.isBlank()) {
                return host.regionMatches(true, 0, "www.", 0, 4) ? host.substring(4) : host;
            }
        } catch (IllegalArgumentException notAUri) {
            // the text itself is the best name there is
        }
        return uri.strip();
    }

    private static Instant inRange(Instant instant, String value, String field) throws InvalidDispatchException {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw outOfRange(value, field);
        }
        return instant;
    }

    private static InvalidDispatchException outOfRange(String value, String field) {
        return new InvalidDispatchException(field + " '" + value + "' is out of range: the year must be between 1 and 9999", field);
    }
}
