package io.newswire.cli;

import io.newswire.aggregate.AggregateApp;
import io.newswire.aggregate.bench.ContactsBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = {"Run the aggregate Kafka Streams app and its HTTP API until Ctrl-C.",
                "With --bench N: push N generated dispatches through the topology (no broker needed) and print events/s and state size."})
public final class AggregateCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Option(names = "--bench", paramLabel = "N", description = "Bench instead of running: N generated enriched dispatches through the topology, RocksDB stores in a temporary directory.")
    Integer bench;

    @Option(names = "--in-memory", description = "With --bench: in-memory stores, to see the topology's own cost.")
    boolean inMemory;

    @Override
    public Integer call() throws InterruptedException {
        if (bench != null) {
            ContactsBench.run(bench, inMemory, System.out);
            return 0;
        }
        AggregateApp app = AggregateApp.start(config.load());
        System.out.printf("Aggregate running; try curl -s http://localhost:%d/api/contacts/top%n", app.httpPort());
        Foreground.run(app);
        return 0;
    }
}
