package io.newswire.bench.pipeline;

import io.newswire.runtime.BrokerMain;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CPU time, the measure that stays comparable on a shared, loaded machine: of this JVM's threads picked by name
 * (a Streams app's threads carry its application id), of the whole JVM, and of the embedded broker's process.
 */
final class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private CpuClock() {
    }

    /** CPU nanoseconds used so far by the live threads whose name matches. */
    static long threads(Predicate<String> name) {
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (name.test(thread.getName())) {
                long cpu = THREADS.getThreadCpuTime(thread.getId());
                total += Math.max(cpu, 0);
            }
        }
        return total;
    }

    /**
     * CPU and allocated bytes of the live threads whose name matches, by thread id: two of these taken around a run
     * give what each thread spent in it, threads started during the run included.
     */
    static Map<Long, long[]> perThread(Predicate<String> name) {
        Map<Long, long[]> clocks = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (name.test(thread.getName())) {
                long id = thread.getId();
                long allocated = THREADS instanceof com.sun.management.ThreadMXBean sun ? sun.getThreadAllocatedBytes(id) : 0;
                clocks.put(id, new long[] {Math.max(THREADS.getThreadCpuTime(id), 0), Math.max(allocated, 0)});
            }
        }
        return clocks;
    }

    /** CPU nanoseconds and allocated bytes spent from {@code before} to {@code after} ({@link #perThread}), summed. */
    static long[] spent(Map<Long, long[]> before, Map<Long, long[]> after) {
        long[] total = new long[2];
        after.forEach((id, now) -> {
            long[] then = before.getOrDefault(id, new long[2]);
            total[0] += now[0] - then[0];
            total[1] += now[1] - then[1];
        });
        return total;
    }

    /** A Streams app's stream threads ({@code <application id>-<uuid>-StreamThread-n}). */
    static Predicate<String> streamThreadsOf(String applicationId) {
        return name -> name.startsWith(applicationId + "-") && name.contains("-StreamThread-") && !name.contains("producer") && !name.contains("consumer");
    }

    /** Every thread of a Streams app: stream threads, their clients' network threads, the state updater. */
    static Predicate<String> allThreadsOf(String applicationId) {
        return name -> name.contains(applicationId + "-");
    }

    /** CPU nanoseconds of this JVM, every thread (JIT and GC included). */
    static long process() {
        return OS instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** CPU nanoseconds of the embedded brokers (the child processes running {@link BrokerMain}); 0 when there is none. */
    static long broker() {
        return ProcessHandle.current().descendants().filter(CpuClock::runsBroker)
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    // ProcessHandle.Info leaves out the arguments of a command line as long as the broker's (its class path).
    private static boolean runsBroker(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(process.pid()), "cmdline")), StandardCharsets.UTF_8)
                    .contains("\0" + BrokerMain.class.getName() + "\0");
        } catch (IOException e) {
            return false;
        }
    }

    /** The one-minute load average of the machine. */
    static double loadAverage() {
        return OS.getSystemLoadAverage();
    }

    static int cores() {
        return OS.getAvailableProcessors();
    }
}
