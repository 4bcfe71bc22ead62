package io.newswire.enrich.evaluation;

import io.newswire.core.data.TabSeparated;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The recall audit on unseen real text: the events a person found in the corpus articles that report diplomacy
 * (enrich/src/test/resources/audit/events-recall.tsv: corpus id, type, countries, status, phrasing family, reason;
 * never the text), and whether the tagger emits each: recall per type, and the misses by family.
 */
public final class EventRecall {

    /** The columns of the recall file, in order. */
    public static final List<String> COLUMNS = List.of("id", "type", "countries", "status", "family", "reason");

    /** An event a person found in an article, with the phrasing family that tells it. */
    public record Expected(String id, EventType type, List<String> countries, String status, String family, String reason, int line) {

        String key() {
            return id + "|" + type.wireName() + "|" + String.join(",", countries);
        }
    }

    /** Recall of one type: the events found by hand, and those the tagger emits. */
    public record Recall(int judged, int found) {

        public double value() {
            return judged == 0 ? 0 : found / (double) judged;
        }
    }

    /** Recall per type and the events missed. */
    public record Result(Map<EventType, Recall> recall, List<Expected> missed) {
    }

    private EventRecall() {
    }

    /** The recall file, strictly: its header, known types and statuses, sorted upper-case codes, a family and a reason. */
    public static List<Expected> expected(Path file) {
        List<Expected> out = new ArrayList<>();
        for (TabSeparated.Line line : AuditFiles.read(file, file.toString(), COLUMNS)) {
            String where = file + ":" + line.number() + ": ";
            List<String> c = line.cells();
            EventType type = EventType.find(c.get(1)).orElseThrow(() -> new IllegalArgumentException(where + "unknown event type '" + c.get(1) + "'"));
            EventStatus.find(c.get(3)).orElseThrow(() -> new IllegalArgumentException(where + "unknown status '" + c.get(3) + "'"));
            List<String> countries = List.of(c.get(2).split(","));
            if (countries.size() < 1 || !countries.stream().allMatch(code -> code.matches("[A-Z]{3}")) || !countries.equals(countries.stream().sorted().toList())) {
                throw new IllegalArgumentException(where + "countries are sorted alpha-3 codes separated by commas, not '" + c.get(2) + "'");
            }
            if (c.get(4).isBlank() || c.get(5).isBlank()) throw new IllegalArgumentException(where + "every event needs its family and its one-line reason");
            out.add(new Expected(c.get(0), type, countries, c.get(3), c.get(4), c.get(5), line.number()));
        }
        return out;
    }

    /** An expected event is found when the tagger emits one of its type in its article between the same countries. */
    public static Result audit(List<EventAudit.Emitted> emitted, List<Expected> expected) {
        Set<String> keys = new HashSet<>();
        for (EventAudit.Emitted e : emitted) keys.add(e.id() + "|" + e.type().wireName() + "|" + String.join(",", e.countries()));
        Map<EventType, int[]> counts = new EnumMap<>(EventType.class);
        List<Expected> missed = new ArrayList<>();
        for (Expected x : expected) {
            int[] c = counts.computeIfAbsent(x.type(), t -> new int[2]);
            c[0]++;
            if (keys.contains(x.key())) c[1]++;
            else missed.add(x);
        }
        Map<EventType, Recall> recall = new EnumMap<>(EventType.class);
        counts.forEach((t, c) -> recall.put(t, new Recall(c[0], c[1])));
        return new Result(recall, missed);
    }

    /** Prints the recall per type, then the misses by family and each miss. */
    public static void print(Result result, PrintStream out) {
        out.printf(Locale.ROOT, "%-16s %7s %7s %9s%n", "type", "events", "found", "recall");
        int judged = 0, found = 0;
        for (Map.Entry<EventType, Recall> e : result.recall().entrySet()) {
            Recall r = e.getValue();
            judged += r.judged();
            found += r.found();
            out.printf(Locale.ROOT, "%-16s %7d %7d %9.3f%n", e.getKey().wireName(), r.judged(), r.found(), r.value());
        }
        out.printf(Locale.ROOT, "%-16s %7d %7d %9.3f%n", "all", judged, found, judged == 0 ? 0 : found / (double) judged);
        Map<String, Integer> byFamily = new TreeMap<>();
        for (Expected x : result.missed()) byFamily.merge(x.family(), 1, Integer::sum);
        byFamily.forEach((family, n) -> out.println("missed " + n + " " + family));
        for (Expected x : result.missed()) out.println("missed (line " + x.line() + "): " + x.key() + " " + x.status() + ": " + x.reason());
    }
}
