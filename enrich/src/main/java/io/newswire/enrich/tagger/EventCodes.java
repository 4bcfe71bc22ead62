package io.newswire.enrich.tagger;

import java.util.HashMap;
import java.util.Map;

/** CAMEO code, Goldstein score and PLOVER category of each (event type, status), from kb/lexicon/event-codes.tsv. */
public final class EventCodes {

    /** The codes of one (type, status). */
    public record Code(String cameo, double goldstein, String ploverEvent, String ploverMode) {
    }

    private final Map<String, Code> codes = new HashMap<>();

    static EventCodes load(String path) {
        EventCodes c = new EventCodes();
        for (TsvResource.Row r : TsvResource.read(path)) {
            String mode = r.get("plover_mode");
            c.codes.put(r.get("type") + "|" + r.get("status"),
                    new Code(r.get("cameo"), Double.parseDouble(r.get("goldstein")), r.get("plover_event"), mode.isEmpty() || mode.equals("-") ? null : mode));
        }
        return c;
    }

    /** The code for the type and status, falling back to the type's "*" row. */
    public Code of(String type, String status) {
        Code c = codes.get(type + "|" + status);
        if (c == null) c = codes.get(type + "|*");
        if (c == null) throw new IllegalStateException("no event code for " + type + "/" + status + " in kb/lexicon/event-codes.tsv");
        return c;
    }
}
