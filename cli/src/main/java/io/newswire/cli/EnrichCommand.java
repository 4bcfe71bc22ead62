package io.newswire.cli;

import io.newswire.enrich.EnrichApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "enrich", mixinStandardHelpOptions = true, description = "Run the enrich Kafka Streams app until Ctrl-C.")
public final class EnrichCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws InterruptedException {
        Foreground.run(EnrichApp.start(config.load()));
        return 0;
    }
}
