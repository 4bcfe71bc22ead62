package io.newswire.cli;

import io.newswire.runtime.FreePorts;
import io.newswire.runtime.LocalCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a person sees on the console: one clear line per problem, the exit codes the README gives, no log noise. */
class CalmConsoleTest {

    @Test
    void unknownConfigurationKeyIsRefusedWithTheNearestKey(@TempDir Path dir) {
        CommandRun run = CommandRun.of("ingest", "-D", "ingest.http.prot=9000", "-D", "data.dir=" + dir, dir.resolve("a.txt").toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("ingest: Unknown configuration key 'ingest.http.prot'; did you mean ingest.http.port?"), run.err());
        assertFalse(run.err().contains("Usage:"), "said once, without the whole usage: " + run.err());
    }

    @Test
    void streamsSettingsPassThroughUnderTheAppsPrefix(@TempDir Path dir) {
        CommandRun run = CommandRun.of("ingest", "-D", "enrich.streams.num.stream.threads=2", "-D", "data.dir=" + dir);
        assertEquals(2, run.exit(), "refused for giving no input, not for the key: " + run.err());
        assertFalse(run.err().contains("Unknown configuration key"), run.err());
    }

    @Test
    void brokerDownIsSaidOnceWithinSecondsAndExits2(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("note.txt"), "Some text.");
        int nothingThere = FreePorts.pick();
        CommandRun run = CommandRun.of("ingest", "-D", "data.dir=" + dir, "-D", "kafka.bootstrap.servers=127.0.0.1:" + nothingThere,
                "-D", "schema.registry.url=http://127.0.0.1:" + FreePorts.pick(), file.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("newswire ingest: Kafka cannot be reached"), run.err());
        assertFalse(run.err().contains("WARN"), "the client's retries stay in the log file: " + run.err());
        assertTrue(run.seconds() < 20, "said within seconds, not after the admin client's timeouts: " + run.seconds() + " s");
        assertTrue(Files.readString(dir.resolve("logs").resolve("newswire.log")).contains("Kafka"), "the log file has the details");
    }

    @Test
    void registryDownExits2AsTheReadmeSays(@TempDir Path dir) throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        Path file = Files.writeString(dir.resolve("note.txt"), "Some text.");
        CommandRun run = CommandRun.of("ingest", "-D", "data.dir=" + dir, "-D", "kafka.bootstrap.servers=" + cluster.bootstrapServers(),
                "-D", "schema.registry.url=http://127.0.0.1:" + FreePorts.pick(), "-D", "topic.dispatches=calm-console-dispatches", file.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("newswire ingest: Schema registry cannot be reached"), run.err());
    }

    @Test
    void missingFileIsNamedOnceWithItsReason(@TempDir Path dir) {
        String missing = dir.resolve("missing.txt").toString();
        CommandRun run = CommandRun.of("tag", missing);
        assertEquals(1, run.exit());
        assertEquals("newswire tag: " + missing + ": no such file", run.err().strip());
    }

    @Test
    void batchTagOutputNamesEachFile(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Vladimir Putin spoke with Recep Tayyip Erdogan by phone on Friday.");
        Path b = Files.writeString(dir.resolve("b.txt"), "Emmanuel Macron a reçu Olaf Scholz à Paris.");
        CommandRun run = CommandRun.of("tag", "--date", "2020-02-21", a.toString(), b.toString());
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("{\"file\":\"" + a + "\","), lines[0]);
        assertTrue(lines[1].startsWith("{\"file\":\"" + b + "\","), lines[1]);
    }
}
