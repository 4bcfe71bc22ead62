package io.newswire.aggregate;

import io.newswire.schemas.ContactCount;
import io.newswire.schemas.aggregate.Contact;
import io.newswire.schemas.aggregate.ContactSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts one pair's contacts on one day. A contact reported without named people is taken to be the named
 * contact of the same type that day when there is one (most days have one call, and reports that name nobody
 * describe the same call); otherwise it counts on its own.
 */
public final class DayTally {
    /** Latest report first: publication time, then dispatch id; contacts never reported sort first. */
    public static final Comparator<Contact> BY_LATEST_REPORT = Comparator
            .comparing((Contact c) -> c.getLatestPublished() == null ? Instant.MIN : c.getLatestPublished())
            .thenComparing(c -> c.getLatestDispatchId() == null ? "" : c.getLatestDispatchId());

    private DayTally() {
    }

    public static ContactCount count(CountryPair pair, LocalDate day, List<Contact> contacts) {
        Map<String, Integer> byType = new TreeMap<>();
        int mentions = 0;
        Contact latest = null;
        Map<String, String> absorbed = absorbedInto(contacts);
        for (Contact contact : contacts) {
            if (!absorbed.containsKey(contact.getContactId())) {
                byType.merge(contact.getType(), 1, Integer::sum);
            }
            mentions += mentionsOf(contact);
            if (contact.getLatestDispatchId() != null && (latest == null || BY_LATEST_REPORT.compare(contact, latest) > 0)) {
                latest = contact;
            }
        }
        return ContactCount.newBuilder()
                .setPair(pair.key()).setCountryA(pair.first()).setCountryB(pair.second()).setDay(day)
                .setContacts(byType.values().stream().mapToInt(Integer::intValue).sum())
                .setMentions(mentions)
                .setContactsByType(byType)
                .setLastContactTime(latest == null ? null : latest.getLatestPublished())
                .setLatestEvidence(latest == null ? null : latest.getLatestEvidence())
                .setContactIds(contacts.stream().map(Contact::getContactId).sorted().toList())
                .build();
    }

    /** For each contact that names nobody and has a named contact of its type that day: the id of that named contact. */
    public static Map<String, String> absorbedInto(List<Contact> contacts) {
        Map<String, String> firstNamedByType = new TreeMap<>();
        contacts.stream().filter(c -> !c.getActors().isEmpty())
                .sorted(Comparator.comparing((Contact c) -> String.join(";", c.getActors())).thenComparing(Contact::getContactId))
                .forEach(c -> firstNamedByType.putIfAbsent(c.getType(), c.getContactId()));
        Map<String, String> absorbed = new HashMap<>();
        for (Contact contact : contacts) {
            if (contact.getActors().isEmpty()) {
                Optional.ofNullable(firstNamedByType.get(contact.getType())).ifPresent(named -> absorbed.put(contact.getContactId(), named));
            }
        }
        return absorbed;
    }

    public static int mentionsOf(Contact contact) {
        return contact.getSources().stream().mapToInt(ContactSource::getMentions).sum();
    }
}
