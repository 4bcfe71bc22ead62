package io.newswire.enrich.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.enrich.tagger.text.Fold;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.ActorTag;
import io.newswire.schemas.CountryTag;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import io.newswire.schemas.EventStatus;
import io.newswire.schemas.EventType;
import io.newswire.schemas.Mention;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Scores the tagger on a set directory holding {@code corpus.jsonl} ({id, lang, title, date, text}) and
 * {@code gold.jsonl} (the shared eval format), optionally restricted to one language.
 *
 * <h2>Scoring rules</h2>
 * <ul>
 * <li><b>Countries</b>: per dispatch, the set of predicted codes against the gold {@code countries};
 *     codes in {@code optional_countries} are don't-care (neither true nor false positives). Counts are summed
 *     over the set (micro-average).</li>
 * <li><b>Actors</b>: a gold actor is found when a predicted actor's canonical name equals the gold name
 *     (accent-free, lower case) or one of the gold {@code match} strings occurs in the predicted canonical name or
 *     in the text of one of its mentions (both accent-free, lower case). Each gold actor is found at most once.
 *     A predicted actor that finds no gold actor is a false positive unless it finds an {@code optional_actors}
 *     entry (don't-care).</li>
 * <li><b>Events</b>: scored per type as (type, unordered country set). A predicted event matches a gold event
 *     of the same type when gold countries ⊆ predicted countries ⊆ gold countries ∪ the event's
 *     {@code optional_countries} ∪ the dispatch's {@code optional_countries}. Matching is one-to-one; unmatched
 *     predictions are false positives, unmatched gold events false negatives. Only predicted events the gold counts
 *     are scored ({@link #counted}): a planned or denied call, for instance, is kept on the event but is no contact.</li>
 * <li><b>status</b>: the events of every type again, a predicted event now matching only with the gold event's
 *     {@code status} (issue 11's vocabulary, gold/README.md).</li>
 * <li>The shared set annotates neither MEETING nor statuses: it is not scored on them.</li>
 * <li>Corrections from a corrections file ({"id","field","value","why"}) replace gold fields before scoring.</li>
 * </ul>
 */
public final class Evaluator {

    /** The event types scored, each a measure named by its wire name. */
    public static final List<EventType> EVENT_TYPES = List.of(EventType.PHONE_CALL, EventType.SUMMIT_PROPOSAL, EventType.CEASEFIRE, EventType.MEETING);

    public static final List<String> MEASURES = Stream.of(Stream.of("countries", "actors"), EVENT_TYPES.stream().map(EventType::wireName), Stream.of("status"))
            .flatMap(m -> m).toList();

    /** Measures the shared set's annotation does not cover (its README: MEETING is not annotated, nor is status). */
    public static final Set<String> NOT_IN_SHARED_SET = Set.of(EventType.MEETING.wireName(), "status");

    /** Held-out sets are scored but their errors are never listed, so that nobody tunes on their text. */
    public static boolean heldOut(String setName) {
        return setName.endsWith("-heldout");
    }

    /** Whether an event of this type and status is one the gold counts: only a call or a meeting that took place. */
    public static boolean counted(EventType type, EventStatus status) {
        if (type.isContact()) return status == EventStatus.OCCURRED;
        if (type == EventType.SUMMIT_PROPOSAL) return status != EventStatus.OCCURRED && status != EventStatus.DENIED;
        return status != EventStatus.DENIED;
    }

    /**
     * Scores of one set, the per-dispatch errors that explain them (none listed for a held-out set), and the errors
     * counted by kind, with no dispatch named (for every set).
     */
    public record SetScore(String name, int dispatches, Map<String, Score> scores, List<String> errors, Map<String, Integer> errorKinds) {
        public Score score(String measure) {
            return scores.getOrDefault(measure, Score.ZERO);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Tagger tagger;

    public Evaluator(Tagger tagger) {
        this.tagger = tagger;
    }

    public SetScore evaluate(String name, Path dir, String langOrNull, Corrections corrections) {
        return evaluate(name, dir, langOrNull, corrections, Set.of());
    }

    /** Scores the set on every measure but the unannotated ones. */
    public SetScore evaluate(String name, Path dir, String langOrNull, Corrections corrections, Set<String> unannotated) {
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        for (JsonNode g : readJsonl(dir.resolve("gold.jsonl"))) gold.put(g.path("id").asText(), corrections.apply(g));
        Map<String, Score> all = new LinkedHashMap<>();
        for (String m : MEASURES) all.put(m, Score.ZERO);
        ErrorLog errors = new ErrorLog();
        int n = 0;
        for (JsonNode item : readJsonl(dir.resolve("corpus.jsonl"))) {
            String lang = item.path("lang").asText("");
            if (langOrNull != null && !langOrNull.equals(lang)) continue;
            String id = item.path("id").asText();
            JsonNode g = gold.get(id);
            if (g == null) throw new IllegalStateException(name + ": no gold annotation for " + id);
            n++;
            EnrichedDispatch tagged = tagger.tag(dispatch(item));
            score(id, tagged, GoldDispatch.of(g), all, errors);
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        all.forEach((m, s) -> {
            if (!unannotated.contains(m)) scores.put(m, s);
        });
        return new SetScore(name, n, scores, heldOut(name) ? List.of() : errors.lines(), new TreeMap<>(errors.kinds()));
    }

    static Dispatch dispatch(JsonNode item) {
        Instant published = null;
        String date = item.path("date").asText("");
        if (!date.isEmpty()) published = LocalDate.parse(date.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Dispatch.newBuilder()
                .setId(item.path("id").asText()).setSource(item.path("source").asText("eval"))
                .setLanguage(item.path("lang").asText(null)).setHeadline(item.path("title").asText(null))
                .setBody(item.path("text").asText("")).setPublished(published)
                .setReceived(published != null ? published : Instant.EPOCH).setUrl(item.path("url").asText(null))
                .build();
    }

    private static void score(String id, EnrichedDispatch tagged, GoldDispatch gold, Map<String, Score> scores, ErrorLog errors) {
        // countries
        Set<String> predicted = new TreeSet<>();
        Map<String, CountryTag> byCode = new HashMap<>();
        for (CountryTag c : tagged.getCountries()) {
            predicted.add(c.getCode());
            byCode.put(c.getCode(), c);
        }
        int tp = 0, fp = 0, fn = 0;
        for (String c : predicted) {
            if (gold.countries().contains(c)) tp++;
            else if (!gold.optionalCountries().contains(c)) {
                fp++;
                List<Mention> mentions = byCode.get(c).getMentions();
                errors.add(id, "countries FP", c + " " + mentions.stream().map(m -> m.getText() + "/" + m.getVia()).distinct().toList(),
                        "countries FP, via " + (mentions.isEmpty() ? "-" : mentions.get(0).getVia()));
            }
        }
        for (String c : gold.countries()) {
            if (!predicted.contains(c)) {
                fn++;
                errors.add(id, "countries FN", c, "countries FN");
            }
        }
        scores.merge("countries", new Score(tp, fp, fn), Score::plus);

        // actors
        Set<Integer> found = new HashSet<>();
        tp = fp = 0;
        for (ActorTag a : tagged.getActors()) {
            int hit = find(a, gold.actors(), found);
            if (hit >= 0) {
                found.add(hit);
                tp++;
            } else if (find(a, gold.optionalActors(), new HashSet<>()) < 0 && !matchesAny(a, gold.actors())) {
                fp++;
                errors.add(id, "actors FP", a.getName() + " " + a.getMentions().stream().map(Mention::getText).distinct().toList(), "actors FP");
            }
        }
        fn = 0;
        for (int i = 0; i < gold.actors().size(); i++) {
            if (!found.contains(i)) {
                fn++;
                errors.add(id, "actors FN", gold.actors().get(i).name(), "actors FN");
            }
        }
        scores.merge("actors", new Score(tp, fp, fn), Score::plus);

        // events, per type, then again with their status
        for (EventType type : EVENT_TYPES) {
            List<Event> mine = tagged.getEvents().stream()
                    .filter(e -> e.getType().equals(type.wireName()) && counted(type, EventStatus.of(e.getStatus()))).toList();
            List<GoldDispatch.GoldEvent> theirs = gold.events().stream().filter(e -> e.type() == type).toList();
            scores.merge(type.wireName(), matchEvents(id, type, mine, theirs, false, gold.optionalCountries(), errors), Score::plus);
            scores.merge("status", matchEvents(id, type, mine, theirs, true, gold.optionalCountries(), null), Score::plus);
        }
    }

    /**
     * One-to-one matching of predicted and gold events of one type; with {@code byStatus}, statuses must agree too.
     * Errors (null: none kept) name the misses and false events, and the matched events whose status differs.
     */
    private static Score matchEvents(String id, EventType type, List<Event> mine, List<GoldDispatch.GoldEvent> theirs,
                                     boolean byStatus, Set<String> docOptional, ErrorLog errors) {
        ErrorLog log = errors != null ? errors : new ErrorLog();
        boolean[] used = new boolean[mine.size()];
        int tp = 0, fn = 0;
        for (GoldDispatch.GoldEvent g : theirs) {
            int hit = -1;
            for (int i = 0; i < mine.size() && hit < 0; i++) {
                Event e = mine.get(i);
                if (!used[i] && matches(e, g, docOptional) && (!byStatus || g.status() == null || g.status().wireName().equals(e.getStatus()))) hit = i;
            }
            if (hit >= 0) {
                used[hit] = true;
                tp++;
                String status = mine.get(hit).getStatus();
                if (g.status() != null && !g.status().wireName().equals(status)) {
                    String statuses = "gold " + g.status().wireName() + ", tagged " + status;
                    log.add(id, type + " status", new TreeSet<>(g.countries()) + ": " + statuses, type + " status: " + statuses);
                }
            } else {
                fn++;
                log.add(id, type + " FN", new TreeSet<>(g.countries()).toString(), type + " FN, gold " + (g.status() == null ? "-" : g.status().wireName()));
            }
        }
        int fp = 0;
        for (int i = 0; i < mine.size(); i++) {
            if (!used[i]) {
                fp++;
                Event e = mine.get(i);
                log.add(id, type + " FP", e.getCountries() + " <- " + e.getEvidence().get(0).getSentence(), type + " FP, tagged " + e.getStatus());
            }
        }
        return new Score(tp, fp, fn);
    }

    private static boolean matches(Event e, GoldDispatch.GoldEvent g, Set<String> docOptional) {
        Set<String> p = new HashSet<>(e.getCountries());
        if (!p.containsAll(g.countries())) return false;
        for (String c : p) {
            if (!g.countries().contains(c) && !g.optionalCountries().contains(c) && !docOptional.contains(c)) return false;
        }
        return true;
    }

    /** Index of the first not-yet-found gold actor the predicted actor stands for, or -1. */
    private static int find(ActorTag a, List<GoldDispatch.GoldActor> gold, Set<Integer> found) {
        for (int i = 0; i < gold.size(); i++) {
            if (!found.contains(i) && same(a, gold.get(i))) return i;
        }
        return -1;
    }

    private static boolean matchesAny(ActorTag a, List<GoldDispatch.GoldActor> gold) {
        for (GoldDispatch.GoldActor g : gold) if (same(a, g)) return true;
        return false;
    }

    private static boolean same(ActorTag a, GoldDispatch.GoldActor g) {
        String name = Fold.fold(a.getName());
        if (name.equals(Fold.fold(g.name()))) return true;
        for (String m : g.match()) {
            String s = Fold.fold(m);
            if (s.isEmpty()) continue;
            if (name.contains(s)) return true;
            for (Mention mention : a.getMentions()) if (Fold.fold(mention.getText()).contains(s)) return true;
        }
        return false;
    }

    static List<JsonNode> readJsonl(Path file) {
        List<JsonNode> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) out.add(MAPPER.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    public static Corrections corrections(Path file) {
        return Corrections.read(file, MAPPER);
    }

    /** Prints one row per set and measure: P, R, F1 and the counts. */
    public static void print(List<SetScore> sets, PrintStream out) {
        out.printf(Locale.ROOT, "%-16s %-16s %6s %6s %6s %5s %5s %5s%n", "set", "measure", "P", "R", "F1", "tp", "fp", "fn");
        for (SetScore s : sets) {
            for (String m : s.scores().keySet()) {
                Score sc = s.score(m);
                out.printf(Locale.ROOT, "%-16s %-16s %6.3f %6.3f %6.3f %5d %5d %5d%n", s.name(), m, sc.precision(), sc.recall(), sc.f1(), sc.tp(), sc.fp(), sc.fn());
            }
        }
    }

    /** Prints each set's errors counted by kind, most frequent first: what to work on, even where texts are not read. */
    public static void printKinds(List<SetScore> sets, PrintStream out) {
        for (SetScore s : sets) {
            s.errorKinds().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(k -> out.printf(Locale.ROOT, "%-24s %4d  %s%n", s.name(), k.getValue(), k.getKey()));
        }
    }

    /** The bar every set must clear: countries and actors F1 >= 0.95, each event type F1 >= 0.90. */
    public static double bar(String measure) {
        return measure.equals("countries") || measure.equals("actors") ? 0.95 : 0.90;
    }

    /** Measures of the set below the bar, e.g. "shared-fr CEASEFIRE F1 0.857 < 0.90". */
    public static List<String> belowBar(SetScore s) {
        List<String> out = new ArrayList<>();
        for (String m : s.scores().keySet()) {
            double f1 = s.score(m).f1();
            if (f1 < bar(m)) out.add(String.format(Locale.ROOT, "%s %s F1 %.3f < %.2f", s.name(), m, f1, bar(m)));
        }
        return out;
    }

    /** The standard sets: every project gold set (gold/DIR is set gold-DIR) and the shared set split by language. */
    public static List<SetScore> evaluateAll(Tagger tagger, Path projectGold, Path sharedEval, Path sharedCorrections) {
        Evaluator ev = new Evaluator(tagger);
        List<SetScore> sets = new ArrayList<>();
        projectSets(projectGold).forEach((name, dir) -> sets.add(ev.evaluate(name, dir, null, Corrections.none())));
        if (sharedEval != null && Files.exists(sharedEval.resolve("gold.jsonl"))) {
            Corrections c = corrections(sharedCorrections);
            for (String lang : List.of("en", "fr")) sets.add(ev.evaluate("shared-" + lang, sharedEval, lang, c, NOT_IN_SHARED_SET));
        }
        return sets;
    }

    /** The project gold sets by name, in name order: each directory under projectGold holding a gold.jsonl. */
    public static Map<String, Path> projectSets(Path projectGold) {
        Map<String, Path> sets = new TreeMap<>();
        if (!Files.isDirectory(projectGold)) return sets;
        try (Stream<Path> dirs = Files.list(projectGold)) {
            dirs.filter(d -> Files.exists(d.resolve("gold.jsonl"))).forEach(d -> sets.put("gold-" + d.getFileName(), d));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + projectGold, e);
        }
        return sets;
    }

    /** {@code Evaluator [projectGoldDir] [sharedEvalDir] [correctionsFile] [-v]}: prints the table (and errors with -v). */
    public static void main(String[] args) {
        List<String> a = new ArrayList<>(List.of(args));
        boolean verbose = a.remove("-v");
        Path gold = Path.of(a.size() > 0 ? a.get(0) : "enrich/src/test/resources/gold");
        Path shared = Path.of(a.size() > 1 ? a.get(1) : "../shared/eval");
        Path corrections = Path.of(a.size() > 2 ? a.get(2) : "enrich/src/test/resources/eval/shared-corrections.jsonl");
        List<SetScore> sets = evaluateAll(Tagger.loadDefault(), gold, shared, corrections);
        if (verbose) for (SetScore s : sets) for (String e : s.errors()) System.out.println(s.name() + " " + e);
        print(sets, System.out);
        List<String> below = new ArrayList<>();
        for (SetScore s : sets) below.addAll(belowBar(s));
        below.forEach(b -> System.out.println("BELOW BAR: " + b));
        if (!below.isEmpty()) System.exit(1);
    }
}
