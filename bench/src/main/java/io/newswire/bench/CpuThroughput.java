package io.newswire.bench;

import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.Dispatch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Corpus passes per CPU-second of the tagging thread, best of several rounds: on a shared machine the wall clock
 * also counts the time other processes hold the cores, the thread's CPU time does not.
 */
public record CpuThroughput(double corpusPerCpuSecond, double corpusPerWallSecond) {

    public static CpuThroughput measure(Tagger tagger, List<Dispatch> corpus, int warmupRounds, int rounds, double roundSeconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double bestCpu = 0;
        double bestWall = 0;
        long sink = 0;
        for (int round = 0; round < warmupRounds + rounds; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            int passes = 0;
            while (System.nanoTime() - wall0 < roundSeconds * 1e9) {
                for (Dispatch d : corpus) sink += tagger.tag(d).getCountries().size();
                passes++;
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            if (round >= warmupRounds) {
                bestCpu = Math.max(bestCpu, passes / cpu);
                bestWall = Math.max(bestWall, passes / wall);
            }
        }
        if (sink < 0) throw new IllegalStateException();
        return new CpuThroughput(bestCpu, bestWall);
    }
}
