package io.newswire.aggregate.api;

import io.newswire.aggregate.CountryPair;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

import java.util.Comparator;
import java.util.List;

/** The one place that knows which aggregate instance holds what: the owner of a pair, the instances holding a store. */
public final class MetadataService {
    private final KafkaStreams streams;
    private final HostInfo self;

    public MetadataService(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    /** The instance whose active task holds this pair (the counting stores are partitioned by pair). */
    public HostInfo ownerOf(String store, CountryPair pair) {
        return ownerOf(store, pair.key());
    }

    /** The instance whose active task holds this key of the store (a pair, or a dispatch id for the per-dispatch stores). */
    public HostInfo ownerOf(String store, String key) {
        KeyQueryMetadata metadata = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
        if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)) {
            throw new NotReady("No instance holds " + key + " of " + store + " at the moment (starting or rebalancing); try again");
        }
        return metadata.activeHost();
    }

    /** Every instance with an active task of the store, in a stable order. */
    public List<HostInfo> instancesWith(String store) {
        List<HostInfo> hosts = streams.streamsMetadataForStore(store).stream()
                .filter(m -> m.stateStoreNames().contains(store))
                .map(StreamsMetadata::hostInfo).distinct()
                .sorted(Comparator.comparing(HostInfo::host).thenComparingInt(HostInfo::port))
                .toList();
        if (hosts.isEmpty()) {
            throw new NotReady("No instance holds " + store + " at the moment (starting or rebalancing); try again");
        }
        return hosts;
    }

    public boolean isSelf(HostInfo host) {
        return self.equals(host);
    }

    public HostInfo self() {
        return self;
    }
}
