package io.newswire.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The server.properties of one node of an embedded KRaft cluster: every node is broker and controller, the
 * controllers form a static quorum, and the internal topics are replicated as far as the cluster allows
 * (three replicas, two in sync, on three nodes; one on a single node).
 */
final class BrokerProperties {
    static final String PORT = "newswire.port";
    static final String CONTROLLER_PORT = "newswire.controller.port";

    /** Where one node listens: its broker port and its controller port. */
    record Address(int nodeId, int port, int controllerPort) {
    }

    private BrokerProperties() {
    }

    /** Replicas of every topic on a cluster of this many brokers: three at most. */
    static int replicas(int brokers) {
        return Math.min(3, brokers);
    }

    /** Replicas that must have a write before it is acknowledged: two when there are three. */
    static int minInSync(int brokers) {
        return Math.min(2, replicas(brokers));
    }

    static Properties of(Address self, List<Address> cluster, String host, Path logDir) {
        int replicas = replicas(cluster.size());
        int minInSync = minInSync(cluster.size());
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(self.nodeId()));
        p.setProperty("controller.quorum.voters", cluster.stream()
                .map(a -> a.nodeId() + "@" + host + ":" + a.controllerPort()).collect(Collectors.joining(",")));
        p.setProperty("listeners", "PLAINTEXT://" + host + ":" + self.port() + ",CONTROLLER://" + host + ":" + self.controllerPort());
        p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + self.port());
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toAbsolutePath().toString());
        p.setProperty("num.partitions", "1");
        p.setProperty("default.replication.factor", String.valueOf(replicas));
        p.setProperty("min.insync.replicas", String.valueOf(minInSync));
        p.setProperty("offsets.topic.replication.factor", String.valueOf(replicas));
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", String.valueOf(replicas));
        p.setProperty("transaction.state.log.min.isr", String.valueOf(minInSync));
        p.setProperty("transaction.state.log.num.partitions", "5");
        p.setProperty("share.coordinator.state.topic.replication.factor", String.valueOf(replicas));
        p.setProperty("share.coordinator.state.topic.min.isr", String.valueOf(minInSync));
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "true");
        if (cluster.size() > 1) {
            // A node killed with SIGKILL sends no goodbye: the controller fences it, and moves its leaderships, after this.
            p.setProperty("broker.session.timeout.ms", "6000");
            p.setProperty("broker.heartbeat.interval.ms", "1000");
        }
        p.setProperty(PORT, String.valueOf(self.port()));
        p.setProperty(CONTROLLER_PORT, String.valueOf(self.controllerPort()));
        return p;
    }
}
