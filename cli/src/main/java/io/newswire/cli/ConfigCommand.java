package io.newswire.cli;

import io.newswire.aggregate.AggregateConfig;
import io.newswire.core.CommonConfig;
import io.newswire.core.ConfigDocs;
import io.newswire.enrich.EnrichConfig;
import io.newswire.ingest.IngestConfig;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.concurrent.Callable;

/** Prints every configuration key, from the declarations themselves: the README's table is this output. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print the configuration keys (properties file newswire.properties, or NEWSWIRE_* environment variables) as a Markdown table.")
public final class ConfigCommand implements Callable<Integer> {

    static String table() {
        return ConfigDocs.markdown(List.of(CommonConfig.DEFINITION, IngestConfig.DEFINITION, EnrichConfig.DEFINITION, AggregateConfig.DEFINITION));
    }

    @Override
    public Integer call() {
        System.out.print(table());
        return 0;
    }
}
