package io.newswire.aggregate.api;

import io.newswire.aggregate.ContactsTopology;
import io.newswire.aggregate.CountryPair;
import io.newswire.aggregate.DayTally;
import io.newswire.aggregate.api.Views.AlertView;
import io.newswire.aggregate.state.PairDay;
import io.newswire.aggregate.state.SeenDispatch;
import io.newswire.aggregate.api.Views.ContactView;
import io.newswire.aggregate.api.Views.DayCount;
import io.newswire.aggregate.api.Views.DispatchReports;
import io.newswire.aggregate.api.Views.PairDays;
import io.newswire.aggregate.api.Views.PairSummary;
import io.newswire.aggregate.api.Views.ReportView;
import io.newswire.schemas.ContactCount;
import io.newswire.schemas.aggregate.Contact;
import io.newswire.schemas.aggregate.ContactSource;
import io.newswire.schemas.aggregate.SummitAlertHistory;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Answers from this instance's own state stores (Kafka Streams interactive queries), for the keys it owns. */
public final class LocalStores {
    static final Comparator<PairSummary> MOST_ACTIVE = Comparator.comparingInt(PairSummary::contacts).reversed()
            .thenComparing(Comparator.comparingInt(PairSummary::mentions).reversed())
            .thenComparing(PairSummary::pair);

    private final KafkaStreams streams;

    public LocalStores(KafkaStreams streams) {
        this.streams = streams;
    }

    /** Finds what the API shows of dispatches' reports, on whichever instances keep them (they are kept by dispatch id). */
    @FunctionalInterface
    public interface ReportFinder {
        Map<String, DispatchReports> find(Collection<String> dispatchIds);
    }

    /**
     * A pair's days in a range, with its contacts (a report naming nobody folded into the named contact it is taken
     * for), each report with its sentence and, from {@code reports}, its dispatch's source, headline and time.
     */
    public PairDays pairDays(CountryPair pair, LocalDate from, LocalDate to, ReportFinder reports) {
        ReadOnlyKeyValueStore<String, PairDay> days = store(ContactsTopology.PAIR_DAYS);
        List<DayCount> dayCounts = new ArrayList<>();
        List<List<Contact>> contactsByDay = new ArrayList<>();
        try (KeyValueIterator<String, PairDay> range = days.range(pair.key() + "|" + from, pair.key() + "|" + to)) {
            while (range.hasNext()) {
                PairDay day = range.next().value;
                dayCounts.add(dayCount(DayTally.count(pair, day.day(), day.contacts())));
                contactsByDay.add(day.contacts());
            }
        }
        Set<String> dispatchIds = new TreeSet<>();
        contactsByDay.forEach(day -> day.forEach(c -> c.getSources().forEach(s -> dispatchIds.add(s.getDispatchId()))));
        Map<String, DispatchReports> found = dispatchIds.isEmpty() ? Map.of() : reports.find(dispatchIds);
        List<ContactView> views = new ArrayList<>();
        contactsByDay.forEach(day -> views.addAll(contactViews(day, found)));
        views.sort(Comparator.comparing(ContactView::date).reversed().thenComparing(ContactView::type).thenComparing(ContactView::id));
        return new PairDays(pair.key(), dayCounts, views);
    }

    /** Every local pair with contacts in the range, summed. */
    public List<PairSummary> pairs(LocalDate from, LocalDate to, Predicate<CountryPair> which) {
        Map<String, List<ContactCount>> byPair = new TreeMap<>();
        try (KeyValueIterator<String, PairDay> all = this.<PairDay>store(ContactsTopology.PAIR_DAYS).all()) {
            while (all.hasNext()) {
                PairDay day = all.next().value;
                CountryPair pair = CountryPair.parse(day.pair());
                if (!day.day().isBefore(from) && !day.day().isAfter(to) && which.test(pair)) {
                    ContactCount count = DayTally.count(pair, day.day(), day.contacts());
                    if (count.getContacts() > 0) {
                        byPair.computeIfAbsent(count.getPair(), p -> new ArrayList<>()).add(count);
                    }
                }
            }
        }
        List<PairSummary> summaries = new ArrayList<>();
        byPair.forEach((pair, counts) -> {
            Views.Totals totals = Views.Totals.of(counts.stream().map(LocalStores::dayCount).toList());
            LocalDate last = counts.stream().map(ContactCount::getDay).max(Comparator.naturalOrder()).orElseThrow();
            CountryPair p = CountryPair.parse(pair);
            summaries.add(new PairSummary(pair, p.first(), p.second(), totals.contacts(), totals.mentions(), totals.byType(), last));
        });
        summaries.sort(MOST_ACTIVE);
        return summaries;
    }

    /** What this instance keeps of these dispatches' reports (their latest versions); dispatches it does not hold are left out. */
    public Map<String, DispatchReports> dispatchReports(Collection<String> dispatchIds) {
        ReadOnlyKeyValueStore<String, SeenDispatch> store = store(ContactsTopology.SEEN_DISPATCHES);
        Map<String, DispatchReports> reports = new TreeMap<>();
        for (String id : dispatchIds) {
            SeenDispatch dispatch = store.get(id);
            if (dispatch != null && !dispatch.reportedDays().isEmpty()) {
                reports.put(id, new DispatchReports(id, dispatch.version(), dispatch.source(), dispatch.headline(), dispatch.published()));
            }
        }
        return reports;
    }

    /** The latest event date any local task has seen. */
    public Optional<LocalDate> latestDay() {
        Optional<Integer> latest = Optional.empty();
        try (KeyValueIterator<String, Integer> all = this.<Integer>store(ContactsTopology.LATEST_EVENT_DAY).all()) {
            while (all.hasNext()) {
                KeyValue<String, Integer> entry = all.next();
                if (latest.isEmpty() || entry.value > latest.get()) {
                    latest = Optional.of(entry.value);
                }
            }
        }
        return latest.map(LocalDate::ofEpochDay);
    }

    /** Local alerts updated at or after {@code since}. */
    public List<AlertView> alerts(Instant since) {
        List<AlertView> alerts = new ArrayList<>();
        try (KeyValueIterator<String, SummitAlertHistory> all = this.<SummitAlertHistory>store(ContactsTopology.SUMMIT_ALERTS).all()) {
            while (all.hasNext()) {
                all.next().value.getAlerts().stream().map(s -> s.getAlert())
                        .filter(a -> !a.getUpdated().isBefore(since)).map(AlertViews::of).forEach(alerts::add);
            }
        }
        return alerts;
    }

    static DayCount dayCount(ContactCount count) {
        return new DayCount(count.getDay(), count.getContacts(), count.getMentions(), new TreeMap<>(count.getContactsByType()));
    }

    private static List<ContactView> contactViews(List<Contact> contacts, Map<String, DispatchReports> reports) {
        Map<String, String> absorbed = DayTally.absorbedInto(contacts);
        Map<String, List<Contact>> merged = new LinkedHashMap<>();
        contacts.stream().filter(c -> !absorbed.containsKey(c.getContactId()))
                .forEach(c -> merged.put(c.getContactId(), new ArrayList<>(List.of(c))));
        absorbed.forEach((unnamed, named) -> merged.get(named).add(
                contacts.stream().filter(c -> c.getContactId().equals(unnamed)).findFirst().orElseThrow()));
        List<ContactView> views = new ArrayList<>();
        merged.forEach((id, group) -> views.add(view(group, reports)));
        return views;
    }

    /** A contact's report with the contact it was kept under (a group also holds the reports naming nobody it absorbed). */
    private record Report(String contactId, ContactSource source) {
    }

    private static ContactView view(List<Contact> group, Map<String, DispatchReports> details) {
        Contact named = group.get(0);
        Map<String, Integer> mentionsByDispatch = new TreeMap<>();
        Map<String, Report> latestByDispatch = new TreeMap<>();
        group.forEach(c -> c.getSources().forEach(s -> {
            mentionsByDispatch.merge(s.getDispatchId(), s.getMentions(), Integer::sum);
            latestByDispatch.merge(s.getDispatchId(), new Report(c.getContactId(), s),
                    (a, b) -> a.source().getVersion() >= b.source().getVersion() ? a : b);
        }));
        Contact latest = group.stream().filter(c -> c.getLatestDispatchId() != null).max(DayTally.BY_LATEST_REPORT).orElse(null);
        List<ReportView> reports = latestByDispatch.values().stream()
                .map(r -> reportView(r, mentionsByDispatch.get(r.source().getDispatchId()), details))
                .toList();
        return new ContactView(named.getContactId(), named.getDate(), named.getType(), named.getActors(),
                List.copyOf(mentionsByDispatch.keySet()),
                mentionsByDispatch.values().stream().mapToInt(Integer::intValue).sum(),
                latest == null ? null : latest.getLatestEvidence(), latest == null ? null : latest.getLatestPublished(), reports);
    }

    /** The report's own sentence and trigger; its dispatch's source, headline and time from where the dispatch is kept. */
    private static ReportView reportView(Report report, int mentions, Map<String, DispatchReports> details) {
        ContactSource s = report.source();
        DispatchReports dispatch = details.get(s.getDispatchId());
        if (dispatch == null) {   // forgotten past the retention, or its new version on its way
            return new ReportView(s.getDispatchId(), s.getVersion(), mentions, null, null, null, s.getEvidence(), s.getTrigger());
        }
        return new ReportView(s.getDispatchId(), s.getVersion(), mentions, dispatch.source(), dispatch.headline(), dispatch.published(),
                s.getEvidence(), s.getTrigger());
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }
}
