package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.schemas.Event;
import io.newswire.schemas.EventType;
import io.newswire.schemas.Evidence;
import io.newswire.schemas.Participant;
import io.newswire.schemas.ParticipantPart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Turns assembled events into Avro events: wire names, evidence sentences, codes of (type, status), a stable id. */
final class EventRecords {

    // looking up a MessageDigest goes through the security providers each time: one per thread instead
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(EventRecords::sha256);
    private static final HexFormat HEX = HexFormat.of();

    private EventRecords() {
    }

    static List<Event> of(AnalyzedText text, List<EventDraft> drafts, EventCodes codes) {
        List<Event> events = new ArrayList<>();
        for (EventDraft d : drafts) {
            LocalDate date = d.date == null ? text.referenceDate() : d.date;
            List<String> countries = new ArrayList<>(d.countries());
            List<Participant> participants = new ArrayList<>();
            List<String> actors = new ArrayList<>();
            for (EventDraft.Party p : d.parties.values()) {
                participants.add(new Participant(p.country(), p.actor() == null ? null : p.actor().name(), p.part().wireName()));
                if (p.actor() != null && p.part() != ParticipantPart.MEDIATOR && !actors.contains(p.actor().name())) actors.add(p.actor().name());
            }
            List<Evidence> evidence = new ArrayList<>();
            for (EventDraft.Report r : d.reports) {
                evidence.add(new Evidence(r.sentence().text(text.body()), r.sentence().start(), r.sentence().end(), r.trigger()));
            }
            EventCodes.Code code = codes.of(d.type, d.status, d.mode);
            events.add(new Event(eventId(d.type, countries, actors, date), d.type.wireName(), d.status.wireName(), countries, participants, actors,
                    evidence, date, d.dateSource, d.location, code.cameo(), code.goldstein(), code.ploverEvent(), code.ploverMode()));
        }
        return events;
    }

    private static String eventId(EventType type, List<String> countries, List<String> actors, LocalDate date) {
        StringBuilder key = new StringBuilder(64).append(type.wireName()).append('|');
        appendJoined(key, countries).append('|');
        if (actors.size() > 1) {
            actors = new ArrayList<>(actors);
            actors.sort(null);
        }
        appendJoined(key, actors).append('|').append(date);
        byte[] hash = SHA_256.get().digest(key.toString().getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(hash, 0, 8);
    }

    private static StringBuilder appendJoined(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.append(',');
            out.append(values.get(i));
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
