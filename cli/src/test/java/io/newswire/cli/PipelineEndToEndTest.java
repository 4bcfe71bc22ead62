package io.newswire.cli;

import io.newswire.runtime.LocalCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The whole pipeline on the embedded default: a real KRaft broker and our registry. */
class PipelineEndToEndTest {

    @Test
    void sameCallReportedByThreeDispatchesIsTaggedAndCountedOnce(@TempDir Path dataDir) throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        PipelineScenario.run(cluster.bootstrapServers(), cluster.registryUrl(), dataDir, "e2e-embedded");
    }
}
