package io.newswire.aggregate.api.live;

import io.newswire.aggregate.api.Views.AlertView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies of the live stream and {@code /api/events}. Every item has an {@code id}, {@code topic:partition:offset}
 * of the record it comes from (the same on every instance), and {@code time}, the record's timestamp.
 */
public final class StreamedViews {
    private StreamedViews() {
    }

    /** {@code event}: one diplomatic event as enrich found it in one dispatch version. */
    public record StreamedEvent(String id, Instant time, String eventId, String type, String status, LocalDate date, String dateSource,
                                String location, DispatchView dispatch, String language, List<PartyView> parties,
                                List<String> actors, List<EvidenceView> evidence) {
    }

    /** The dispatch version that reported an event. */
    public record DispatchView(String id, int version, String source, String headline, Instant published, String url) {
    }

    /** One party to an event: country code and English name, the person when known, and the part (participant, host, mediator, location). */
    public record PartyView(String country, String name, String actor, String part) {
    }

    /** A sentence reporting the event and the trigger phrase in it that fired. */
    public record EvidenceView(String sentence, String trigger) {
    }

    /** {@code alert}: a summit alert raised ({@code raised}: its first report) or updated by a later report. */
    public record StreamedAlert(String id, Instant time, boolean raised, AlertView alert) {
    }

    /** {@code contact}: a pair's counts for one day changed (what the contacts topic carries). */
    public record StreamedContactDay(String id, Instant time, String pair, String countryA, String countryB, LocalDate day,
                                     int contacts, int mentions, Map<String, Integer> byType) {
    }

    /**
     * {@code ready}: a connection's first message: the instance answering, and whether the stream resumed where the client was.
     * {@code reset} (same body): the client was too far behind to be replayed; what it shows should be reloaded.
     */
    public record StreamReady(String instance, boolean resumed) {
    }

    /** {@code GET /api/countries}: every ISO 3166-1 alpha-3 code the API accepts, with its English short name. */
    public record Countries(Map<String, String> names) {
    }

    /** {@code GET /api/events}: the latest events this instance holds, newest first, and the position to stream from after them. */
    public record RecentEvents(int limit, List<StreamedEvent> events, String position) {
    }
}
