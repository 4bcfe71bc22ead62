package io.newswire.runtime.registry;

import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.registry.RetryPolicy;
import io.newswire.schemas.registry.SchemaRegistryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry on a broker that dies: nothing is answered as stored unless Kafka has it. */
class RegistryOnBrokerFailureTest {

    @Test
    void registrationFailsAs5xxWhileKafkaIsDownAndSucceedsOnceItIsBack(@TempDir Path dir) {
        try (LocalCluster own = LocalCluster.start(dir, 0, 0)) {
            HttpSchemaRegistryClient client = HttpSchemaRegistryClient.builder(own.registryUrl())
                    .retry(new RetryPolicy(2, Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofSeconds(1))).build();
            int v1 = client.register("outage-value", RegistryServerTest.BULLETIN_V1);

            own.kafka().kill();
            SchemaRegistryException e = assertThrows(SchemaRegistryException.class,
                    () -> client.register("outage-value", RegistryServerTest.BULLETIN_V2));
            assertTrue(e.isUnavailable(), e.getMessage());
            assertEquals(500, e.status(), e.getMessage());
            assertEquals(50001, e.errorCode(), e.getMessage());
            assertEquals(v1, client.latest("outage-value").id(), "reads still served from memory");
            own.kafka().restart();

            HttpSchemaRegistryClient patient = HttpSchemaRegistryClient.builder(own.registryUrl())
                    .retry(new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(60))).build();
            int v2 = patient.register("outage-value", RegistryServerTest.BULLETIN_V2);
            own.restartRegistry();

            assertEquals(2, patient.latest("outage-value").version());
            assertEquals(v2, patient.latest("outage-value").id());
        }
    }
}
