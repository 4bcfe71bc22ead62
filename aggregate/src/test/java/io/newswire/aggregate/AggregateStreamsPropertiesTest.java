package io.newswire.aggregate;

import io.newswire.core.metrics.AppMetrics;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AggregateStreamsPropertiesTest {
    private static final String COMPRESSION = StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG);

    @Test
    void aggregateSendsItsSmallRecordsUncompressed() {
        assertEquals("none", properties(Map.of()).get(COMPRESSION));
    }

    @Test
    void compressionSetForAggregateWins() {
        assertEquals("zstd", properties(Map.of(AggregateApp.STREAMS_PREFIX + COMPRESSION, "zstd")).get(COMPRESSION));
    }

    private static Properties properties(Map<String, String> values) {
        return AggregateApp.streamsProperties(new AggregateConfig(values), new HostInfo("localhost", 8080), AppMetrics.create("aggregate"));
    }
}
