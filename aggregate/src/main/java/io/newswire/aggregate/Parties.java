package io.newswire.aggregate;

import io.newswire.schemas.Event;
import io.newswire.schemas.Participant;
import io.newswire.schemas.ParticipantPart;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Who takes part in an event: its countries, less those that are only the place where it happens. */
final class Parties {
    private static final String LOCATION = ParticipantPart.LOCATION.wireName();

    private Parties() {
    }

    /** Participating countries, sorted, without duplicates and without location-only countries. */
    static List<String> countriesOf(Event event) {
        Set<String> parties = new TreeSet<>(event.getCountries());
        // Loops, not streams and sets of ids: read for every event of every dispatch, with a few participants each.
        for (Participant participant : event.getParticipants()) {
            if (LOCATION.equals(participant.getPart()) && !takesPart(event, participant.getCountry())) {
                parties.remove(participant.getCountry());
            }
        }
        return List.copyOf(parties);
    }

    /** Whether the country is a participant of the event other than as its place. */
    private static boolean takesPart(Event event, String country) {
        for (Participant participant : event.getParticipants()) {
            if (!LOCATION.equals(participant.getPart()) && participant.getCountry().equals(country)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people of one pair taking part, sorted: the named participants of its two countries when the event
     * names its participants' people, otherwise every actor of the event; empty when nobody is named.
     */
    static List<String> actorsOf(Event event, CountryPair pair) {
        boolean participantsNamed = event.getParticipants().stream().anyMatch(p -> p.getActor() != null);
        if (!participantsNamed) {
            return List.copyOf(new TreeSet<>(event.getActors()));
        }
        return List.copyOf(event.getParticipants().stream()
                .filter(p -> p.getActor() != null && !LOCATION.equals(p.getPart()) && pair.involves(p.getCountry()))
                .map(Participant::getActor).collect(Collectors.toCollection(TreeSet::new)));
    }

    /** The host country when stated, else the country where it is to happen, else null. */
    static String hostOf(Event event) {
        for (String part : List.of(ParticipantPart.HOST.wireName(), LOCATION)) {
            for (Participant p : event.getParticipants()) {
                if (part.equals(p.getPart())) {
                    return p.getCountry();
                }
            }
        }
        return null;
    }
}
