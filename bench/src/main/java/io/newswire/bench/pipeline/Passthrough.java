package io.newswire.bench.pipeline;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/** The floor a stage is compared with: a Streams app that copies each record's bytes to another topic, nothing else. */
final class Passthrough {
    private Passthrough() {
    }

    static Topology topology(String input, String output) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("input"))
                .to(output, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("copy"));
        return builder.build();
    }
}
