package io.newswire.cli;

import io.newswire.core.ConfigLoader;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;

/** Options every long-running subcommand takes: explicit configuration values that win over file and environment. */
final class ConfigOptions {
    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE", description = "Set a configuration key (wins over newswire.properties and NEWSWIRE_* variables).")
    Map<String, String> values = new HashMap<>();

    Map<String, String> load() {
        return ConfigLoader.load(values);
    }
}
