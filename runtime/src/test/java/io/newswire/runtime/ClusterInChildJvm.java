package io.newswire.runtime;

import java.nio.file.Path;

/** A local cluster in a JVM of its own, for tests that kill that JVM: {@code ClusterInChildJvm DATA_DIR BROKERS}. */
public final class ClusterInChildJvm {
    static final String READY = "cluster ready";

    private ClusterInChildJvm() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalCluster cluster = LocalCluster.start(Path.of(args[0]), LocalCluster.Settings.defaults().withBrokers(Integer.parseInt(args[1])));
        System.out.println(READY + " at " + cluster.bootstrapServers());
        System.out.flush();
        Thread.currentThread().join();
    }
}
