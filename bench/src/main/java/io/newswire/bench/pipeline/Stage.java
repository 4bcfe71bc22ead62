package io.newswire.bench.pipeline;

import org.apache.kafka.streams.Topology;

import java.util.Properties;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A stage measured against the passthrough: the topic it reads (pre-loaded with {@code records} records) and, for
 * an application id, its topology and Streams settings; the passthrough runs with the same settings.
 *
 * @param instances how many instances run side by side
 * @param work      the stage's own work done alone, without Kafka, in CPU milliseconds per 1,000 records (measured in each
 *                  round right after the stage, so both see the same machine); null when there is none to compare with
 */
record Stage(String name, String input, long records, int instances, Function<String, App> app, DoubleSupplier work) {

    Stage(String name, String input, long records, int instances, Function<String, App> app) {
        this(name, input, records, instances, app, null);
    }

    /** One Streams app: its topology (built anew for each instance) and settings. */
    record App(Supplier<Topology> topology, Properties properties) {
    }

    /** The same stage, compared round by round with its work done alone. */
    Stage comparedWith(DoubleSupplier alone) {
        return new Stage(name, input, records, instances, app, alone);
    }

    String passthroughOutput() {
        return "bench-passthrough-" + name.replaceAll("[^A-Za-z0-9-]", "-");
    }
}
