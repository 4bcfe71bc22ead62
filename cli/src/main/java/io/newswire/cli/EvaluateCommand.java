package io.newswire.cli;

import io.newswire.enrich.evaluation.Evaluator;
import io.newswire.enrich.tagger.Tagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newswire evaluate}: scores the tagger on the project gold sets and the shared set, prints precision, recall
 * and F1 per set and measure, and exits non-zero when a measure is below the bar.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Score the tagger on the gold sets: precision, recall and F1.")
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", defaultValue = "enrich/src/test/resources/gold", description = "Project gold sets (en/ and fr/ with corpus.jsonl and gold.jsonl). Default: ${DEFAULT-VALUE}")
    Path gold;

    @Option(names = "--shared", defaultValue = "../shared/eval", description = "Shared evaluation set. Default: ${DEFAULT-VALUE}")
    Path shared;

    @Option(names = "--corrections", defaultValue = "enrich/src/test/resources/eval/shared-corrections.jsonl", description = "Corrections to the shared set's draft annotations. Default: ${DEFAULT-VALUE}")
    Path corrections;

    @Option(names = {"-v", "--verbose"}, description = "Also print every false positive and false negative.")
    boolean verbose;

    @Option(names = {"-k", "--kinds"}, description = "Also print each set's errors counted by kind (held-out sets too: no dispatch is named).")
    boolean kinds;

    @Override
    public Integer call() {
        List<Evaluator.SetScore> sets = Evaluator.evaluateAll(Tagger.loadDefault(), gold, shared, corrections);
        if (sets.isEmpty()) {
            System.err.println("newswire evaluate: no set found under " + gold + " or " + shared);
            return 2;
        }
        if (verbose) sets.forEach(s -> s.errors().forEach(e -> System.out.println(s.name() + " " + e)));
        if (kinds) Evaluator.printKinds(sets, System.out);
        Evaluator.print(sets, System.out);
        List<String> below = new ArrayList<>();
        sets.forEach(s -> below.addAll(Evaluator.belowBar(s)));
        below.forEach(b -> System.out.println("BELOW BAR: " + b));
        return below.isEmpty() ? 0 : 1;
    }
}
