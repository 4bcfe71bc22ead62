package io.newswire.cli;

import io.newswire.aggregate.AggregateApp;
import io.newswire.aggregate.AggregateConfig;
import io.newswire.core.CommonConfig;
import io.newswire.core.ConfigLoader;
import io.newswire.enrich.EnrichConfig;
import io.newswire.ingest.IngestConfig;
import org.apache.kafka.common.config.ConfigDef;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Options every long-running subcommand takes: explicit configuration values that win over file and environment. A
 * key that no app declares is refused (exit 2), with the nearest declared key suggested: a typo must not be ignored.
 */
final class ConfigOptions {
    /** Every declared key, and the prefixes handed to Kafka Streams as they are. */
    static final List<ConfigDef> DEFINITIONS = List.of(CommonConfig.DEFINITION, IngestConfig.DEFINITION, EnrichConfig.DEFINITION, AggregateConfig.DEFINITION);
    private static final List<String> PASS_THROUGH_PREFIXES = List.of(EnrichConfig.STREAMS_PREFIX, AggregateApp.STREAMS_PREFIX);

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE", description = "Set a configuration key (wins over newswire.properties and NEWSWIRE_* variables).")
    Map<String, String> values = new HashMap<>();

    Map<String, String> load() {
        check(values.keySet());
        return ConfigLoader.load(values);
    }

    /** The data directory these values give ({@code data.dir}). */
    Path dataDir() {
        return Path.of(new CommonConfig(load()).getString(CommonConfig.DATA_DIR));
    }

    private void check(Set<String> keys) {
        Set<String> known = new TreeSet<>();
        DEFINITIONS.forEach(definition -> known.addAll(definition.names()));
        for (String key : keys) {
            if (!known.contains(key) && PASS_THROUGH_PREFIXES.stream().noneMatch(key::startsWith)) {
                String suggestion = NearestKey.to(key, known).map(k -> "; did you mean " + k + "?").orElse("; see newswire config");
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown configuration key '" + key + "'" + suggestion);
            }
        }
    }
}
