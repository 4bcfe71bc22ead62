package io.newswire.cli;

import io.newswire.core.ConfigDocs;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Prints every configuration key, from the declarations themselves: the README's table is this output. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print the configuration keys (properties file newswire.properties, or NEWSWIRE_* environment variables) as a Markdown table.")
public final class ConfigCommand implements Callable<Integer> {

    static String table() {
        return ConfigDocs.markdown(ConfigOptions.DEFINITIONS);
    }

    @Override
    public Integer call() {
        System.out.print(table());
        return 0;
    }
}
