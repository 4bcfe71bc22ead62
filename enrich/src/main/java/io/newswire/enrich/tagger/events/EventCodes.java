package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.TsvResource;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** CAMEO code, Goldstein score and PLOVER category of each (event type, status), from kb/lexicon/event-codes.tsv. */
public final class EventCodes {

    /** The codes of one (type, status). */
    public record Code(String cameo, double goldstein, String ploverEvent, String ploverMode) {
    }

    private final Map<EventType, Map<EventStatus, Code>> codes = new EnumMap<>(EventType.class);
    private final Map<EventType, Code> defaults = new EnumMap<>(EventType.class);     // the type's "*" row

    public static EventCodes load(String path) {
        EventCodes c = new EventCodes();
        for (TsvResource.Row r : TsvResource.read(path)) {
            String mode = r.get("plover_mode");
            Code code = new Code(r.get("cameo"), Double.parseDouble(r.get("goldstein")), r.get("plover_event"), mode.isEmpty() || mode.equals("-") ? null : mode);
            EventType type = EventType.of(r.get("type"));
            if (r.get("status").equals("*")) c.defaults.put(type, code);
            else c.codes.computeIfAbsent(type, t -> new EnumMap<>(EventStatus.class)).put(EventStatus.of(r.get("status")), code);
        }
        return c;
    }

    /** Fails when a type has no code for a status it may take: no "*" row. */
    void requireFor(Set<EventType> types) {
        for (EventType type : types) {
            if (!defaults.containsKey(type)) {
                throw new IllegalStateException("kb/lexicon/event-codes.tsv: event type " + type + " has no codes: add a '" + type + "\t*' row (its default)");
            }
        }
    }

    /** The code for the type and status, falling back to the type's "*" row. */
    public Code of(EventType type, EventStatus status) {
        Code c = codes.getOrDefault(type, Map.of()).get(status);
        if (c == null) c = defaults.get(type);
        if (c == null) throw new IllegalStateException("no event code for " + type + "/" + status + " in kb/lexicon/event-codes.tsv");
        return c;
    }
}
