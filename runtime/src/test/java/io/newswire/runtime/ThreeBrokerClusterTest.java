package io.newswire.runtime;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

import static io.newswire.runtime.EmbeddedKafkaTest.await;
import static io.newswire.runtime.EmbeddedKafkaTest.consumeAll;
import static io.newswire.runtime.EmbeddedKafkaTest.produce;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Three KRaft nodes on loopback, three replicas of which two in sync: the leader's SIGKILL loses no acknowledged write. */
class ThreeBrokerClusterTest {
    private static final Logger LOG = LoggerFactory.getLogger(ThreeBrokerClusterTest.class);

    @Test
    void killingTheLeaderLosesNoAcknowledgedWriteAndItsSupervisorBringsItBack(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 3, EmbeddedKafka.LOOPBACK, 0);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("wire", 3, (short) 3).configs(Map.of("min.insync.replicas", "2")))).all().get();
            produce(kafka, "wire", values(0, 200));
            BrokerNode leader = kafka.broker(describe(admin).partitions().get(0).leader().id());

            ProcessHandle.of(leader.pid()).orElseThrow().destroyForcibly();
            long killed = System.nanoTime();
            produce(kafka, "wire", values(200, 201));
            long writable = System.nanoTime();
            produce(kafka, "wire", values(201, 400));

            await(Duration.ofSeconds(120), "the killed node back in every replica set", () -> leader.restarts() == 1 && fullyReplicated(admin));
            LOG.info("Leader {} killed: writes acknowledged again after {} ms, node back in sync after {} ms", leader.id(),
                    (writable - killed) / 1_000_000, (System.nanoTime() - killed) / 1_000_000);
            List<String> read = consumeAll(kafka, "wire", 400);
            assertEquals(400, read.size(), "nothing doubled");
            assertEquals(new TreeSet<>(values(0, 400)), new TreeSet<>(read), "nothing lost");
        }
    }

    private static List<String> values(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> String.format("dispatch-%04d", i)).toList();
    }

    private static TopicDescription describe(Admin admin) throws Exception {
        return admin.describeTopics(List.of("wire")).allTopicNames().get().get("wire");
    }

    private static boolean fullyReplicated(Admin admin) {
        try {
            return describe(admin).partitions().stream().map(TopicPartitionInfo::isr).allMatch(isr -> isr.size() == 3);
        } catch (Exception notNow) {
            return false;
        }
    }
}
