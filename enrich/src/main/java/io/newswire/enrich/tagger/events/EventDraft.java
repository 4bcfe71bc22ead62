package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.kb.Actor;
import io.newswire.enrich.tagger.text.Sentence;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.ParticipantPart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** An event being assembled from the sentences that report it, before it becomes an Avro Event. */
public final class EventDraft {

    /** One party: country, actor (may be null), and the part it plays. */
    record Party(String country, Actor actor, ParticipantPart part) {
    }

    /** A reporting sentence and the trigger phrase that fired in it. */
    record Report(Sentence sentence, String trigger) {
    }

    final EventType type;
    EventStatus status;
    final Map<String, Party> parties = new LinkedHashMap<>();
    final List<Report> reports = new ArrayList<>();
    LocalDate date;
    String dateSource;
    String location;
    int declaredSize;       // "un sommet à trois": the number of states it is said to gather, 0 when not said
    boolean fromTheatre;    // countries guessed from what the dispatch is about, not read in the sentence
    MeetingSides.Mode mode; // for a meeting: a visit, hosted, at a third place; null for other events
    boolean statusGoverned; // the status comes from words that govern the trigger, not from the trigger alone
    Integer durationHours;  // "a 36-hour ceasefire": truces of different lengths are different truces
    String scope;           // "a ceasefire in the Black Sea": truces of different scopes are different truces (TruceScope)
    boolean atItsSummit;    // a meeting told at a summit by its noun ("met in Minsk at a Normandy-format summit"): that summit, whoever a later sentence adds
    boolean headlineTrip;   // told only by a headline's verb of leaving ("Modi heads to Moscow"): the trip its lead tells
    boolean awaitsSides;    // a summit called off naming one side: another report of it gives the others (CalledOffOneSide)
    boolean heldBefore;     // an event told as held on another day than the event of its clause ("since the Geneva summit", "a day before his call with"): another event

    EventDraft(EventType type, EventStatus status) {
        this.type = type;
        this.status = status;
    }

    /** A new event of the type, reported by the sentence around its trigger. */
    static EventDraft reported(EventType type, EventStatus status, SentenceReading s, CueIndex.TriggerAt trigger) {
        EventDraft e = new EventDraft(type, status);
        e.report(s.sentence(), trigger.surface(), s.dated());
        return e;
    }

    /** An event named as held before (or after) the event of its sentence, on the day its own words give. */
    void heldBefore(DateResolver.Dated dated) {
        heldBefore = true;
        date = dated.date();
        dateSource = dated.source();
    }

    void add(Ref party, ParticipantPart part) {
        add(party.country(), party.actor(), part);
    }

    void add(String country, Actor actor, ParticipantPart part) {
        if (country == null) return;
        Party known = parties.get(country);
        if (known == null) {
            parties.put(country, new Party(country, actor, part));
            return;
        }
        // a side wins over a mediator or a mere place: the venue of a meeting that turns out to host it, a sponsor that fights
        ParticipantPart kept = !isSide(known.part()) && isSide(part) ? part : known.part();
        Actor person = known.actor() != null ? known.actor() : actor;
        if (kept != known.part() || person != known.actor()) parties.put(country, new Party(country, person, kept));
    }

    private static boolean isSide(ParticipantPart part) {
        return part != ParticipantPart.MEDIATOR && part != ParticipantPart.LOCATION;
    }

    /** Participating countries (mediators and the place of a meeting no side hosts excluded), sorted. */
    TreeSet<String> countries() {
        TreeSet<String> out = new TreeSet<>();
        for (Party p : parties.values()) {
            if (p.part() == ParticipantPart.MEDIATOR || (p.part() == ParticipantPart.LOCATION && type == EventType.MEETING)) continue;
            out.add(p.country());
        }
        return out;
    }

    void report(Sentence sentence, String trigger, DateResolver.Dated dated) {
        for (Report r : reports) if (r.sentence().index() == sentence.index()) return;
        reports.add(new Report(sentence, trigger));
        reports.sort((a, b) -> Integer.compare(a.sentence().index(), b.sentence().index()));
        if (dated != null && (date == null || dateSource.equals("dispatch"))) {
            date = dated.date();
            dateSource = dated.source();
        }
    }

    /** Takes in another report of the same event: its status too when this one's was only the trigger's own. */
    void absorb(EventDraft other) {
        if (!statusGoverned && other.statusGoverned) {
            status = other.status;
            statusGoverned = true;
        } else if (StatusReadings.outcomeOf(other.status, status)) {
            // "ready to travel to Kyiv, but his visit was not wanted"; "... could come to Moscow. Zelensky turned down the
            // invitation": what became of the intention, in its sentence or a later one, is its latest state
            status = other.status;
        }
        if (durationHours == null) durationHours = other.durationHours;
        if (scope == null) scope = other.scope;
        for (Party p : other.parties.values()) add(p.country(), p.actor(), p.part());
        for (Report r : other.reports) {
            report(r.sentence(), r.trigger(), other.dateSource != null && !other.dateSource.equals("dispatch") ? new DateResolver.Dated(other.date, other.dateSource) : null);
        }
        if (location == null) location = other.location;
    }

    /** Whether the event is first told in this sentence. */
    boolean firstToldIn(Sentence sentence) {
        return !reports.isEmpty() && reports.get(0).sentence().equals(sentence);
    }

    /** Whether the two may be one event: same length and scope, or a length or a scope told by one only; for truces, both or neither older ones on their own day. */
    boolean sameLength(EventDraft other) {
        if (!TruceScope.compatible(scope, durationHours, other.scope, other.durationHours)) return false;      // a truce at sea and one on energy: two truces
        if (type == EventType.CEASEFIRE && heldBefore != other.heldBefore) return false;     // an older truce on its own day (TruceDate)
        return durationHours == null || other.durationHours == null || durationHours.equals(other.durationHours);
    }

    boolean sameDay(EventDraft other) {
        return date == null || other.date == null || date.equals(other.date) || dateSource.equals("dispatch") || other.dateSource.equals("dispatch");
    }
}
