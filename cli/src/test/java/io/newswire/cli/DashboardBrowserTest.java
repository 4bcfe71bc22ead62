package io.newswire.cli;

import io.newswire.runtime.LocalCluster;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard in Debian's Chromium, driven by playwright-core ({@code dashboard/browser/dashboard.test.mjs}), against
 * the whole pipeline on the embedded broker with the samples and the reference dispatch published. Installs Chromium
 * (apt-get) and playwright-core (npm ci) when they are missing. Screenshots of each view go to {@code target/dashboard/}.
 */
class DashboardBrowserTest {
    private static final Path DASHBOARD = Path.of("../dashboard");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path OUTPUT = Path.of("target/dashboard");

    @Test
    void theDashboardShowsContactsLiveEventsAlertsAndEvidenceInABrowser(@TempDir Path dataDir) throws Exception {
        ensureChromium();
        run(List.of("node", "scripts/install.mjs"), Map.of(), 600, "installing the dashboard's npm packages");
        Files.createDirectories(OUTPUT);

        Map<String, String> config = new HashMap<>(PipelineUnderTest.isolated(LocalCluster.shared(), dataDir, "dashboard").config());
        config.putAll(DemoCommand.ARCHIVE_REPLAY);
        try (Pipeline pipeline = Pipeline.start(config)) {
            new SamplePublisher(pipeline.ingestUrl()).publishAll();
            if (Files.exists(PipelineScenario.REFERENCE)) {
                PipelineScenario.postReference(pipeline.ingestUrl());
            } else {
                System.out.println("Shared reference dispatch not found at " + PipelineScenario.REFERENCE + ": the samples' RUS-TUR call stands in");
            }
            assertTrue(new WireClient(pipeline.ingestUrl()).awaitContacts(pipeline.aggregateUrl(), "RUS", "TUR", 1, Duration.ofSeconds(120)),
                    "the RUS-TUR contact is counted before the page opens");

            Map<String, String> env = Map.of("DASHBOARD_URL", pipeline.aggregateUrl() + "/", "INGEST_URL", pipeline.ingestUrl(),
                    "SCREENSHOT_DIR", OUTPUT.toAbsolutePath().toString(), "CHROMIUM", CHROMIUM.toString());
            String tap = run(List.of("node", "--test", "--test-reporter=tap", "browser/dashboard.test.mjs"), env, 300, "the browser tests");
            tap.lines().filter(l -> l.contains("page load:") || l.contains("posted to shown:")).forEach(System.out::println);
        }
    }

    /** Debian's Chromium, installed with apt-get when it is missing (CI runs as root on a fresh machine). */
    private static void ensureChromium() throws Exception {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/apt-get")),
                "No /usr/bin/chromium and no apt-get to install it: skipping the browser tests (install Chromium to run them)");
        run(List.of("sh", "-c", "apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium"), Map.of(), 900,
                "installing Chromium with apt-get");
        assertTrue(Files.isExecutable(CHROMIUM), "apt-get installed chromium, but " + CHROMIUM + " is not there");
    }

    /** Runs a command in the dashboard module, keeping its output under target/dashboard; fails with that output unless it exits 0. */
    private static String run(List<String> command, Map<String, String> env, int timeoutSeconds, String what) throws IOException, InterruptedException {
        Path log = Files.createDirectories(OUTPUT).resolve(what.replaceAll("[^A-Za-z]+", "-") + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(DASHBOARD.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(what + " did not finish within " + timeoutSeconds + " s:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        assertEquals(0, process.exitValue(), what + " failed:\n" + output);
        return output;
    }
}
