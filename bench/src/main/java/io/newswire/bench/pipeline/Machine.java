package io.newswire.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were measured on: the processor, its cores, the JVM, and how loaded the machine was. */
public record Machine(String processor, int cores, String java, double loadAtStart) {

    static Machine describe() {
        return new Machine(processorName(), CpuClock.cores(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                CpuClock.loadAverage());
    }

    private static String processorName() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    String line() {
        return String.format(Locale.ROOT, "%s, %d cores, %s; load average %.1f at the start", processor, cores, java, loadAtStart);
    }
}
