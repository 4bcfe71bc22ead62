package io.newswire.cli;

import io.newswire.aggregate.AggregateConfig;
import io.newswire.core.http.HttpSettings;
import io.newswire.enrich.EnrichConfig;
import io.newswire.ingest.IngestConfig;
import io.newswire.runtime.LocalCluster;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing listens beyond this machine unless told to: every app's declared address, the registry's, the demo's. */
class ClosedByDefaultTest {

    @Test
    void everyAppListensOnLoopbackUnlessToldOtherwise() {
        Map<String, ConfigDef> hosts = Map.of(IngestConfig.HTTP_HOST, IngestConfig.DEFINITION, EnrichConfig.HTTP_HOST, EnrichConfig.DEFINITION,
                AggregateConfig.HTTP_HOST, AggregateConfig.DEFINITION);
        hosts.forEach((key, definition) -> assertEquals(HttpSettings.LOOPBACK, definition.configKeys().get(key).defaultValue, key));
        assertEquals(HttpSettings.LOOPBACK, new CommandLine(new RegistryCommand()).getCommandSpec().findOption("--host").defaultValue());
        assertTrue(LocalCluster.shared().registryUrl().startsWith("http://127.0.0.1:"), "the demo's and the tests' registry");
        assertEquals("", new AggregateConfig(Map.of()).internalSecret(), "no secret by default: internal routes then answer this machine only");
    }
}
