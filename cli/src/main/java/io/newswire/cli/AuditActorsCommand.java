package io.newswire.cli;

import io.newswire.enrich.evaluation.ActorAudit;
import io.newswire.enrich.tagger.Tagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code newswire audit actors}: the hand-judged sample of the actors of the Wikinews corpus, scored again with the
 * tagger of the day; exits non-zero below 0.90 precision or recall (issue 12's bar).
 */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "Precision and recall of the actors on the judged sample of ../shared/corpus.")
public final class AuditActorsCommand implements Callable<Integer> {

    private static final double BAR = 0.90;

    @Option(names = "--sample", defaultValue = "enrich/src/test/resources/audit/actors-sample.tsv", description = "The judged sample. Default: ${DEFAULT-VALUE}")
    Path sample;

    @Option(names = "--corpus", defaultValue = "../shared/corpus", description = "The corpus the sample was drawn from (wikinews-*.jsonl). Default: ${DEFAULT-VALUE}")
    Path corpus;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(sample) || !Files.isDirectory(corpus)) {
            System.err.println("newswire audit actors: no sample at " + sample + " or no corpus at " + corpus);
            return 2;
        }
        ActorAudit.Result result = new ActorAudit(Tagger.loadDefault()).audit(ActorAudit.readSample(sample), corpus);
        ActorAudit.print(result, System.out);
        return result.precision() >= BAR && result.recall() >= BAR ? 0 : 1;
    }
}
