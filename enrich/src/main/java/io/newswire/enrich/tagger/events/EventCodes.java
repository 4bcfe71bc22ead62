package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.kb.KbSource;
import io.newswire.enrich.tagger.kb.KnowledgeFileException;
import io.newswire.enrich.tagger.kb.TsvResource;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CAMEO code, Goldstein score and PLOVER category of each (event type, status, meeting mode), from
 * kb/lexicon/event-codes.tsv: a meeting held is a visit (042), hosted (043) or at a third place (044).
 */
public final class EventCodes {

    /** The codes of one (type, status, mode). */
    public record Code(String cameo, double goldstein, String ploverEvent, String ploverMode) {
    }

    private static final String PATH = "kb/lexicon/event-codes.tsv";
    private static final String ANY = "*";

    private final Map<String, Code> codes = new HashMap<>();       // "TYPE|status|mode", "*" for any

    public static EventCodes load(KbSource source) {
        EventCodes c = new EventCodes();
        for (TsvResource.Row r : TsvResource.read(source, PATH, "type", "status", "mode", "cameo", "goldstein", "plover_event", "plover_mode", "note")) {
            String mode = r.get("plover_mode");
            Code code = new Code(r.get("cameo"), goldstein(r), r.get("plover_event"), mode.isEmpty() || mode.equals("-") ? null : mode);
            EventType type = EventType.find(r.get("type")).orElseThrow(() -> r.problem("unknown event type '" + r.get("type") + "'"));
            String status = r.get("status");
            if (!status.equals(ANY)) EventStatus.find(status).orElseThrow(() -> r.problem("unknown event status '" + status + "'"));
            String meeting = r.get("mode");
            if (!meeting.equals(ANY) && MeetingSides.Mode.find(meeting).isEmpty()) {
                throw r.problem("mode is * or a meeting mode (" + Arrays.stream(MeetingSides.Mode.values()).map(MeetingSides.Mode::wireName)
                        .collect(Collectors.joining(", ")) + "), not '" + meeting + "'");
            }
            if (c.codes.put(key(type, status, meeting), code) != null) throw r.problem(type + " " + status + " " + meeting + " is coded twice");
        }
        return c;
    }

    private static String key(EventType type, String status, String mode) {
        return type.wireName() + "|" + status + "|" + mode;
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

    /** Fails when a type has no code for a status it may take: no "* *" row. */
    void requireFor(Set<EventType> types) {
        for (EventType type : types) {
            if (!codes.containsKey(key(type, ANY, ANY))) {
                throw new KnowledgeFileException(PATH + ": event type " + type + " has no codes: add a '" + type + "\t" + ANY + "\t" + ANY + "' row (its default)");
            }
        }
    }

    /** The code for the type, status and meeting mode (null: none), falling back to the status's any-mode row, then the type's default. */
    public Code of(EventType type, EventStatus status, MeetingSides.Mode mode) {
        Code c = mode == null ? null : codes.get(key(type, status.wireName(), mode.wireName()));
        if (c == null) c = codes.get(key(type, status.wireName(), ANY));
        if (c == null) c = codes.get(key(type, ANY, ANY));
        if (c == null) throw new IllegalStateException("no event code for " + type + "/" + status + " in " + PATH);
        return c;
    }
}
