package io.newswire.cli;

import io.newswire.runtime.EmbeddedKafka;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "broker", mixinStandardHelpOptions = true, description = "Run the embedded Kafka broker (KRaft, single node) until Ctrl-C.")
public final class BrokerCommand implements Callable<Integer>, LogSetup.Logged {
    @Mixin
    LogOptions log;

    @Option(names = "--data-dir", defaultValue = "data/kafka", description = "Log directory; formatted on first start, kept across restarts (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--port", defaultValue = "9092", description = "Listener port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, port);
        System.out.println("Kafka broker at " + kafka.bootstrapServers() + " (data in " + dataDir + "); Ctrl-C stops it.");
        Foreground.run(kafka);
        return 0;
    }

    /** Beside the broker's own directory (data/logs for data/kafka): Kafka refuses unknown folders among its logs. */
    @Override
    public Path dataDir() {
        Path parent = dataDir.toAbsolutePath().getParent();
        return parent == null ? dataDir : parent;
    }

    @Override
    public boolean verbose() {
        return log.verbose;
    }
}
