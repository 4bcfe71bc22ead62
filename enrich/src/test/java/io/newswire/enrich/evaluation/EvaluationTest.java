package io.newswire.enrich.evaluation;

import io.newswire.enrich.tagger.SharedSet;
import io.newswire.enrich.tagger.Tagger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The quality gate. Every set is scored; the build fails when a score drops below its floor in
 * {@code quality-floor.tsv}. The floor is the issue's bar once reached, the last measured score until then;
 * what is still below the bar is printed with the table.
 */
class EvaluationTest {

    private static final Path PROJECT_GOLD = Path.of("src/test/resources/gold");
    private static final Path CORRECTIONS = Path.of("src/test/resources/eval/shared-corrections.jsonl");
    private static final Path FLOORS = Path.of("src/test/resources/eval/quality-floor.tsv");

    @Test
    void projectGoldSetsHoldTheirFloor() throws IOException {
        assumeTrue(Files.exists(PROJECT_GOLD.resolve("en/gold.jsonl")), "project gold sets not present");
        List<Evaluator.SetScore> sets = Evaluator.evaluateAll(Tagger.loadDefault(), PROJECT_GOLD, null, null);
        assertHoldFloor(sets);
        sets.forEach(EvaluationTest::assertKindsAddUpToTheScores);
    }

    /** Every false and missed event, country and actor is counted under one kind; a held-out set lists no error. */
    private static void assertKindsAddUpToTheScores(Evaluator.SetScore s) {
        for (String measure : s.scores().keySet()) {
            if (measure.equals("status")) continue;
            Score score = s.score(measure);
            assertEquals(score.fp(), kindsStarting(s, measure + " FP"), s.name() + " " + measure + " false positives by kind");
            assertEquals(score.fn(), kindsStarting(s, measure + " FN"), s.name() + " " + measure + " misses by kind");
        }
        if (Evaluator.heldOut(s.name())) assertTrue(s.errors().isEmpty(), s.name() + " lists its errors");
        s.errorKinds().keySet().forEach(kind -> assertTrue(!kind.contains("-heldout-") && !kind.contains("<-"), "a kind names a dispatch or its text: " + kind));
    }

    private static int kindsStarting(Evaluator.SetScore s, String prefix) {
        return s.errorKinds().entrySet().stream().filter(k -> k.getKey().startsWith(prefix)).mapToInt(Map.Entry::getValue).sum();
    }

    @Test
    void sharedSetHoldsItsFloor() throws IOException {
        Path shared = SharedSet.dir().resolve("eval");
        assumeTrue(Files.exists(shared.resolve("gold.jsonl")), SharedSet.ABSENT);
        assertHoldFloor(Evaluator.evaluateAll(Tagger.loadDefault(), Path.of("does-not-exist"), shared, CORRECTIONS));
    }

    @Test
    void floorsNeverExceedTheBarAndCoverEveryMeasure() throws IOException {
        Map<String, Double> floors = floors();
        Map<String, List<String>> measures = new LinkedHashMap<>();
        Evaluator.projectSets(PROJECT_GOLD).keySet().forEach(set -> measures.put(set, Evaluator.MEASURES));
        List<String> shared = Evaluator.MEASURES.stream().filter(m -> !Evaluator.NOT_IN_SHARED_SET.contains(m)).toList();
        measures.put("shared-en", shared);
        measures.put("shared-fr", shared);
        assertTrue(measures.containsKey("gold-en") && measures.containsKey("gold-fr"), "project gold sets not found: " + measures.keySet());
        measures.forEach((set, list) -> {
            for (String measure : list) {
                Double floor = floors.get(set + " " + measure);
                assertTrue(floor != null, "no floor for " + set + " " + measure);
                assertTrue(floor <= Evaluator.bar(measure), "floor above the bar for " + set + " " + measure);
            }
        });
        floors.keySet().forEach(key -> assertTrue(measures.containsKey(key.split(" ")[0]), "floor for a set that does not exist: " + key));
    }

    @Test
    void everyCorrectionSaysWhy() {
        Corrections c = Evaluator.corrections(CORRECTIONS);
        c.all().forEach(x -> assertTrue(!x.why().isBlank() && !x.id().isBlank(), x.toString()));
    }

    private static void assertHoldFloor(List<Evaluator.SetScore> sets) throws IOException {
        Evaluator.print(sets, System.out);
        Map<String, Double> floors = floors();
        List<String> dropped = new ArrayList<>();
        for (Evaluator.SetScore s : sets) {
            Evaluator.belowBar(s).forEach(gap -> System.out.println("below the bar (issue target): " + gap));
            for (String measure : s.scores().keySet()) {
                double f1 = s.score(measure).f1();
                double floor = floors.getOrDefault(s.name() + " " + measure, Evaluator.bar(measure));
                if (f1 < floor) {
                    dropped.add(String.format(Locale.ROOT, "%s %s F1 %.3f < floor %.2f", s.name(), measure, f1, floor));
                }
            }
        }
        assertTrue(dropped.isEmpty(), "tagger quality dropped: " + dropped);
    }

    private static Map<String, Double> floors() throws IOException {
        Map<String, Double> floors = new HashMap<>();
        for (String line : Files.readAllLines(FLOORS)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            // a measure listed twice (a merge keeping both sides) would let the lower floor hide behind the higher
            if (floors.put(c[0] + " " + c[1], Double.parseDouble(c[2])) != null) throw new IllegalStateException(FLOORS + ": " + c[0] + " " + c[1] + " is listed twice");
        }
        return floors;
    }
}
