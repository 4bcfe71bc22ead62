package io.newswire.aggregate.api.live;

import io.newswire.aggregate.AggregateConfig;
import io.newswire.schemas.registry.SchemaRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * This instance's reader of every partition of the streamed topics (its own consumer, no group: each instance sees
 * everything), holding the latest records in memory for new and reconnecting clients and handing each new one to
 * the connected clients. A client further behind than the memory is replayed from Kafka ({@link StreamReplay}).
 */
public final class LiveFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration TOPIC_REFRESH = Duration.ofSeconds(5);

    private final StreamedRecords records;
    private final Map<String, Object> consumerProperties;
    private final int capacity;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread reader;
    private volatile boolean running = true;

    private final Object lock = new Object();
    private final ArrayDeque<StreamItem> held = new ArrayDeque<>();
    /** Per partition, the offset from which every record is held (earlier ones were let go or never read). */
    private final Map<TopicPartition, Long> heldFrom = new HashMap<>();
    private StreamPosition position = StreamPosition.NONE;
    private final Set<Listener> listeners = new CopyOnWriteArraySet<>();

    /** A connected client, handed every new item; it must not block. */
    interface Listener {
        void accept(StreamItem item);
    }

    /** What joining the feed gave: the held items the client has not been sent (null when it is further behind: then where the memory starts), and the feed's position then. */
    record Joined(List<StreamItem> missed, Map<TopicPartition, Long> heldFrom, StreamPosition position) {
        boolean behindMemory() {
            return missed == null;
        }
    }

    private LiveFeed(StreamedRecords records, Map<String, Object> consumerProperties, int capacity) {
        this.records = records;
        this.consumerProperties = consumerProperties;
        this.capacity = capacity;
        this.consumer = new KafkaConsumer<>(consumerProperties, new StringDeserializer(), new ByteArrayDeserializer());
        this.reader = new Thread(this::read, "aggregate-live-feed");
        this.reader.setDaemon(true);
    }

    public static LiveFeed start(AggregateConfig config, SchemaRegistry registry) {
        LiveFeed feed = new LiveFeed(new StreamedRecords(config, registry), consumerProperties(config), config.getInt(AggregateConfig.LIVE_HELD_RECORDS));
        feed.reader.start();
        return feed;
    }

    /** Committed records only, read by assignment (no consumer group), so every instance reads every partition. */
    static Map<String, Object> consumerProperties(AggregateConfig config) {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, config.applicationId() + "-live-" + config.serverHost() + "-" + ProcessHandle.current().pid(),
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, config.getInt(AggregateConfig.TOPIC_MAX_MESSAGE_BYTES),
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
    }

    StreamedRecords records() {
        return records;
    }

    Map<String, Object> consumerProperties() {
        return consumerProperties;
    }

    /**
     * Registers a client that has been sent everything below {@code sent} ({@link StreamPosition#NONE} for a new client, which
     * first gets the latest {@code recent} events: alerts and counts it reads from the API) and returns what it missed, in the order read.
     */
    Joined join(StreamPosition sent, int recent, Listener listener) {
        synchronized (lock) {
            List<StreamItem> missed;
            if (sent.equals(StreamPosition.NONE)) {
                List<StreamItem> shown = held.stream().filter(i -> i.shown() && i.kind().equals(StreamedRecords.EVENT)).toList();
                missed = new ArrayList<>(shown.subList(Math.max(0, shown.size() - recent), shown.size()));
            } else {
                for (Map.Entry<TopicPartition, Long> from : heldFrom.entrySet()) {
                    if (Math.max(0, sent.next(from.getKey())) < from.getValue()) {
                        return new Joined(null, Map.copyOf(heldFrom), position);
                    }
                }
                missed = held.stream().filter(i -> i.shown() && !sent.hasSent(i.partition(), i.offset())).toList();
            }
            listeners.add(listener);
            return new Joined(missed, Map.copyOf(heldFrom), position);
        }
    }

    void leave(Listener listener) {
        listeners.remove(listener);
    }

    /** Where the feed is: everything read so far. */
    StreamPosition position() {
        synchronized (lock) {
            return position;
        }
    }

    /** The latest shown items of a kind, newest first. */
    List<StreamItem> latest(String kind, int limit) {
        synchronized (lock) {
            List<StreamItem> latest = new ArrayList<>();
            var it = held.descendingIterator();
            while (it.hasNext() && latest.size() < limit) {
                StreamItem item = it.next();
                if (item.shown() && item.kind().equals(kind)) {
                    latest.add(item);
                }
            }
            return latest;
        }
    }

    private void read() {
        Set<TopicPartition> assigned = new HashSet<>();
        long nextRefresh = 0;
        try {
            while (running) {
                try {
                    if (System.nanoTime() >= nextRefresh) {
                        assigned = refreshAssignment(assigned);
                        nextRefresh = System.nanoTime() + TOPIC_REFRESH.toNanos();
                    }
                    if (assigned.isEmpty()) {
                        Thread.sleep(POLL.toMillis());
                        continue;
                    }
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                        append(records.read(record));
                    }
                } catch (KafkaException e) {
                    if (e instanceof WakeupException) {
                        throw e;
                    }
                    LOG.warn("Live feed cannot read Kafka ({}); trying again in a second", e.toString());
                    Thread.sleep(1000);
                }
            }
        } catch (WakeupException | InterruptedException e) {
            LOG.debug("Live feed reader stopped");
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Adds the partitions of streamed topics that appeared since the last look. At start each is read from its
     * latest {@code capacity} records; a partition that appears later is new, and read from its beginning.
     */
    private Set<TopicPartition> refreshAssignment(Set<TopicPartition> assigned) {
        Set<TopicPartition> found = new HashSet<>(assigned);
        for (Map.Entry<String, List<PartitionInfo>> topic : consumer.listTopics(Duration.ofSeconds(10)).entrySet()) {
            if (records.kindOf(topic.getKey()) != null) {
                topic.getValue().forEach(p -> found.add(new TopicPartition(p.topic(), p.partition())));
            }
        }
        if (found.equals(assigned)) {
            return assigned;
        }
        List<TopicPartition> added = found.stream().filter(tp -> !assigned.contains(tp)).toList();
        consumer.assign(found);
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(added);
        Map<TopicPartition, Long> end = consumer.endOffsets(added);
        synchronized (lock) {
            for (TopicPartition tp : added) {
                long start = assigned.isEmpty() ? Math.max(beginning.get(tp), end.get(tp) - capacity) : beginning.get(tp);
                consumer.seek(tp, start);
                heldFrom.put(tp, start);
                position = position.after(tp, start - 1);
            }
        }
        LOG.info("Live stream reads {} partition(s) of {} topic(s)", found.size(), found.stream().map(TopicPartition::topic).distinct().count());
        return found;
    }

    private void append(StreamItem read) {
        synchronized (lock) {
            position = position.after(read.partition(), read.offset());
            if (!read.shown()) {
                return;
            }
            StreamItem item = read.at(position);
            held.addLast(item);
            while (held.size() > capacity) {
                StreamItem gone = held.removeFirst();
                heldFrom.put(gone.partition(), gone.offset() + 1);
            }
            listeners.forEach(l -> l.accept(item));
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
