package io.newswire.cli;

import io.newswire.enrich.EnrichApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "enrich", mixinStandardHelpOptions = true, description = "Run the enrich Kafka Streams app until Ctrl-C.")
public final class EnrichCommand implements Callable<Integer>, LogSetup.Logged {
    @Mixin
    ConfigOptions config;

    @Mixin
    LogOptions log;

    @Override
    public Integer call() throws InterruptedException {
        EnrichApp app = EnrichApp.start(config.load());
        System.out.printf("Enrich running; health and metrics at %s/health and %s/metrics; Ctrl-C stops it.%n", app.httpUrl(), app.httpUrl());
        Foreground.run(app);
        return 0;
    }

    @Override
    public Path dataDir() {
        return config.dataDir();
    }

    @Override
    public boolean verbose() {
        return log.verbose;
    }
}
