package io.newswire.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "aggregate", mixinStandardHelpOptions = true, description = "Run the aggregate Kafka Streams app and its HTTP API.")
public final class AggregateCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("newswire aggregate: not built yet");
        return 2;
    }
}
