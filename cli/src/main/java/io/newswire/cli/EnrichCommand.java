package io.newswire.cli;

import io.newswire.enrich.EnrichApp;
import picocli.CommandLine.Command;


@Command(name = "enrich", mixinStandardHelpOptions = true, description = "Run the enrich Kafka Streams app until Ctrl-C.")
public final class EnrichCommand extends ConfiguredCommand {
    @Override
    public Integer call() throws InterruptedException {
        EnrichApp app = EnrichApp.start(config.load());
        System.out.printf("Enrich running; health and metrics at %s/health and %s/metrics; Ctrl-C stops it.%n", app.httpUrl(), app.httpUrl());
        Foreground.run(app);
        return 0;
    }
}
