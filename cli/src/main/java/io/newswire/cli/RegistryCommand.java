package io.newswire.cli;

import io.newswire.core.CommonConfig;
import io.newswire.runtime.registry.RegistryServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

@Command(name = "registry", mixinStandardHelpOptions = true,
        description = {"Run the schema registry until Ctrl-C: Confluent's Schema Registry REST API v1, single node,",
                "storing schemas in Kafka's compacted _schemas topic. Basic auth is required when",
                "schema.registry.basic.auth.user.info is set (user:password)."})
public final class RegistryCommand extends ConfiguredCommand {
    @Option(names = "--port", defaultValue = "8081", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on: this machine only by default; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Kafka that stores the schemas (default: kafka.bootstrap.servers from the configuration).")
    String bootstrapServers;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> values = config.load();
        if (bootstrapServers != null) {
            values.put(CommonConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        CommonConfig common = new CommonConfig(values);
        RegistryServer registry = RegistryServer.start(common.bootstrapServers(), host, port, common.registryUserInfo());
        System.out.println("Schema registry at " + registry.url() + " (schemas in _schemas on " + common.bootstrapServers() + "); Ctrl-C stops it.");
        Foreground.run(registry);
        return 0;
    }
}
