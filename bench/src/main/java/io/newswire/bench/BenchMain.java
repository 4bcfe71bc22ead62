package io.newswire.bench;

import io.newswire.schemas.Dispatch;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Runs the JMH benchmarks and turns corpus-per-second into MB of text per second and sentences per second, then
 * prints the knowledge base's load time and retained heap (measured in this JVM after GC, before anything else).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Footprint footprint = Footprint.measure();
        TextCorpus gold = TextCorpus.fromProperties();
        List<Dispatch> corpus = gold.dispatches();
        long bytes = gold.utf8Bytes();
        long sentences = SentenceCount.of(corpus);
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))   // -f, -wi, -i ... as for JMH's own main
                .include(TaggerBenchmark.class.getName()).build()).run();
        System.out.printf(Locale.ROOT, "%nCorpus: %d dispatches, %.3f MB of text (UTF-8), %d sentences%n", corpus.size(), bytes / 1e6, sentences);
        for (RunResult r : results) {
            double perSecond = r.getPrimaryResult().getScore();
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            System.out.printf(Locale.ROOT, "%-14s %8.1f corpus/s  %7.2f MB/s  %9.0f sentences/s  %9.0f dispatches/s%n",
                    name, perSecond, perSecond * bytes / 1e6, perSecond * sentences, perSecond * corpus.size());
        }
        CpuThroughput cpu = CpuThroughput.measure(HoldersOverlay.tagger(), corpus, 5, 10, 1.0);
        System.out.printf(Locale.ROOT, "%-14s %8.1f corpus/s  %7.2f MB/s  %9.0f sentences/s  %9.0f dispatches/s  (per CPU-second of the tagging thread, best of 10 rounds; wall clock %.2f MB/s)%n",
                "tagCorpus/cpu", cpu.corpusPerCpuSecond(), cpu.corpusPerCpuSecond() * bytes / 1e6, cpu.corpusPerCpuSecond() * sentences,
                cpu.corpusPerCpuSecond() * corpus.size(), cpu.corpusPerWallSecond() * bytes / 1e6);
        System.out.printf(Locale.ROOT, "Knowledge base + language models + an overlay of %d people: loaded in %d ms, retained heap ~%.1f MB%n",
                footprint.overlayPeople(), footprint.loadMillis(), footprint.retainedBytes() / 1e6);
    }
}
