package io.newswire.cli;

import io.newswire.enrich.evaluation.EventAudit;
import io.newswire.enrich.evaluation.EventRecall;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.EventType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code newswire audit events}: re-tags the corpus, matches the events it emits to the judged ones, prints the
 * precision per type and the events still to judge (a stratified random sample with {@code --sample}), then the
 * recall per type over the events found by hand and the misses by phrasing family.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Re-tag the corpus, print the precision per event type over the judged events, list the events to judge, and print the recall over the events found by hand.")
final class AuditEventsCommand implements Callable<Integer> {

    @Option(names = "--corpus", defaultValue = "../shared/corpus", description = "Directory of the articles (*.jsonl, one article a line). Default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(names = "--verdicts", defaultValue = "enrich/src/test/resources/audit/events.tsv", description = "The judged events. Default: ${DEFAULT-VALUE}")
    Path verdicts;

    @Option(names = "--recall", defaultValue = "enrich/src/test/resources/audit/events-recall.tsv", description = "The events found by hand in the corpus, for the recall. Default: ${DEFAULT-VALUE}")
    Path recall;

    @Option(names = "--sample", defaultValue = "0", description = "List at most this many unjudged events of each type, drawn at random (0: list them all).")
    int sample;

    @Option(names = "--seed", defaultValue = "11", description = "Seed of the random draw. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--floor", defaultValue = "0", description = "Exit 1 when a type's precision is below this (0: never).")
    double floor;

    @Override
    public Integer call() {
        if (!Files.isDirectory(corpus)) {
            System.err.println("newswire audit events: no corpus at " + corpus);
            return 2;
        }
        List<EventAudit.Emitted> emitted = EventAudit.emitted(Tagger.loadDefault(), corpus);
        List<EventAudit.Verdict> judged = Files.exists(verdicts) ? EventAudit.verdicts(verdicts) : List.of();
        EventAudit.Result result = EventAudit.audit(emitted, judged);
        List<EventAudit.Emitted> toJudge = sample > 0 ? EventAudit.sample(result.unjudged(), sample, seed) : result.unjudged();
        EventAudit.print(result, toJudge, System.out);
        if (Files.exists(recall)) {
            System.out.println();
            EventRecall.print(EventRecall.audit(emitted, EventRecall.expected(recall)), System.out);
        }
        for (Map.Entry<EventType, EventAudit.Precision> e : result.precision().entrySet()) {
            if (e.getValue().value() < floor) return 1;
        }
        return 0;
    }
}
