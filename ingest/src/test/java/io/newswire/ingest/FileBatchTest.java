package io.newswire.ingest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.ingest.format.DispatchMetadata;
import io.newswire.runtime.LocalCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileBatchTest {
    private static final String TOPIC = "dispatches-files-test";

    @Test
    void severalFilesArePublishedAndSummedUp(@TempDir Path dir) throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        Path ninjs = Files.write(dir.resolve("call.json"), Fixtures.fixture("ninjs-2-text.json"));
        Path newsml = Files.write(dir.resolve("summit.xml"), Fixtures.fixture("newsml-g2-item.xml"));
        Path text = Files.write(dir.resolve("visit.txt"), Fixtures.fixture("plain-dispatch.txt"));
        Path broken = Files.write(dir.resolve("broken.json"), Fixtures.fixture("bad.json"));
        Path noExtension = Files.write(dir.resolve("dispatch"), Fixtures.fixture("dispatch.json"));
        Path again = Files.write(dir.resolve("call-again.json"), Fixtures.fixture("ninjs-2-text.json"));

        List<String> progress = new ArrayList<>();
        FileBatch batch;
        try (Intake intake = Intake.open(TestKafka.config(cluster, TOPIC, TestKafka.fast()), new SimpleMeterRegistry())) {
            batch = new FileBatch(intake, DispatchMetadata.fromSource("Newswire"), null);
            batch.publish(List.of(ninjs, newsml, text, broken, noExtension, again), progress::add);
        }

        assertEquals(6, progress.size());
        assertEquals(4, batch.published());
        assertEquals(1, batch.duplicate());
        assertEquals(1, batch.failures().size());
        assertEquals(broken.toString(), batch.failures().get(0).name());
        assertEquals("4 published, 1 duplicate, 1 failed (1 malformed)", batch.summary());
        assertEquals(4, TestKafka.readAll(cluster.bootstrapServers(), TOPIC).size());
    }
}
