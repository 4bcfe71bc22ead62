package io.newswire.aggregate;

import io.newswire.aggregate.state.PairDay;
import io.newswire.core.DateTrust;
import io.newswire.schemas.ContactCount;
import io.newswire.schemas.aggregate.Contact;
import io.newswire.schemas.aggregate.ContactChange;
import io.newswire.schemas.aggregate.ContactChangeKind;
import io.newswire.schemas.aggregate.ContactSource;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every contact with the dispatches reporting it, by pair and day ({@code pair-days}), and emits a pair's
 * {@link ContactCount} for a day, counted from that day's contacts ({@link DayTally}), whenever it changes. Days older than
 * the retention (counted back from the latest event date seen) are dropped every few minutes, and changes for them ignored.
 * Only trusted dates reach it ({@link TrustedDates}), and the latest day is never taken later than the wall clock
 * allows ({@link DateTrust#bounded}), so no single record can move the retention past today's contacts.
 */
final class ContactCounter implements Processor<String, ContactChange, String, ContactCount> {
    private static final Logger LOG = LoggerFactory.getLogger(ContactCounter.class);
    static final String LATEST_DAY = "latest";
    static final Duration RETENTION_CHECK = Duration.ofMinutes(10);

    private final int retentionDays;
    private final DateTrust trust;
    private ProcessorContext<String, ContactCount> context;
    private AggregateMeters meters;
    private KeyValueStore<String, PairDay> days;
    private KeyValueStore<String, Integer> clock;
    /** The latest day stored, read once ({@code latestDayRead}): only this processor writes it, and every record asks. */
    private Integer storedLatestDay;
    private boolean latestDayRead;

    ContactCounter(int retentionDays, DateTrust trust) {
        this.retentionDays = retentionDays;
        this.trust = trust;
    }

    /** Key of a pair's day in {@code pair-days}: {@code RUS-TUR|2025-02-21}, so a pair's days sort by date. */
    static String dayKey(String pair, LocalDate day) {
        return pair + "|" + day;
    }

    static LocalDate dayOf(String dayKey) {
        return LocalDate.parse(dayKey.substring(dayKey.indexOf('|') + 1));
    }

    @Override
    public void init(ProcessorContext<String, ContactCount> context) {
        this.context = context;
        this.meters = AggregateMeters.from(context.appConfigs());
        this.days = context.getStateStore(ContactsTopology.PAIR_DAYS);
        this.clock = context.getStateStore(ContactsTopology.LATEST_EVENT_DAY);
        context.schedule(RETENTION_CHECK, PunctuationType.WALL_CLOCK_TIME, now -> dropExpiredDays());
    }

    @Override
    public void process(Record<String, ContactChange> record) {
        ContactChange change = record.value();
        Integer latest = latestDay();
        if (latest != null && change.getDate().toEpochDay() <= latest - retentionDays) {
            LOG.info("{} of {} on {} by a dispatch ignored: older than the {}-day retention", change.getKind(), change.getPair(), change.getDate(), retentionDays);
            return;
        }
        CountryPair pair = CountryPair.parse(change.getPair());
        String key = dayKey(pair.key(), change.getDate());
        PairDay stored = days.get(key);
        List<Contact> before = stored == null ? List.of() : stored.contacts();
        List<Contact> after = new ArrayList<>(before);
        if (change.getKind() == ContactChangeKind.REPORTED) {
            Contact contactBefore = before.stream().filter(c -> c.getContactId().equals(change.getContactId())).findFirst().orElse(null);
            after.remove(contactBefore);
            after.add(reported(change, contactBefore));
        }
        if (change.getEndsDay()) {
            after = withoutOlderReports(after, change.getDispatchId(), change.getVersion());
        }
        after.sort(Comparator.comparing(Contact::getContactId));
        if (after.equals(before)) {
            return;
        }
        if (after.isEmpty()) {
            days.delete(key);
        } else {
            days.put(key, new PairDay(pair.key(), change.getDate(), after));
        }
        boolean comeOrGone = countComingAndGoing(before, after);
        ContactCount counted = DayTally.count(pair, change.getDate(), after);
        // A contact come or gone changes the day's contact ids, so its count: only a changed contact needs the day counted as it was.
        if (comeOrGone || !counted.equals(DayTally.count(pair, change.getDate(), before))) {
            context.forward(record.withKey(pair.key()).withValue(counted));
        }
        if (change.getKind() == ContactChangeKind.REPORTED && (latest == null || change.getDate().toEpochDay() > latest)) {
            clock.put(LATEST_DAY, (int) change.getDate().toEpochDay());
            storedLatestDay = (int) change.getDate().toEpochDay();
        }
    }

    /** Meters each contact that began or stopped counting; whether any did. */
    private boolean countComingAndGoing(List<Contact> before, List<Contact> after) {
        boolean changed = false;
        for (Contact contact : after) {
            if (!hasContact(before, contact.getContactId())) {
                meters.contact(contact.getType(), true);
                changed = true;
            }
        }
        for (Contact contact : before) {
            if (!hasContact(after, contact.getContactId())) {
                meters.contact(contact.getType(), false);
                changed = true;
            }
        }
        return changed;
    }

    /** A walk, not a set of ids: a pair's day holds a contact or a few, and this runs on every change. */
    private static boolean hasContact(List<Contact> contacts, String contactId) {
        for (Contact contact : contacts) {
            if (contact.getContactId().equals(contactId)) {
                return true;
            }
        }
        return false;
    }

    /** The day's contacts without the dispatch's reports by versions older than this one; a contact no dispatch reports any more leaves. */
    private static List<Contact> withoutOlderReports(List<Contact> contacts, String dispatchId, int version) {
        List<Contact> kept = new ArrayList<>();
        for (Contact contact : contacts) {
            List<ContactSource> sources = new ArrayList<>(contact.getSources());
            if (!sources.removeIf(s -> s.getDispatchId().equals(dispatchId) && s.getVersion() < version)) {
                kept.add(contact);
            } else if (!sources.isEmpty()) {
                kept.add(withSources(contact, sources));
            }
        }
        return kept;
    }

    /** The contact after this version's report of it: one more mention from the dispatch, with this version's sentence. */
    private static Contact reported(ContactChange change, Contact contact) {
        Contact current = contact != null ? contact : new Contact(change.getContactId(), change.getType(), change.getPair(), change.getDate(),
                change.getActors(), List.of(), null, null, null);
        List<ContactSource> sources = new ArrayList<>(current.getSources());
        Optional<ContactSource> known = sources.stream().filter(s -> s.getDispatchId().equals(change.getDispatchId())).findFirst();
        if (known.isPresent() && known.get().getVersion() >= change.getVersion()) {
            return current;
        }
        int mentions = known.map(s -> s.getMentions() + 1).orElse(1);
        known.ifPresent(sources::remove);
        // The dispatch's source, headline and time are kept once per dispatch, in seen-dispatches; the sentence is this report's own.
        sources.add(new ContactSource(change.getDispatchId(), change.getVersion(), mentions, null, null, null, change.getEvidence(), change.getTrigger()));
        sources.sort(Comparator.comparing(ContactSource::getDispatchId));
        if (isLatest(change, current)) {
            return new Contact(current.getContactId(), current.getType(), current.getPair(), current.getDate(), current.getActors(), sources,
                    change.getDispatchId(), change.getPublished(), change.getEvidence());
        }
        return withSources(current, sources);
    }

    /**
     * The contact with other reports. Built field by field, not through {@code Contact.newBuilder(contact)}, which
     * deep-copies every field (the reports and their sentences) only for the reports to be replaced; the values read
     * from the store are never changed in place, so the new contact may share them.
     */
    private static Contact withSources(Contact contact, List<ContactSource> sources) {
        return new Contact(contact.getContactId(), contact.getType(), contact.getPair(), contact.getDate(), contact.getActors(), sources,
                contact.getLatestDispatchId(), contact.getLatestPublished(), contact.getLatestEvidence());
    }

    /** Whether the report is at least as recent as the contact's latest one (publication time, then dispatch id). */
    private static boolean isLatest(ContactChange change, Contact contact) {
        if (contact.getLatestDispatchId() == null) {
            return true;
        }
        Instant published = change.getPublished() == null ? Instant.MIN : change.getPublished();
        Instant latest = contact.getLatestPublished() == null ? Instant.MIN : contact.getLatestPublished();
        int byTime = published.compareTo(latest);
        return byTime > 0 || (byTime == 0 && change.getDispatchId().compareTo(contact.getLatestDispatchId()) >= 0);
    }

    /** The latest event day counted, no later than the wall clock allows (a day stored before dates were checked may be later). */
    private Integer latestDay() {
        if (!latestDayRead) {
            storedLatestDay = clock.get(LATEST_DAY);
            latestDayRead = true;
        }
        Integer stored = storedLatestDay;
        if (stored == null) {
            return null;
        }
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        return (int) trust.bounded(LocalDate.ofEpochDay(stored), now).toEpochDay();
    }

    /** A scan of every pair-day: done now and then, not on every new day. */
    private void dropExpiredDays() {
        Integer latest = latestDay();
        if (latest != null) {
            dropDaysBefore(latest - retentionDays + 1L);
        }
    }

    private void dropDaysBefore(long firstKeptEpochDay) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, PairDay> all = days.all()) {
            while (all.hasNext()) {
                KeyValue<String, PairDay> entry = all.next();
                if (entry.value.day().toEpochDay() < firstKeptEpochDay) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(days::delete);
        if (!expired.isEmpty()) {
            LOG.info("Dropped {} pair-days before {} (retention {} days)", expired.size(), LocalDate.ofEpochDay(firstKeptEpochDay), retentionDays);
        }
    }
}
