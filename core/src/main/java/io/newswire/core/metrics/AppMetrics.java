package io.newswire.core.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

import java.time.Duration;
import java.util.Map;

/**
 * Each app's meters: one Prometheus registry per app, tagged {@code app}, with Micrometer's JVM and process binders
 * on; Kafka client and Kafka Streams binders for what the app runs; the consumer lag of its Streams app. Processors
 * reach the registry through the Streams configuration ({@link #CONFIG}), as they reach nothing else.
 */
public final class AppMetrics {
    /** Streams configuration key under which the app's {@link MeterRegistry} is handed to its processors. */
    public static final String CONFIG = "newswire.meters";
    /** Histogram buckets of the time meters (Prometheus {@code le}): from a millisecond to half a minute. */
    public static final Duration[] TIME_BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private AppMetrics() {
    }

    /** A registry for the app named {@code app} (ingest, enrich, aggregate), JVM and process meters bound. */
    public static PrometheusMeterRegistry create(String app) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("app", app);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        return registry;
    }

    /** The registry handed through {@link #CONFIG}, or one that keeps the counts to itself (a test driver without meters). */
    public static MeterRegistry from(Map<String, Object> configs) {
        return configs.get(CONFIG) instanceof MeterRegistry registry ? registry : new SimpleMeterRegistry();
    }

    /** Binds Kafka Streams' own metrics (its clients' too) and the app's consumer lag; close it with the app. */
    public static AutoCloseable watch(KafkaStreams streams, MeterRegistry registry) {
        KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(streams);
        metrics.bindTo(registry);
        Gauge.builder("newswire.consumer.lag", streams, AppMetrics::lag).baseUnit("records")
                .description("Records the app has yet to read from its input topics (sum of its consumers' records-lag)")
                .register(registry);
        return metrics;
    }

    /** Binds a producer's client metrics; close it before the producer. */
    public static AutoCloseable watch(Producer<?, ?> producer, MeterRegistry registry) {
        KafkaClientMetrics metrics = new KafkaClientMetrics(producer, Tags.empty());
        metrics.bindTo(registry);
        return metrics;
    }

    /** The sum of records-lag over the partitions the app's main consumers read (restore consumers left out). */
    static double lag(KafkaStreams streams) {
        double lag = 0;
        for (Map.Entry<MetricName, ? extends Metric> entry : streams.metrics().entrySet()) {
            MetricName name = entry.getKey();
            if (name.name().equals("records-lag") && name.group().equals("consumer-fetch-manager-metrics")
                    && name.tags().containsKey("partition") && !name.tags().getOrDefault("client-id", "").endsWith("restore-consumer")
                    && entry.getValue().metricValue() instanceof Number value && Double.isFinite(value.doubleValue())) {
                lag += value.doubleValue();
            }
        }
        return lag;
    }
}
