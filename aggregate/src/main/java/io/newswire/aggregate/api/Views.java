package io.newswire.aggregate.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON bodies of the HTTP API, public and internal (between instances). */
public final class Views {
    private Views() {
    }

    /** Counts over some days. */
    public record Totals(int contacts, int mentions, Map<String, Integer> byType) {
        public static Totals of(List<DayCount> days) {
            Map<String, Integer> byType = new TreeMap<>();
            int contacts = 0;
            int mentions = 0;
            for (DayCount day : days) {
                contacts += day.contacts();
                mentions += day.mentions();
                day.byType().forEach((type, n) -> byType.merge(type, n, Integer::sum));
            }
            return new Totals(contacts, mentions, byType);
        }
    }

    /** Counts of the last 1, 7 and 30 days up to the end of the window. */
    public record Rolling(@JsonProperty("1d") Totals lastDay, @JsonProperty("7d") Totals lastWeek, @JsonProperty("30d") Totals last30Days) {
    }

    /** One pair's counts on one day. */
    public record DayCount(LocalDate day, int contacts, int mentions, Map<String, Integer> byType) {
    }

    /** One contact: when, what, who, and the dispatches whose latest version reports it, each with its sentence. */
    public record ContactView(String id, LocalDate date, String type, List<String> actors, List<String> dispatches,
                              int mentions, String latestEvidence, Instant lastReported, List<ReportView> reports) {
    }

    /** One dispatch reporting a contact: its latest version that does, and the sentence that says so. */
    public record ReportView(String dispatchId, int version, int mentions, String source, String headline, Instant published,
                             String evidence, String trigger) {
    }

    /**
     * Internal: what the API shows of one dispatch's reports, kept once per dispatch (its latest version): source,
     * headline and publication time (each report's sentence and trigger are kept with its contact).
     */
    public record DispatchReports(String dispatchId, int version, String source, String headline, Instant published) {
    }

    /** Internal: one pair's days and contacts in a range, as the instance owning the pair holds them. */
    public record PairDays(String pair, List<DayCount> days, List<ContactView> contacts) {
    }

    /** {@code GET /api/contacts/{A}/{B}}. */
    public record PairReport(String pair, String countryA, String countryB, String window, LocalDate from, LocalDate to,
                             int contacts, int mentions, Map<String, Integer> byType, Rolling rolling,
                             List<DayCount> days, List<ContactView> contactList) {
    }

    /** A pair's counts over a range, for rankings. */
    public record PairSummary(String pair, String countryA, String countryB, int contacts, int mentions,
                              Map<String, Integer> byType, LocalDate lastContact) {
    }

    /** {@code GET /api/contacts/top}. */
    public record TopPairs(String window, LocalDate from, LocalDate to, int limit, List<PairSummary> pairs) {
    }

    /** One partner of a country. */
    public record Partner(String country, String pair, int contacts, int mentions, Map<String, Integer> byType, LocalDate lastContact) {
    }

    /** {@code GET /api/contacts/{A}}. */
    public record Partners(String country, String window, LocalDate from, LocalDate to, List<Partner> partners) {
    }

    /** A summit alert as JSON (also the webhook's body). */
    public record AlertView(String alertId, List<String> participants, List<String> actors, String host, String status,
                            String evidence, String dispatchId, String headline, Instant firstSeen, int mentions,
                            String latestDispatchId, String latestEvidence, Instant updated) {
    }

    /** {@code GET /api/alerts}. */
    public record Alerts(Instant since, List<AlertView> alerts) {
    }

    /** Internal: the latest event date an instance has seen. */
    public record LatestDay(LocalDate latestDay) {
    }

    /** Any 4xx/5xx. */
    public record Problem(int status, String error) {
    }
}
