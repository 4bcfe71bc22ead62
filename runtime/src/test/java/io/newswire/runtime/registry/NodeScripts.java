package io.newswire.runtime.registry;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the Node.js scripts under {@code src/test/js} (Confluent's own clients), installing them first if needed. */
final class NodeScripts {
    static final Path DIR = Path.of("src/test/js");

    /** What a script printed and how it ended. */
    record Run(int exitCode, List<String> stdout, String stderr) {
        /** The payloads of lines starting with "PREFIX ". */
        List<String> lines(String prefix) {
            return stdout.stream().filter(l -> l.startsWith(prefix + " ")).map(l -> l.substring(prefix.length() + 1)).toList();
        }
    }

    private NodeScripts() {
    }

    /** Skips the calling test, with the reason, when Node.js is not installed. */
    static void assumeNodeInstalled() {
        String version = null;
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                version = new String(p.getInputStream().readAllBytes()).trim();
            }
        } catch (IOException e) {
            version = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Assumptions.assumeTrue(version != null,
                "Node.js ('node') is not on the PATH: skipping the interoperability test with Confluent's JavaScript clients");
    }

    /** Runs {@code npm ci} unless node_modules was installed from the current package-lock.json. */
    static void installIfStale() throws IOException, InterruptedException {
        Path lock = DIR.resolve("package-lock.json");
        Path installed = DIR.resolve("node_modules").resolve(".package-lock.json");
        if (Files.exists(installed) && !newer(lock, installed) && !newer(DIR.resolve("package.json"), installed)) {
            return;
        }
        Run run = run(List.of(npm(), "ci", "--no-audit", "--no-fund"), Map.of(), 600);
        if (run.exitCode() != 0) {
            throw new AssertionError("npm ci in " + DIR.toAbsolutePath() + " failed with " + run.exitCode() + ":\n" + run.stderr());
        }
    }

    static Run node(String script, Map<String, String> env) throws IOException, InterruptedException {
        return run(List.of("node", script), env, 180);
    }

    private static Run run(List<String> command, Map<String, String> env, int timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("newswire-node-", ".out");
        Path err = Files.createTempFile("newswire-node-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(DIR.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s:\n" + Files.readString(err));
            }
            return new Run(process.exitValue(), new ArrayList<>(Files.readAllLines(out)), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static boolean newer(Path file, Path than) throws IOException {
        FileTime a = Files.getLastModifiedTime(file);
        FileTime b = Files.getLastModifiedTime(than);
        return a.compareTo(b) > 0;
    }

    private static String npm() {
        return System.getProperty("os.name").toLowerCase().contains("win") ? "npm.cmd" : "npm";
    }
}
