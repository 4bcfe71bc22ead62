package io.newswire.ingest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.ingest.format.DispatchMetadata;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.Dispatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DropFolderTest {
    private static final String TOPIC = "dispatches-watch-test";
    private static LocalCluster cluster;
    private static Intake intake;

    @BeforeAll
    static void open() {
        cluster = LocalCluster.shared();
        Map<String, Object> overrides = TestKafka.fast();
        overrides.put(IngestConfig.WATCH_STABLE_MS, 300);
        overrides.put(IngestConfig.WATCH_POLL_MS, 50);
        overrides.put(IngestConfig.DEFAULT_SOURCE, "Newswire desk");
        intake = Intake.open(TestKafka.config(cluster, TOPIC, overrides), new SimpleMeterRegistry());
    }

    @AfterAll
    static void close() {
        if (intake != null) {
            intake.close();
        }
    }

    @Test
    void droppedFilesArePublishedAndMovedToDoneOrFailed(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("already-there.xml"), Fixtures.fixture("newsml-g2-item.xml"));
        try (DropFolder folder = new DropFolder(dir, intake, DispatchMetadata.none())) {
            Thread watching = new Thread(folder, "drop-folder");
            watching.start();
            try {
                // Written under a temporary name, then renamed: the convention for a file being written.
                Path partial = dir.resolve("call.json.part");
                Files.write(partial, Fixtures.fixture("ninjs-2-text.json"));
                Files.write(dir.resolve("broken.json"), Fixtures.fixture("bad.json"));
                Files.write(dir.resolve("note.txt"), "BRUXELLES (Newswire) - Les ministres se sont réunis lundi.\n".getBytes());

                waitFor("the broken file in failed/", () -> Files.exists(dir.resolve("failed/broken.json.error")));
                assertTrue(Files.exists(partial), "a .part file is left alone");
                Files.move(partial, dir.resolve("call.json"), StandardCopyOption.ATOMIC_MOVE);
                waitFor("all files in done/", () -> Files.exists(dir.resolve("done/call.json"))
                        && Files.exists(dir.resolve("done/already-there.xml")) && Files.exists(dir.resolve("done/note.txt")));
            } finally {
                folder.close();
                watching.join(10_000);
            }
        }
        assertFalse(Files.exists(dir.resolve("call.json")));
        assertTrue(Files.exists(dir.resolve("failed/broken.json")));
        String error = Files.readString(dir.resolve("failed/broken.json.error"));
        assertTrue(error.contains("reason: malformed"), error);
        assertTrue(error.contains("Malformed JSON at line 5, column 1"), error);

        List<Dispatch> published = TestKafka.readAll(cluster.bootstrapServers(), TOPIC).stream()
                .map(r -> TestKafka.decode(cluster, TOPIC, r.value())).toList();
        assertTrue(published.stream().anyMatch(d -> d.getId().equals("urn:newsml:newswire.example:20240312:moscow-paris-call")));
        assertTrue(published.stream().anyMatch(d -> d.getId().equals("urn:newsml:newswire.example:20240314:berlin-summit")));
        Dispatch note = published.stream().filter(d -> d.getFormat().equals("text")).findFirst().orElseThrow();
        assertEquals("Newswire desk", note.getSource(), "plain text takes the configured default source");
        assertEquals(3, published.size());
    }

    @Test
    void sameFileDroppedTwiceIsADuplicateKeptUnderAnotherName(@TempDir Path dir) throws Exception {
        byte[] dispatch = "{\"id\":\"NW-watch-dup\",\"source\":\"Newswire\",\"body\":\"Same text twice.\"}".getBytes();
        try (DropFolder folder = new DropFolder(dir, intake, DispatchMetadata.none())) {
            Thread watching = new Thread(folder, "drop-folder");
            watching.start();
            try {
                Files.write(dir.resolve("dup.json"), dispatch);
                waitFor("first copy in done/", () -> Files.exists(dir.resolve("done/dup.json")));
                Files.write(dir.resolve("dup.json"), dispatch);
                waitFor("second copy in done/", () -> Files.exists(dir.resolve("done/dup-1.json")));
            } finally {
                folder.close();
                watching.join(10_000);
            }
        }
        long onTopic = TestKafka.readAll(cluster.bootstrapServers(), TOPIC).stream().filter(r -> "NW-watch-dup".equals(r.key())).count();
        assertEquals(1, onTopic);
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Gave up waiting for " + what);
            }
            Thread.sleep(25);
        }
    }
}
