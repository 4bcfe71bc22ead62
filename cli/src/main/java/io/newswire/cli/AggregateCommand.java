package io.newswire.cli;

import io.newswire.aggregate.AggregateApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = {"Run the aggregate Kafka Streams app and its HTTP API until Ctrl-C.",
                "With --bench N: produce N generated dispatches to an embedded broker, run the app on them and print events/s and state size."})
public final class AggregateCommand extends ConfiguredCommand {
    @Option(names = "--bench", paramLabel = "N", description = "Bench instead of running: N generated enriched dispatches through the app on an embedded broker (exactly once, RocksDB), in a temporary directory; -D values override the app's configuration (e.g. -D aggregate.stream.threads=2).")
    Integer bench;

    @Override
    public Integer call() throws Exception {
        if (bench != null) {
            ContactsBrokerBench.run(bench, config.values, System.out);
            return 0;
        }
        AggregateApp app = AggregateApp.start(config.load());
        System.out.printf("Aggregate running; try curl -s %s/api/contacts/top (health and metrics at /health, /metrics); Ctrl-C stops it.%n", app.httpUrl());
        Foreground.run(app);
        return 0;
    }
}
