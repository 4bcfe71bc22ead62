package io.newswire.aggregate.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The days a request covers: {@code window=1d|7d|30d|all} up to {@code at} (default: the latest event date seen),
 * or an explicit {@code from}/{@code to} range.
 */
public record QueryWindow(String window, LocalDate from, LocalDate to) {
    public static final String DEFAULT = "7d";
    private static final Map<String, Integer> DAYS = Map.of("1d", 1, "7d", 7, "30d", 30);
    public static final String ALL = "all";
    public static final String RANGE = "range";
    static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    public static QueryWindow resolve(String window, String at, String from, String to, int retentionDays, Supplier<LocalDate> latestDay) {
        String name = window == null || window.isBlank() ? DEFAULT : window;
        if (!DAYS.containsKey(name) && !ALL.equals(name)) {
            throw new BadRequest("window must be one of 1d, 7d, 30d, all (or use from/to), not '" + window + "'");
        }
        int days = DAYS.getOrDefault(name, retentionDays);
        LocalDate atDay = date("at", at);
        LocalDate fromDay = date("from", from);
        LocalDate toDay = date("to", to);
        if (atDay != null && toDay != null) {
            throw new BadRequest("give either at or to, not both");
        }
        LocalDate end = toDay != null ? toDay : atDay != null ? atDay : latestDay.get();
        LocalDate start = fromDay != null ? fromDay : end.minusDays(days - 1L);
        if (start.isAfter(end)) {
            throw new BadRequest("from (" + start + ") is after to (" + end + ")");
        }
        return new QueryWindow(fromDay != null || toDay != null ? RANGE : name, start, end);
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return day(parameter, value);
    }

    /** A date of a request: YYYY-MM-DD, in years 1 to 9999 so that windows around it can be computed; else a 400. */
    static LocalDate day(String parameter, String value) {
        try {
            return inRange(parameter, LocalDate.parse(value), value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(parameter + " must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }

    static LocalDate inRange(String parameter, LocalDate day, String value) {
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw new BadRequest(parameter + " must be from " + FIRST_DAY + " to " + LAST_DAY + ", not '" + value + "'");
        }
        return day;
    }
}
