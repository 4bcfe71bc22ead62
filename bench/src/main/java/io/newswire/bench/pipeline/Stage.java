package io.newswire.bench.pipeline;

import org.apache.kafka.streams.Topology;

import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A stage measured against the passthrough: the topic it reads (pre-loaded with {@code records} records) and, for
 * an application id, its topology and Streams settings; the passthrough runs with the same settings.
 *
 * @param instances how many instances run side by side
 */
record Stage(String name, String input, long records, int instances, Function<String, App> app) {

    /** One Streams app: its topology (built anew for each instance) and settings. */
    record App(Supplier<Topology> topology, Properties properties) {
    }

    String passthroughOutput() {
        return "bench-passthrough-" + name.replaceAll("[^A-Za-z0-9-]", "-");
    }
}
