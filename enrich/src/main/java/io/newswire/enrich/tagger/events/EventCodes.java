package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.KbSource;
import io.newswire.enrich.tagger.kb.KnowledgeFileException;
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

    private static final String PATH = "kb/lexicon/event-codes.tsv";
    private static final String ANY_STATUS = "*";

    public static EventCodes load(KbSource source) {
        EventCodes c = new EventCodes();
        for (TsvResource.Row r : TsvResource.read(source, PATH, "type", "status", "cameo", "goldstein", "plover_event", "plover_mode", "note")) {
            String mode = r.get("plover_mode");
            Code code = new Code(r.get("cameo"), goldstein(r), r.get("plover_event"), mode.isEmpty() || mode.equals("-") ? null : mode);
            EventType type = EventType.find(r.get("type")).orElseThrow(() -> r.problem("unknown event type '" + r.get("type") + "'"));
            if (r.get("status").equals(ANY_STATUS)) {
                c.defaults.put(type, code);
            } else {
                EventStatus status = EventStatus.find(r.get("status")).orElseThrow(() -> r.problem("unknown event status '" + r.get("status") + "'"));
                c.codes.computeIfAbsent(type, t -> new EnumMap<>(EventStatus.class)).put(status, code);
            }
        }
        return c;
    }

    private static double goldstein(TsvResource.Row r) {
        try {
            double g = Double.parseDouble(r.get("goldstein"));
            if (g < -10 || g > 10) throw r.problem("goldstein " + g + " is outside -10..10");
            return g;
        } catch (NumberFormatException e) {
            throw r.problem("goldstein '" + r.get("goldstein") + "' is not a number");
        }
    }

    /** Fails when a type has no code for a status it may take: no "*" row. */
    void requireFor(Set<EventType> types) {
        for (EventType type : types) {
            if (!defaults.containsKey(type)) {
                throw new KnowledgeFileException(PATH + ": event type " + type + " has no codes: add a '" + type + "\t" + ANY_STATUS + "' row (its default)");
            }
        }
    }

    /** The code for the type and status, falling back to the type's "*" row. */
    public Code of(EventType type, EventStatus status) {
        Code c = codes.getOrDefault(type, Map.of()).get(status);
        if (c == null) c = defaults.get(type);
        if (c == null) throw new IllegalStateException("no event code for " + type + "/" + status + " in " + PATH);
        return c;
    }
}
