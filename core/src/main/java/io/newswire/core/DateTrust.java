package io.newswire.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Which dates from a sender can be believed, the same rule in enrich (which marks what it cannot believe) and
 * aggregate (which counts nothing it cannot believe): a date is trusted when it is no later than the day of the
 * dispatch's receipt plus {@code dates.max.ahead.hours}, and not before {@code dates.earliest}. The receipt
 * itself is believed only when it is not ahead of the clock by more than the same tolerance, so no record can
 * carry the pipeline's clocks into the future.
 */
public record DateTrust(Duration maxAhead, LocalDate earliest) {

    public static DateTrust of(CommonConfig config) {
        return new DateTrust(Duration.ofHours(config.getInt(CommonConfig.DATES_MAX_AHEAD_HOURS)), config.earliestTrustedDate());
    }

    /** When the dispatch was received, as far as it can be believed: the time claimed, or {@code now} when it is ahead of now or before the earliest date. */
    public Instant receipt(Instant claimed, Instant now) {
        if (claimed == null || claimed.isAfter(now.plus(maxAhead)) || day(claimed).isBefore(earliest)) {
            return now;
        }
        return claimed;
    }

    /** The last day a dispatch received at {@code receipt} may report. */
    public LocalDate latestTrustedDay(Instant receipt) {
        return day(receipt.plus(maxAhead));
    }

    public boolean trusts(LocalDate date, Instant receipt) {
        return problem(date, receipt).isEmpty();
    }

    /** Why the date cannot be believed, or empty when it can. */
    public Optional<String> problem(LocalDate date, Instant receipt) {
        if (date.isAfter(latestTrustedDay(receipt))) {
            return Optional.of(date + " is after " + latestTrustedDay(receipt) + ", more than " + maxAhead.toHours()
                    + " h after the dispatch was received (" + receipt + ")");
        }
        if (date.isBefore(earliest)) {
            return Optional.of(date + " is before " + earliest + " (" + CommonConfig.DATES_EARLIEST + ")");
        }
        return Optional.empty();
    }

    /** The time if it can be believed for a dispatch received at {@code receipt}, else the receipt itself. */
    public Instant believable(Instant time, Instant receipt) {
        return time != null && !time.isAfter(receipt.plus(maxAhead)) && !day(time).isBefore(earliest) ? time : receipt;
    }

    /** A latest day kept from earlier records, never later than the clock allows (state written before this rule held). */
    public LocalDate bounded(LocalDate latest, Instant now) {
        LocalDate ceiling = latestTrustedDay(now);
        return latest.isAfter(ceiling) ? ceiling : latest;
    }

    private static LocalDate day(Instant time) {
        return time.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
