package io.newswire.bench.pipeline;

import io.newswire.bench.CpuThroughput;
import io.newswire.bench.TextCorpus;
import io.newswire.enrich.tagger.Tagger;

/**
 * The tagger alone on the bench's corpus, per CPU-second of the tagging thread (the best of several one-second
 * rounds, as {@code tagCorpus/cpu} in the JMH bench): what a stage that tags cannot do better than.
 */
public record TaggerSpeed(double megabytesPerCoreSecond, double cpuMillisPerThousand) {

    static TaggerSpeed measure(Tagger tagger, TextCorpus corpus, int warmupRounds, int rounds) {
        CpuThroughput cpu = CpuThroughput.measure(tagger, corpus.dispatches(), warmupRounds, rounds, 1.0);
        return new TaggerSpeed(cpu.corpusPerCpuSecond() * corpus.utf8Bytes() / 1e6, 1e6 / (cpu.corpusPerCpuSecond() * corpus.size()));
    }

    /** One second of tagging, for the figure of one round: CPU milliseconds per 1,000 dispatches. */
    static double cpuMillisPerThousandNow(Tagger tagger, TextCorpus corpus) {
        return 1e6 / (CpuThroughput.measure(tagger, corpus.dispatches(), 0, 1, 1.0).corpusPerCpuSecond() * corpus.size());
    }
}
