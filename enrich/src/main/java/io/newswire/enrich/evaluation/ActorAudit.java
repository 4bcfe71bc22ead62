package io.newswire.enrich.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.core.data.TabSeparated;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.enrich.tagger.text.Fold;
import io.newswire.schemas.ActorTag;
import io.newswire.schemas.EnrichedDispatch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The hand-judged audit of the tagger's actors on the Wikinews corpus (issue 12): for each sampled article, every
 * person the tagger names is matched by name to the sample's verdict. Precision is on what the tagger names (a person
 * judged an actor, with the right country, is right; a person judged no actor, named with a wrong country, or not
 * judged at all is wrong); recall is on the actors listed by hand. Both are given for the people the knowledge base
 * knows (linked) and the others (open).
 */
public final class ActorAudit {

    /** The verdict column. */
    public enum Verdict {
        ACTOR, OPTIONAL, NOT_ACTOR, NONE;

        static Verdict of(String value, String where) {
            for (Verdict v : values()) if (v.name().equalsIgnoreCase(value)) return v;
            throw new IllegalArgumentException(where + ": verdict '" + value + "' is not one of actor, optional, not_actor, none");
        }
    }

    /** One judged person of one article. */
    public record Judged(String corpusId, String actor, String country, String role, String stratum, Verdict verdict, String reason, int line) {
    }

    /** The audit's figures: person-level scores per stratum, and every miss and wrong name with its reason. */
    public record Result(Map<String, Score> byStratum, Score all, int articles, int judged, int mentions, List<String> errors, List<String> unjudged) {
        public double precision() {
            return all.precision();
        }

        public double recall() {
            return all.recall();
        }
    }

    public static final List<String> COLUMNS = List.of("corpus_id", "actor", "country", "role", "stratum", "verdict", "reason");
    private static final List<String> STRATA = List.of("linked", "open");

    private final Tagger tagger;

    public ActorAudit(Tagger tagger) {
        this.tagger = tagger;
    }

    /** The sample's rows; a malformed line fails with the file and the line. */
    public static List<Judged> readSample(Path file) {
        List<Judged> rows = new ArrayList<>();
        String name = file.getFileName().toString();
        for (TabSeparated.Line line : AuditFiles.read(file, name, COLUMNS)) {
            String where = name + ":" + line.number();
            List<String> c = line.cells();
            Verdict verdict = Verdict.of(c.get(5), where);
            if (verdict != Verdict.NONE && !STRATA.contains(c.get(4))) throw new IllegalArgumentException(where + ": stratum '" + c.get(4) + "' is not one of " + STRATA);
            if (c.get(6).isBlank()) throw new IllegalArgumentException(where + ": a verdict needs its reason");
            rows.add(new Judged(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), verdict, c.get(6), line.number()));
        }
        return rows;
    }

    /** Tags each sampled article of the corpus directory (wikinews-*.jsonl) and scores what it names against the verdicts. */
    public Result audit(List<Judged> sample, Path corpusDir) {
        Map<String, JsonNode> articles = new HashMap<>();
        try (var files = Files.list(corpusDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList()) {
                for (JsonNode item : Evaluator.readJsonl(f)) articles.put(item.path("id").asText(), item);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpusDir, e);
        }
        Map<String, List<Judged>> byArticle = new LinkedHashMap<>();
        for (Judged j : sample) byArticle.computeIfAbsent(j.corpusId(), k -> new ArrayList<>()).add(j);
        Map<String, Score> byStratum = new LinkedHashMap<>();
        STRATA.forEach(s -> byStratum.put(s, Score.ZERO));
        List<String> errors = new ArrayList<>();
        List<String> unjudged = new ArrayList<>();
        int mentions = 0;
        for (Map.Entry<String, List<Judged>> article : byArticle.entrySet()) {
            JsonNode item = articles.get(article.getKey());
            if (item == null) throw new IllegalArgumentException("the corpus has no article " + article.getKey());
            EnrichedDispatch tagged = tagger.tag(Evaluator.dispatch(item));
            Set<Judged> found = new HashSet<>();
            for (ActorTag a : tagged.getActors()) {
                Judged j = article.getValue().stream().filter(r -> r.verdict() != Verdict.NONE && Fold.fold(r.actor()).equals(Fold.fold(a.getName()))).findFirst().orElse(null);
                String stratum = j != null ? j.stratum() : a.getLinked() ? "linked" : "open";
                String named = article.getKey() + " " + a.getName() + " (" + a.getCountry() + ", " + a.getRole() + ")";
                if (j == null) {
                    unjudged.add(named);
                    byStratum.merge(stratum, new Score(0, 1, 0), Score::plus);
                } else if (j.verdict() == Verdict.NOT_ACTOR) {
                    errors.add("wrong: " + named + ": " + j.reason());
                    byStratum.merge(stratum, new Score(0, 1, 0), Score::plus);
                } else if (j.verdict() == Verdict.ACTOR && !j.country().equals(a.getCountry())) {
                    errors.add("wrong country: " + named + ", not " + j.country());
                    byStratum.merge(stratum, new Score(0, 1, 0), Score::plus);
                } else if (j.verdict() == Verdict.ACTOR) {
                    found.add(j);
                    mentions += a.getMentions().size();
                    byStratum.merge(stratum, new Score(1, 0, 0), Score::plus);
                }
            }
            for (Judged j : article.getValue()) {
                if (j.verdict() == Verdict.ACTOR && !found.contains(j)) {
                    errors.add("missed: " + j.corpusId() + " " + j.actor() + " (" + j.country() + ", " + j.role() + "): " + j.reason());
                    byStratum.merge(j.stratum(), new Score(0, 0, 1), Score::plus);
                }
            }
        }
        Score all = byStratum.values().stream().reduce(Score.ZERO, Score::plus);
        int judged = (int) sample.stream().filter(j -> j.verdict() == Verdict.ACTOR || j.verdict() == Verdict.NOT_ACTOR).count();
        return new Result(byStratum, all, byArticle.size(), judged, mentions, errors, unjudged);
    }

    public static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "Actor audit: %d articles, %d people judged (actors and not), %d mentions of the actors found%n", r.articles(), r.judged(), r.mentions());
        out.printf(Locale.ROOT, "%-8s %9s %9s %9s %5s %5s %5s%n", "stratum", "precision", "recall", "F1", "TP", "FP", "FN");
        r.byStratum().forEach((s, score) -> row(out, s, score));
        row(out, "all", r.all());
        r.errors().forEach(e -> out.println("  " + e));
        r.unjudged().forEach(u -> out.println("  not judged (counted wrong): " + u));
    }

    private static void row(PrintStream out, String name, Score s) {
        out.printf(Locale.ROOT, "%-8s %9.3f %9.3f %9.3f %5d %5d %5d%n", name, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn());
    }
}
