package io.newswire.aggregate;

import io.newswire.schemas.Event;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.Evidence;
import io.newswire.schemas.aggregate.ContactSighting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the contacts a dispatch reports: each occurred event of a contact type ({@link EventType#isContact()}), once per unordered pair of its
 * countries. Contacts dated more than the grace period before the dispatch's first reference date (or after it)
 * are set apart as late, with the reason.
 */
public final class ContactReader {
    /** Time zones: a dispatch dated in Asia can report a call dated the next day in UTC. */
    private static final int DAYS_AHEAD_ALLOWED = 1;

    private final int graceDays;

    public ContactReader(int graceDays) {
        this.graceDays = graceDays;
    }

    /** One contact as one dispatch version reports it: its sighting (kept per dispatch, with the first evidence sentence), type and people. */
    public record ReportedContact(ContactSighting sighting, String type, List<String> actors) {
    }

    /** What a dispatch version reports: the contacts it counts for, and the late ones, described. */
    public record ContactReading(ReceivedDispatch received, List<ReportedContact> contacts, List<String> lateContacts) {
        public boolean hasLateContacts() {
            return !lateContacts.isEmpty();
        }
    }

    public ContactReading read(ReceivedDispatch received) {
        LocalDate base = received.firstReferenceDate() != null ? received.firstReferenceDate() : received.times().referenceDate();
        Map<String, ReportedContact> contacts = new LinkedHashMap<>();
        List<String> late = new ArrayList<>();
        for (Event event : received.dispatch().getEvents()) {
            if (!isOccurredContact(event)) {
                continue;
            }
            List<String> countries = Parties.countriesOf(event);
            for (int i = 0; i < countries.size(); i++) {
                for (int j = i + 1; j < countries.size(); j++) {
                    CountryPair pair = new CountryPair(countries.get(i), countries.get(j));
                    String lateness = lateness(event.getDate(), base);
                    if (lateness != null) {
                        late.add(event.getType() + " " + pair + " on " + event.getDate() + " " + lateness);
                        continue;
                    }
                    List<String> actors = Parties.actorsOf(event, pair);
                    String id = ContactIdentity.idOf(event.getType(), pair, event.getDate(), actors);
                    Evidence evidence = firstEvidence(event);
                    ContactSighting sighting = ContactSighting.newBuilder().setContactId(id).setPair(pair.key()).setDate(event.getDate())
                            .setEvidence(evidence == null ? null : evidence.getSentence()).setTrigger(evidence == null ? null : evidence.getTrigger())
                            .build();
                    contacts.putIfAbsent(id, new ReportedContact(sighting, event.getType(), actors));
                }
            }
        }
        return new ContactReading(received, List.copyOf(contacts.values()), List.copyOf(late));
    }

    /** Only a call or a meeting that happened is a contact; every other status is kept on the event, not counted. */
    private static boolean isOccurredContact(Event event) {
        return EventType.find(event.getType()).filter(EventType::isContact).isPresent()
                && EventStatus.find(event.getStatus()).filter(EventStatus.OCCURRED::equals).isPresent();
    }

    private String lateness(LocalDate eventDate, LocalDate base) {
        long daysBefore = ChronoUnit.DAYS.between(eventDate, base);
        if (daysBefore > graceDays) {
            return "is " + daysBefore + " days before its dispatch's reference date " + base + " (grace period " + graceDays + " days)";
        }
        if (-daysBefore > DAYS_AHEAD_ALLOWED) {
            return "is " + (-daysBefore) + " days after its dispatch's reference date " + base + ": an occurred contact cannot be dated after its report";
        }
        return null;
    }

    static String firstSentence(Event event) {
        Evidence first = firstEvidence(event);
        return first == null ? null : first.getSentence();
    }

    private static Evidence firstEvidence(Event event) {
        List<Evidence> evidence = event.getEvidence();
        return evidence.isEmpty() ? null : evidence.get(0);
    }
}
