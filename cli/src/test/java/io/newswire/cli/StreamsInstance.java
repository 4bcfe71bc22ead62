package io.newswire.cli;

import io.newswire.core.ConfigLoader;
import io.newswire.runtime.ChildJvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** One instance of a Streams app (enrich or aggregate) in a JVM of its own, configured through NEWSWIRE_* variables, killed for real. */
final class StreamsInstance implements AutoCloseable {
    private final String name;
    private final String mainClass;
    private final Map<String, String> config;
    private final Path log;
    private Process process;

    StreamsInstance(String name, Class<?> mainClass, Map<String, String> config, Path logDir) {
        this.name = name;
        this.mainClass = mainClass.getName();
        this.config = new TreeMap<>(config);
        this.log = logDir.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    StreamsInstance start() {
        ProcessBuilder builder = ChildJvm.of(List.of("-Xmx512m", "-XX:+UseSerialGC"), mainClass, List.of(), log);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("NEWSWIRE_"));
        env.put(ConfigLoader.CONFIG_FILE_ENV, log.resolveSibling("no-such.properties").toString());
        config.forEach((key, value) -> env.put(ConfigLoader.envName(key), value));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
        return this;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no clean close, an open transaction left behind. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (isAlive()) {
            kill();
        }
    }
}
