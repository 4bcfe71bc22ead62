package io.newswire.aggregate.state;

import io.newswire.schemas.aggregate.Contact;

import java.time.LocalDate;
import java.util.List;

/**
 * One pair's contacts on one day ({@code pair-days}), by contact id, each with the dispatches reporting it: the
 * day's count, emitted and answered, is derived from them ({@code DayTally}), so a change reads and writes one value.
 */
public record PairDay(String pair, LocalDate day, List<Contact> contacts) {
    public PairDay {
        contacts = List.copyOf(contacts);
        for (Contact contact : contacts) {
            if (!contact.getPair().equals(pair) || !contact.getDate().equals(day)) {
                throw new IllegalArgumentException("Contact " + contact.getContactId() + " of " + contact.getPair() + " on " + contact.getDate()
                        + " is not of " + pair + " on " + day);
            }
        }
    }
}
