package io.newswire.aggregate.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newswire.aggregate.ContactsTopology;
import io.newswire.aggregate.CountryPair;
import io.newswire.aggregate.api.Views.AlertView;
import io.newswire.aggregate.api.Views.Alerts;
import io.newswire.aggregate.api.Views.ContactView;
import io.newswire.aggregate.api.Views.DispatchReports;
import io.newswire.aggregate.api.Views.DayCount;
import io.newswire.aggregate.api.Views.LatestDay;
import io.newswire.aggregate.api.Views.PairDays;
import io.newswire.aggregate.api.Views.PairReport;
import io.newswire.aggregate.api.Views.PairSummary;
import io.newswire.aggregate.api.Views.Partner;
import io.newswire.aggregate.api.Views.Partners;
import io.newswire.aggregate.api.Views.Rolling;
import io.newswire.aggregate.api.Views.TopPairs;
import io.newswire.aggregate.api.Views.Totals;
import io.newswire.core.DateTrust;
import org.apache.kafka.streams.state.HostInfo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Answers the API for the whole application: a pair from the instance owning it (here, or forwarded over HTTP),
 * rankings, partners and alerts by asking every instance and merging.
 */
public final class ContactQueries {
    private static final int LONGEST_ROLLING_DAYS = 30;
    private static final TypeReference<PairDays> PAIR_DAYS = new TypeReference<>() { };
    private static final TypeReference<List<PairSummary>> SUMMARIES = new TypeReference<>() { };
    private static final TypeReference<List<AlertView>> ALERTS = new TypeReference<>() { };
    private static final TypeReference<LatestDay> LATEST = new TypeReference<>() { };
    private static final TypeReference<Map<String, DispatchReports>> DISPATCH_REPORTS = new TypeReference<>() { };
    private static final int MAX_QUERY_CHARS = 2000;

    private final MetadataService metadata;
    private final LocalStores local;
    private final Peers peers;
    private final int retentionDays;
    private final DateTrust trust;
    private final Clock clock;

    /** @param gate what the other instances expect of a peer (the secret it sends them) */
    public ContactQueries(MetadataService metadata, LocalStores local, PeerGate gate, int retentionDays, DateTrust trust, Clock clock) {
        this.metadata = metadata;
        this.peers = new Peers(gate.secretToSend());
        this.local = local;
        this.retentionDays = retentionDays;
        this.trust = trust;
        this.clock = clock;
    }

    public PairReport pair(CountryPair pair, QueryWindow window) {
        LocalDate rollingFrom = window.to().minusDays(LONGEST_ROLLING_DAYS - 1L);
        LocalDate from = window.from().isBefore(rollingFrom) ? window.from() : rollingFrom;
        HostInfo owner = metadata.ownerOf(ContactsTopology.PAIR_DAYS, pair);
        PairDays data = metadata.isSelf(owner) ? localPairDays(pair, from, window.to())
                : peers.get(owner, "/internal/pairs/" + pair.key() + "?from=" + from + "&to=" + window.to(), PAIR_DAYS);

        List<DayCount> inWindow = data.days().stream().filter(d -> within(d.day(), window.from(), window.to())).toList();
        List<ContactView> contacts = data.contacts().stream().filter(c -> within(c.date(), window.from(), window.to())).toList();
        Rolling rolling = new Rolling(lastDays(data, 1, window.to()), lastDays(data, 7, window.to()), lastDays(data, 30, window.to()));
        Totals totals = Totals.of(inWindow);
        return new PairReport(pair.key(), pair.first(), pair.second(), window.window(), window.from(), window.to(),
                totals.contacts(), totals.mentions(), totals.byType(), rolling, inWindow, contacts);
    }

    /** A pair's days as this instance, its owner, holds them; each report completed from the instance keeping its dispatch. */
    public PairDays localPairDays(CountryPair pair, LocalDate from, LocalDate to) {
        return local.pairDays(pair, from, to, this::dispatchReports);
    }

    /** What the API shows of these dispatches' reports, asked of the instances keeping them (by dispatch id), a few ids a request. */
    public Map<String, DispatchReports> dispatchReports(Collection<String> dispatchIds) {
        Map<HostInfo, List<String>> byOwner = new LinkedHashMap<>();
        dispatchIds.forEach(id -> byOwner.computeIfAbsent(metadata.ownerOf(ContactsTopology.SEEN_DISPATCHES, id), h -> new ArrayList<>()).add(id));
        Map<String, DispatchReports> found = new TreeMap<>();
        byOwner.forEach((host, ids) -> {
            if (metadata.isSelf(host)) {
                found.putAll(local.dispatchReports(ids));
            } else {
                for (String query : idQueries(ids)) {
                    found.putAll(peers.get(host, "/internal/dispatch-reports?" + query, DISPATCH_REPORTS));
                }
            }
        });
        return found;
    }

    /** {@code id=a&id=b...}, cut so that no request line grows long. */
    private static List<String> idQueries(List<String> ids) {
        List<String> queries = new ArrayList<>();
        StringBuilder query = new StringBuilder();
        for (String id : ids) {
            if (query.length() > MAX_QUERY_CHARS) {
                queries.add(query.toString());
                query.setLength(0);
            }
            query.append(query.isEmpty() ? "" : "&").append("id=").append(URLEncoder.encode(id, StandardCharsets.UTF_8));
        }
        if (!query.isEmpty()) {
            queries.add(query.toString());
        }
        return queries;
    }

    public TopPairs top(QueryWindow window, int limit) {
        List<PairSummary> pairs = everywhere(ContactsTopology.PAIR_DAYS,
                () -> local.pairs(window.from(), window.to(), p -> true).stream().limit(limit).toList(),
                host -> peers.get(host, "/internal/pairs?from=" + window.from() + "&to=" + window.to() + "&limit=" + limit, SUMMARIES));
        return new TopPairs(window.window(), window.from(), window.to(), limit,
                pairs.stream().sorted(LocalStores.MOST_ACTIVE).limit(limit).toList());
    }

    public Partners partners(String country, QueryWindow window) {
        List<PairSummary> pairs = everywhere(ContactsTopology.PAIR_DAYS,
                () -> local.pairs(window.from(), window.to(), p -> p.involves(country)),
                host -> peers.get(host, "/internal/pairs?from=" + window.from() + "&to=" + window.to() + "&country=" + country, SUMMARIES));
        List<Partner> partners = pairs.stream().sorted(LocalStores.MOST_ACTIVE)
                .map(p -> new Partner(CountryPair.parse(p.pair()).partnerOf(country), p.pair(), p.contacts(), p.mentions(), p.byType(), p.lastContact()))
                .toList();
        return new Partners(country, window.window(), window.from(), window.to(), partners);
    }

    public Alerts alerts(Instant since) {
        List<AlertView> alerts = everywhere(ContactsTopology.SUMMIT_ALERTS, () -> local.alerts(since),
                host -> peers.get(host, "/internal/alerts?since=" + since, ALERTS));
        return new Alerts(since, alerts.stream()
                .sorted(Comparator.comparing(AlertView::updated).reversed().thenComparing(AlertView::alertId)).toList());
    }

    /**
     * The latest event date seen by any instance, never later than the wall clock allows (a day stored before dates
     * were checked may be later); today (UTC) before any contact was counted.
     */
    public LocalDate latestDay() {
        List<LatestDay> days = everywhere(ContactsTopology.LATEST_EVENT_DAY,
                () -> List.of(new LatestDay(local.latestDay().orElse(null))),
                host -> List.of(peers.get(host, "/internal/latest-day", LATEST)));
        return days.stream().map(LatestDay::latestDay).filter(d -> d != null).max(Comparator.naturalOrder())
                .map(latest -> trust.bounded(latest, clock.instant()))
                .orElse(LocalDate.now(clock));
    }

    public int retentionDays() {
        return retentionDays;
    }

    public LocalStores local() {
        return local;
    }

    private <T> List<T> everywhere(String store, java.util.function.Supplier<List<T>> here, Function<HostInfo, List<T>> there) {
        List<T> merged = new ArrayList<>();
        for (HostInfo host : metadata.instancesWith(store)) {
            merged.addAll(metadata.isSelf(host) ? here.get() : there.apply(host));
        }
        return merged;
    }

    private static Totals lastDays(PairDays data, int days, LocalDate to) {
        LocalDate from = to.minusDays(days - 1L);
        return Totals.of(data.days().stream().filter(d -> within(d.day(), from, to)).toList());
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
