package io.newswire.enrich.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.core.data.TabSeparated;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.Event;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.Evidence;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The precision audit on unseen real text: the tagger tags every article of a corpus that no gold set uses (the
 * shared Wikinews corpus), and each event it emits is matched to a verdict a person gave it from its evidence
 * sentence. The verdicts are data in the project (enrich/src/test/resources/audit/events.tsv: corpus id, type,
 * countries, status, evidence offsets, verdict, reason; never the text), so the audit is repeated after every change:
 * precision per type over the judged events, and the events still to judge.
 */
public final class EventAudit {

    /** The columns of the verdicts file, in order. */
    public static final List<String> COLUMNS = List.of("id", "type", "countries", "status", "start", "end", "verdict", "status_right", "reason");

    /** An event the tagger emits, with the offsets of its first evidence sentence in the article. */
    public record Emitted(String id, EventType type, List<String> countries, String status, int start, int end, String sentence) {

        String key() {
            return EventAudit.key(id, type, countries, start);
        }
    }

    /**
     * One person's verdict on an emitted event.
     *
     * @param correct     whether the sentence reports an event of that type between those countries
     * @param statusRight whether its status is the one the sentence gives, null when not judged
     */
    public record Verdict(String id, EventType type, List<String> countries, String status, int start, int end,
                          boolean correct, Boolean statusRight, String reason, int line) {

        String key() {
            return EventAudit.key(id, type, countries, start);
        }
    }

    /** Precision of one type: judged events still emitted, those judged correct, and those whose status was judged right. */
    public record Precision(int judged, int correct, int statusJudged, int statusRight) {

        public double value() {
            return judged == 0 ? 0 : correct / (double) judged;
        }
    }

    /** What the audit found: precision per type, the emitted events nobody judged, the verdicts on events no longer emitted. */
    public record Result(Map<EventType, Precision> precision, List<Emitted> unjudged, List<Verdict> stale, int emitted) {
    }

    private static final String CORRECT = "correct";
    private static final String WRONG = "wrong";

    private EventAudit() {
    }

    private static String key(String id, EventType type, List<String> countries, int start) {
        return id + "|" + type.wireName() + "|" + String.join(",", countries) + "|" + start;
    }

    /**
     * Tags every article of the corpus directory (its *.jsonl files, one article a line) and keeps every event it
     * emits, whatever its status: each goes to its type's topic, counted or not.
     */
    public static List<Emitted> emitted(Tagger tagger, Path corpus) {
        List<Emitted> out = new ArrayList<>();
        for (JsonNode article : articles(corpus)) {
            for (Event e : tagger.tag(Evaluator.dispatch(article)).getEvents()) {
                EventType type = EventType.of(e.getType());
                Evidence first = e.getEvidence().get(0);
                List<String> countries = new ArrayList<>(e.getCountries());
                Collections.sort(countries);
                out.add(new Emitted(article.path("id").asText(), type, countries, e.getStatus(), first.getStart(), first.getEnd(), first.getSentence()));
            }
        }
        return out;
    }

    static List<JsonNode> articles(Path corpus) {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) out.addAll(Evaluator.readJsonl(f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpus, e);
        }
        return out;
    }

    /** The verdicts file, strictly: its header, known types and verdicts, offsets as numbers; a bad line names itself. */
    public static List<Verdict> verdicts(Path file) {
        List<Verdict> out = new ArrayList<>();
        for (TabSeparated.Line line : AuditFiles.read(file, file.toString(), COLUMNS)) {
            String where = file + ":" + line.number() + ": ";
            List<String> c = line.cells();
            EventType type = EventType.find(c.get(1)).orElseThrow(() -> new IllegalArgumentException(where + "unknown event type '" + c.get(1) + "'"));
            EventStatus.find(c.get(3)).orElseThrow(() -> new IllegalArgumentException(where + "unknown status '" + c.get(3) + "'"));
            if (!c.get(6).equals(CORRECT) && !c.get(6).equals(WRONG)) throw new IllegalArgumentException(where + "verdict is correct or wrong, not '" + c.get(6) + "'");
            Boolean statusRight = switch (c.get(7)) {
                case "yes" -> true;
                case "no" -> false;
                case "-" -> null;
                default -> throw new IllegalArgumentException(where + "status_right is yes, no or -, not '" + c.get(7) + "'");
            };
            if (c.get(8).isBlank()) throw new IllegalArgumentException(where + "every verdict needs its one-line reason");
            try {
                out.add(new Verdict(c.get(0), type, List.of(c.get(2).split(",")), c.get(3), Integer.parseInt(c.get(4)), Integer.parseInt(c.get(5)),
                        c.get(6).equals(CORRECT), statusRight, c.get(8), line.number()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "start and end are character offsets, not '" + c.get(4) + "', '" + c.get(5) + "'");
            }
        }
        return out;
    }

    /** Matches the emitted events to the verdicts. */
    public static Result audit(List<Emitted> emitted, List<Verdict> verdicts) {
        Map<String, Verdict> byKey = new HashMap<>();
        for (Verdict v : verdicts) byKey.put(v.key(), v);
        Map<EventType, int[]> counts = new EnumMap<>(EventType.class);
        List<Emitted> unjudged = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (Emitted e : emitted) {
            Verdict v = byKey.get(e.key());
            if (v == null) {
                unjudged.add(e);
                continue;
            }
            seen.put(v.key(), true);
            int[] c = counts.computeIfAbsent(e.type(), t -> new int[4]);
            c[0]++;
            if (v.correct()) c[1]++;
            if (v.statusRight() != null) {
                c[2]++;
                if (v.statusRight()) c[3]++;
            }
        }
        Map<EventType, Precision> precision = new EnumMap<>(EventType.class);
        counts.forEach((t, c) -> precision.put(t, new Precision(c[0], c[1], c[2], c[3])));
        List<Verdict> stale = verdicts.stream().filter(v -> !seen.containsKey(v.key())).toList();
        return new Result(precision, unjudged, stale, emitted.size());
    }

    /** A random sample of the events, at most {@code perType} of each type, the same for the same seed. */
    public static List<Emitted> sample(List<Emitted> events, int perType, long seed) {
        Map<EventType, List<Emitted>> byType = new LinkedHashMap<>();
        for (Emitted e : events) byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
        List<Emitted> out = new ArrayList<>();
        Random random = new Random(seed);
        byType.forEach((type, list) -> {
            List<Emitted> shuffled = new ArrayList<>(list);
            Collections.shuffle(shuffled, random);
            out.addAll(shuffled.subList(0, Math.min(perType, shuffled.size())));
        });
        return out;
    }

    /** Prints the precision per type, then the events to judge, each as a verdicts-file line to complete and its sentence to read. */
    public static void print(Result result, List<Emitted> toJudge, PrintStream out) {
        out.printf(Locale.ROOT, "%-16s %7s %7s %9s %13s%n", "type", "judged", "correct", "precision", "status right");
        int judged = 0, correct = 0;
        for (Map.Entry<EventType, Precision> e : result.precision().entrySet()) {
            Precision p = e.getValue();
            judged += p.judged();
            correct += p.correct();
            out.printf(Locale.ROOT, "%-16s %7d %7d %9.3f %8d/%-4d%n", e.getKey().wireName(), p.judged(), p.correct(), p.value(), p.statusRight(), p.statusJudged());
        }
        out.printf(Locale.ROOT, "%-16s %7d %7d %9.3f%n", "all", judged, correct, judged == 0 ? 0 : correct / (double) judged);
        out.printf(Locale.ROOT, "%d events emitted on the corpus, %d not judged yet, %d verdicts on events no longer emitted%n",
                result.emitted(), result.unjudged().size(), result.stale().size());
        for (Verdict v : result.stale()) out.println("no longer emitted (line " + v.line() + "): " + v.key());
        if (toJudge.isEmpty()) return;
        out.println();
        out.println("# to judge: complete verdict (correct|wrong), status_right (yes|no|-) and reason, then add the line to the verdicts file");
        for (Emitted e : toJudge) {
            out.println(String.join("\t", e.id(), e.type().wireName(), String.join(",", e.countries()), e.status(),
                    Integer.toString(e.start()), Integer.toString(e.end()), "?", "?", "?"));
            out.println("#   " + e.sentence().replace('\n', ' '));
        }
    }
}
