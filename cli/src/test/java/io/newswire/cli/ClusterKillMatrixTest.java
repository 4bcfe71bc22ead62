package io.newswire.cli;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.aggregate.AggregateApp;
import io.newswire.aggregate.AggregateConfig;
import io.newswire.aggregate.bench.NewsGenerator;
import io.newswire.aggregate.bench.NewsGenerator.ExpectedDay;
import io.newswire.core.CommonConfig;
import io.newswire.core.DeadLetters;
import io.newswire.enrich.EnrichApp;
import io.newswire.enrich.EnrichConfig;
import io.newswire.ingest.IngestConfig;
import io.newswire.ingest.IngestServer;
import io.newswire.ingest.Intake;
import io.newswire.ingest.PublishedLedger;
import io.newswire.runtime.BrokerNode;
import io.newswire.runtime.FreePorts;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.ContactCount;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.SummitAlert;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline on a three-broker KRaft cluster (three replicas of every topic, two in sync), with two enrich and
 * two aggregate instances, each in a JVM of its own, under continuous ingest of the generated wire (calls reported by
 * several dispatches, new versions, replays, late reports, summit proposals). Mid-stream, SIGKILL the broker leading
 * the most {@code dispatches} partitions (its supervisor starts it again), then one enrich instance, then one aggregate
 * instance (each started again). At the end every dispatch that got a 202 is on the topic once and enriched once, and
 * the counts, alerts and late dead letters are exactly the generator's: nothing lost, nothing doubled.
 */
class ClusterKillMatrixTest {
    static final long SEED = 2026;
    static final NewsGenerator.Shape SHAPE = NewsGenerator.Shape.small(1600).withLeadersCallsOnly();
    private static final Logger LOG = LoggerFactory.getLogger(ClusterKillMatrixTest.class);
    private static final String USER_INFO = "newsroom:kill-matrix";
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(180);
    /** With about a fifth of the wire per fault, traffic goes on for some 25 s after each kill. */
    private static final double POSTS_PER_SECOND = 20;
    /** The stage of aggregate's dead letters for contacts beyond the grace period (its README's table). */
    private static final String LATE_STAGE = "late-contacts";

    @TempDir
    Path dir;

    private final Map<String, String> config = new HashMap<>();
    private final List<StreamsInstance> instances = new ArrayList<>();
    private final Map<String, Long> measured = new LinkedHashMap<>();
    private ClusterProbe probe;
    private String dispatches;
    private String enriched;
    private String enrichGroup;
    private String aggregateGroup;

    @Test
    void everyAcceptedDispatchIsEnrichedAndCountedExactlyOnceThroughLeaderEnrichAndAggregateKills() throws Exception {
        long testStart = System.nanoTime();
        NewsGenerator.News news = NewsGenerator.generate(SEED, SHAPE);
        GeneratedWire wire = GeneratedWire.load();
        List<GeneratedWire.Post> posts = news.records().stream().map(wire::post).toList();

        try (LocalCluster cluster = LocalCluster.start(dir.resolve("data"),
                LocalCluster.Settings.defaults().withBrokers(3).withRegistryAuth(USER_INFO));
             ClusterProbe clusterProbe = new ClusterProbe(cluster.bootstrapServers())) {
            probe = clusterProbe;
            configure(cluster);
            PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            try (Intake intake = Intake.open(new IngestConfig(config), meters);
                 IngestServer ingest = IngestServer.start(intake, meters)) {
                StreamsInstance enrich1 = instance("enrich-1", EnrichApp.class, Map.of(EnrichConfig.STATE_DIR, dir.resolve("enrich-1").toString()));
                StreamsInstance enrich2 = instance("enrich-2", EnrichApp.class, Map.of(EnrichConfig.STATE_DIR, dir.resolve("enrich-2").toString()));
                StreamsInstance aggregate1 = instance("aggregate-1", AggregateApp.class, aggregateInstance(1));
                StreamsInstance aggregate2 = instance("aggregate-2", AggregateApp.class, aggregateInstance(2));
                await(Duration.ofSeconds(240), "two enrich and two aggregate members, stable", () ->
                        probe.stableMembers(enrichGroup) == 2 && probe.stableMembers(aggregateGroup) == 2);
                measure("pipeline up (3 brokers, 4 instances)", millisSince(testStart));

                NewsroomTraffic traffic = new NewsroomTraffic("http://127.0.0.1:" + ingest.port(), posts, 4, POSTS_PER_SECOND);
                int n = posts.size();
                int perPhase = n * 22 / 100;
                traffic.allowBelow(perPhase);
                traffic.start();
                awaitPosted(traffic, perPhase * 2 / 3);
                measure("baseline, no kill: accepted before, enriched and counted", throughPipeline(System.nanoTime(), probe.endOffsets(dispatches)));

                flowing(traffic, perPhase);
                BrokerNode leader = cluster.kafka().broker(probe.busiestLeader(dispatches));
                Map<TopicPartition, Long> acceptedBeforeBrokerKill = probe.endOffsets(dispatches);
                long brokerKilled = killBroker(leader);
                measure("broker " + leader.id() + " (leader) killed: accepted before, enriched and counted", throughPipeline(brokerKilled, acceptedBeforeBrokerKill));
                await(RECOVERY_LIMIT, "the killed broker back in every replica set", () -> leader.restarts() == 1 && leader.isRunning()
                        && probe.fullyReplicated(List.of(dispatches, enriched, config.get(CommonConfig.TOPIC_CONTACTS))));
                measure("broker " + leader.id() + " back in sync", millisSince(brokerKilled));
                measure("broker kill: longest wait for a 2xx answer", longestPause(traffic, brokerKilled));

                killAndRestart(traffic, perPhase, enrich1, enrichGroup);
                killAndRestart(traffic, perPhase, aggregate1, aggregateGroup);
                traffic.allowBelow(n);

                await(Duration.ofSeconds(300), "every post answered", traffic::finished);
                await(Duration.ofSeconds(180), "enrich and aggregate to commit the whole input", () ->
                        probe.caughtUp(enrichGroup, dispatches) && probe.caughtUp(aggregateGroup, enriched));
                assertTrue(List.of(enrich1, enrich2, aggregate1, aggregate2).stream().allMatch(StreamsInstance::isAlive),
                        () -> "an instance died on its own:\n" + instances.stream().map(StreamsInstance::logTail).collect(Collectors.joining("\n")));

                verify(cluster, traffic.answers(), news);
                measure("whole test", millisSince(testStart));
            } finally {
                for (StreamsInstance instance : instances) {
                    instance.close();
                }
            }
        }
    }

    private void measure(String what, long millis) {
        measured.put(what, millis);
        LOG.info("Kill matrix: {}: {} ms", what, millis);
    }

    private void configure(LocalCluster cluster) {
        config.putAll(cluster.config());
        config.put(CommonConfig.DATA_DIR, dir.resolve("data").toString());
        config.put(CommonConfig.TOPIC_PARTITIONS, "4");
        config.put(IngestConfig.HTTP_PORT, "0");
        config.put(IngestConfig.HTTP_HOST, "127.0.0.1");
        config.put(EnrichConfig.HTTP_PORT, "0");
        config.put(EnrichConfig.APPLICATION_ID, "kill-matrix-enrich");
        config.put(AggregateConfig.APPLICATION_ID, "kill-matrix-aggregate");
        // A member killed with SIGKILL leaves the group when its session times out; keep that short so the survivor takes over soon.
        for (String prefix : List.of(EnrichConfig.STREAMS_PREFIX, AggregateApp.STREAMS_PREFIX)) {
            config.put(prefix + "session.timeout.ms", "10000");
            config.put(prefix + "heartbeat.interval.ms", "1000");
        }
        dispatches = config.getOrDefault(CommonConfig.TOPIC_DISPATCHES, "dispatches");
        enriched = config.getOrDefault(CommonConfig.TOPIC_ENRICHED, "dispatches-enriched");
        config.putIfAbsent(CommonConfig.TOPIC_CONTACTS, "contacts");
        enrichGroup = config.get(EnrichConfig.APPLICATION_ID);
        aggregateGroup = config.get(AggregateConfig.APPLICATION_ID);
    }

    private Map<String, String> aggregateInstance(int i) {
        return Map.of(AggregateConfig.STATE_DIR, dir.resolve("aggregate-" + i).toString(), AggregateConfig.HTTP_PORT, String.valueOf(FreePorts.pick()));
    }

    private StreamsInstance instance(String name, Class<?> main, Map<String, String> own) {
        Map<String, String> values = new HashMap<>(config);
        values.putAll(own);
        StreamsInstance instance = new StreamsInstance(name, main, values, dir).start();
        instances.add(instance);
        return instance;
    }

    private long killBroker(BrokerNode broker) {
        ProcessHandle.of(broker.pid()).orElseThrow().destroyForcibly();
        LOG.info("Killed broker {} (SIGKILL)", broker.id());
        return System.nanoTime();
    }

    private long kill(StreamsInstance instance) throws InterruptedException {
        instance.kill();
        LOG.info("Killed {} (SIGKILL)", instance.name());
        return System.nanoTime();
    }

    /** Kills one instance mid-stream, measures until what was before it has gone through, starts it again. */
    private void killAndRestart(NewsroomTraffic traffic, int perPhase, StreamsInstance instance, String group) throws Exception {
        flowing(traffic, perPhase);
        boolean enrich = group.equals(enrichGroup);
        Map<TopicPartition, Long> before = probe.endOffsets(enrich ? dispatches : enriched);
        long killed = kill(instance);
        measure(instance.name() + " killed: " + (enrich ? "accepted before, enriched and counted" : "enriched before, counted"),
                enrich ? throughPipeline(killed, before) : throughAggregate(killed, before));
        restart(instance, group);
        measure(instance.name() + " restarted and rebalanced", millisSince(killed));
    }

    private void restart(StreamsInstance instance, String group) {
        instance.start();
        await(RECOVERY_LIMIT, instance.name() + " back in a stable group of two", () -> probe.stableMembers(group) == 2);
    }

    /** Milliseconds from {@code since} until what was accepted (dispatches offsets) has been enriched, then counted. */
    private long throughPipeline(long since, Map<TopicPartition, Long> accepted) throws Exception {
        await(RECOVERY_LIMIT, "enrich to commit what was accepted", () -> probe.committedPast(enrichGroup, accepted));
        return throughAggregate(since, probe.endOffsets(enriched));
    }

    private long throughAggregate(long since, Map<TopicPartition, Long> enrichedMarks) {
        await(RECOVERY_LIMIT, "aggregate to commit what was enriched", () -> probe.committedPast(aggregateGroup, enrichedMarks));
        return millisSince(since);
    }

    /** The longest time without a 2xx answer from the kill on (to the first answer after it, then between answers). */
    private static long longestPause(NewsroomTraffic traffic, long since) {
        List<Long> times = traffic.answers().stream().filter(a -> a.status() / 100 == 2).map(NewsroomTraffic.Answer::answeredAtNanos)
                .filter(t -> t >= since).sorted().toList();
        long longest = times.isEmpty() ? 0 : times.get(0) - since;
        for (int i = 1; i < times.size(); i++) {
            longest = Math.max(longest, times.get(i) - times.get(i - 1));
        }
        return longest / 1_000_000;
    }

    private void verify(LocalCluster cluster, List<NewsroomTraffic.Answer> answers, NewsGenerator.News news) throws Exception {
        List<String> refused = answers.stream().filter(a -> a.status() / 100 != 2)
                .map(a -> a.post().id() + " v" + a.post().version() + ": " + a.status() + " " + a.body()).toList();
        assertEquals(List.of(), refused, "every post answered 202 or 200 in the end");
        Map<String, Integer> accepted = new TreeMap<>();
        answers.stream().filter(a -> a.status() == 202).forEach(a -> accepted.merge(versionOf(a.post().id(), a.post().version()), 1, Integer::sum));
        Map<String, Integer> sent = new TreeMap<>();
        answers.forEach(a -> sent.put(versionOf(a.post().id(), a.post().version()), 1));
        long retried = answers.stream().filter(a -> a.refusedFirst() > 0).count();
        LOG.info("Kill matrix: {} posts, {} distinct versions, {} answered 202, {} sent again after a 503 or a dropped connection",
                answers.size(), sent.size(), accepted.size(), retried);

        var registry = new HttpSchemaRegistryClient(cluster.registryUrl(), USER_INFO);
        Deserializer<EnrichedDispatch> enrichedReader = AvroSerdes.value(EnrichedDispatch.class, registry).deserializer();
        Map<String, Integer> onDispatches = ClusterProbe.occurrences(probe.readCommitted(dispatches), r -> versionOf(r.key(), header(r, PublishedLedger.VERSION_HEADER)));
        Map<String, Integer> enrichedOnce = ClusterProbe.occurrences(probe.readCommitted(enriched), r -> {
            EnrichedDispatch d = enrichedReader.deserialize(r.topic(), r.value());
            return versionOf(d.getDispatch().getId(), String.valueOf(d.getDispatch().getVersion()));
        });
        for (var topic : Map.of(dispatches, onDispatches, enriched, enrichedOnce).entrySet()) {
            long lost = sent.keySet().stream().filter(v -> !topic.getValue().containsKey(v)).count();
            long doubled = topic.getValue().values().stream().filter(c -> c > 1).count();
            LOG.info("Kill matrix: {}: {} version(s) lost, {} doubled", topic.getKey(), lost, doubled);
        }
        assertEquals(sent, onDispatches, "every version sent is on the dispatches topic, once");
        assertEquals(sent, enrichedOnce, "every version sent is enriched, once");
        assertTrue(accepted.values().stream().allMatch(c -> c == 1), "no version accepted twice");

        Deserializer<ContactCount> counts = AvroSerdes.value(ContactCount.class, registry).deserializer();
        String contacts = config.get(CommonConfig.TOPIC_CONTACTS);
        Map<String, ExpectedDay> latest = new TreeMap<>();
        await(Duration.ofSeconds(120), "the contacts topic to hold the expected counts", () -> {
            latest.clear();
            latest.putAll(latestCounts(contacts, counts));
            return news.expected().days().equals(latest);
        });
        assertEquals(news.expected().days(), latest, "every pair-day's contacts, mentions and types");

        Deserializer<SummitAlert> alerts = AvroSerdes.value(SummitAlert.class, registry).deserializer();
        Map<String, Integer> mentions = new TreeMap<>();
        Map<String, Integer> raised = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> r : probe.readCommitted(config.getOrDefault(CommonConfig.TOPIC_ALERTS, "alerts"))) {
            SummitAlert alert = alerts.deserialize(r.topic(), r.value());
            mentions.put(r.key(), alert.getMentions());
            if (alert.getMentions() == 1) {
                raised.merge(r.key(), 1, Integer::sum);
            }
        }
        assertEquals(news.expected().alertMentions(), mentions, "every alert with its exact mention count");
        assertTrue(raised.values().stream().allMatch(c -> c == 1), "each alert raised once: " + raised);

        long late = probe.readCommitted(config.getOrDefault(CommonConfig.TOPIC_DEAD_LETTERS, "dead-letters")).stream()
                .filter(r -> LATE_STAGE.equals(header(r, DeadLetters.STAGE))).count();
        assertEquals(news.expected().lateDeadLetters(), late, "one dead letter per dispatch version with late contacts");
    }

    private Map<String, ExpectedDay> latestCounts(String topic, Deserializer<ContactCount> counts) {
        Map<String, ExpectedDay> latest = new TreeMap<>();
        try {
            for (ConsumerRecord<String, byte[]> r : probe.readCommitted(topic)) {
                ExpectedDay.fold(latest, r.key(), counts.deserialize(r.topic(), r.value()));
            }
        } catch (Exception notYet) {
            latest.clear();
        }
        return latest;
    }

    private static String versionOf(String id, Object version) {
        return id + " v" + version;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Lets the newsrooms post {@code more} dispatches, and returns once they are at it: a fault then lands mid-stream. */
    private static void flowing(NewsroomTraffic traffic, int more) {
        int start = traffic.answered();
        traffic.allowBelow(start + more);
        awaitPosted(traffic, start + more / 10);
    }

    private static void awaitPosted(NewsroomTraffic traffic, int count) {
        await(Duration.ofSeconds(300), count + " posts answered", () -> traffic.answered() >= count);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void await(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what);
            }
        }
    }
}
