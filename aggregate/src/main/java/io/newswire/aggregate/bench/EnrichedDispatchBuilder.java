package io.newswire.aggregate.bench;

import io.newswire.schemas.DispatchRef;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.Evidence;
import io.newswire.schemas.Participant;
import io.newswire.schemas.ParticipantPart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Writes enriched dispatches as enrich would, for the generator, the bench and tests. */
public final class EnrichedDispatchBuilder {
    private final String id;
    private int version = 1;
    private LocalDate referenceDate = LocalDate.of(2025, 2, 21);
    private Instant published;
    private String headline;
    private final List<Event> events = new ArrayList<>();

    private EnrichedDispatchBuilder(String id) {
        this.id = id;
    }

    public static EnrichedDispatchBuilder dispatch(String id) {
        return new EnrichedDispatchBuilder(id);
    }

    public EnrichedDispatchBuilder version(int version) {
        this.version = version;
        return this;
    }

    /** The dispatch's reference date; its publication time is noon UTC that day unless set. */
    public EnrichedDispatchBuilder on(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
        return this;
    }

    public EnrichedDispatchBuilder published(Instant published) {
        this.published = published;
        return this;
    }

    public EnrichedDispatchBuilder headline(String headline) {
        this.headline = headline;
        return this;
    }

    /** An occurred contact (PHONE_CALL, MEETING) between the given countries, each with its named person or null. */
    public EnrichedDispatchBuilder contact(String type, LocalDate date, Map<String, String> personByCountry, String evidence) {
        return event(type, EventStatus.OCCURRED.wireName(), date, personByCountry, evidence);
    }

    public EnrichedDispatchBuilder call(LocalDate date, Map<String, String> personByCountry) {
        return contact(EventType.PHONE_CALL.wireName(), date, personByCountry, "They spoke by telephone.");
    }

    public EnrichedDispatchBuilder proposal(LocalDate date, Map<String, String> personByCountry, String evidence) {
        return event(EventType.SUMMIT_PROPOSAL.wireName(), EventStatus.PROPOSED.wireName(), date, personByCountry, evidence);
    }

    public EnrichedDispatchBuilder event(String type, String status, LocalDate date, Map<String, String> personByCountry, String evidence) {
        Map<String, String> people = new LinkedHashMap<>(personByCountry);
        List<Participant> participants = new ArrayList<>();
        people.forEach((country, person) -> participants.add(new Participant(country, person, ParticipantPart.PARTICIPANT.wireName())));
        List<String> actors = List.copyOf(new TreeSet<>(people.values().stream().filter(p -> p != null).toList()));
        events.add(Event.newBuilder()
                .setId(type + "-" + events.size())
                .setType(type).setStatus(status)
                .setCountries(List.copyOf(new TreeSet<>(people.keySet())))
                .setParticipants(participants)
                .setActors(actors)
                .setEvidence(List.of(new Evidence(evidence, 0, evidence.length(), null)))
                .setDate(date).setDateSource("explicit").setLocation(null)
                .setCameo(type.equals(EventType.SUMMIT_PROPOSAL.wireName()) ? "036" : "040").setGoldstein(1.0)
                .setPloverEvent("CONSULT").setPloverMode(null)
                .build());
        return this;
    }

    public EnrichedDispatch build() {
        Instant publication = published != null ? published : referenceDate.atTime(12, 0).toInstant(ZoneOffset.UTC);
        return EnrichedDispatch.newBuilder()
                .setDispatch(new DispatchRef(id, version, "AFP", headline, publication, null))
                .setLanguage("en").setLanguageConfidence(1.0).setEventsSupported(true)
                .setReferenceDate(referenceDate)
                .setActors(List.of()).setCountries(List.of())
                .setEvents(List.copyOf(events))
                .setEnrichedAt(publication).setTaggerVersion("bench")
                .build();
    }
}
