package io.newswire.core.health;

import org.apache.kafka.streams.KafkaStreams;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The state of a Kafka Streams app for {@code /health}: up while RUNNING or REBALANCING, alive unless it has failed or
 * stopped ({@code ERROR}, {@code PENDING_ERROR}, {@code NOT_RUNNING}, {@code PENDING_SHUTDOWN}: only a restart helps).
 * Registered as the app's state listener, so it knows since when.
 */
public final class StreamsHealth implements KafkaStreams.StateListener, Supplier<Collection<Health.Part>> {
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;
    private volatile Instant since = Instant.now();
    private final KafkaStreams streams;

    private StreamsHealth(KafkaStreams streams) {
        this.streams = streams;
    }

    /** Watches {@code streams}; call before {@code start()}, as it sets the state listener. */
    public static StreamsHealth watch(KafkaStreams streams) {
        StreamsHealth health = new StreamsHealth(streams);
        streams.setStateListener(health);
        return health;
    }

    @Override
    public void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        state = newState;
        since = Instant.now();
    }

    @Override
    public Collection<Health.Part> get() {
        KafkaStreams.State now = state;
        boolean up = now == KafkaStreams.State.RUNNING || now == KafkaStreams.State.REBALANCING;
        boolean alive = switch (now) {
            case ERROR, PENDING_ERROR, NOT_RUNNING, PENDING_SHUTDOWN -> false;
            default -> true;
        };
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("state", now.name());
        detail.put("since", since.toString());
        detail.put("threads", up ? streams.metadataForLocalThreads().size() : 0);
        return List.of(new Health.Part("streams", up, alive, detail));
    }
}
