package io.newswire.cli;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus' own {@code promtool}, the real parser of the text format (and checker of configurations and PromQL). On
 * the PATH if installed; otherwise taken from Debian's {@code prometheus} package: {@code apt-get download}, unpacked
 * under {@code target/} (nothing is installed system-wide, no service starts). Tests that need it are skipped, with
 * the reason, where neither works.
 */
final class Promtool {
    private static final Path UNPACKED = Path.of("target", "promtool");
    private static Path found;

    private Promtool() {
    }

    /** What one run printed and how it ended. */
    record Result(int exit, String output) {
    }

    /** The promtool to use; skips the calling test when there is none. */
    static synchronized Path require() {
        if (found == null) {
            found = locate();
        }
        Assumptions.assumeTrue(found != null, "promtool is not on the PATH and Debian's prometheus package could not be fetched "
                + "(apt-get download prometheus); install it (apt-get install prometheus) to run this test");
        return found;
    }

    static Result run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(require().toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (stdin != null) {
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("promtool did not finish within 60 s");
        }
        return new Result(process.exitValue(), output);
    }

    private static Path locate() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        Path unpacked = UNPACKED.resolve("usr/bin/promtool");
        if (Files.isExecutable(unpacked)) {
            return unpacked;
        }
        try {
            Path debs = Files.createDirectories(UNPACKED.resolve("deb"));
            if (!succeeds(debs, "apt-get", "download", "prometheus") && !(succeeds(debs, "apt-get", "update", "-qq")
                    && succeeds(debs, "apt-get", "download", "prometheus"))) {
                return null;
            }
            try (var files = Files.list(debs)) {
                Path deb = files.filter(f -> f.getFileName().toString().endsWith(".deb")).findFirst().orElse(null);
                if (deb == null || !succeeds(debs, "dpkg-deb", "-x", deb.toAbsolutePath().toString(), UNPACKED.toAbsolutePath().toString())) {
                    return null;
                }
            }
            return Files.isExecutable(unpacked) ? unpacked : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean succeeds(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(300, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
