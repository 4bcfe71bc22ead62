package io.newswire.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same end-to-end story against the production shape: Apache Kafka's official image and Confluent's own
 * Schema Registry image. Runs where Docker is available; skipped, saying why, where it is not.
 */
class PipelineOnConfluentImagesTest {

    @Test
    void pipelineWorksAgainstRealKafkaAndConfluentSchemaRegistryImages(@TempDir Path dataDir) throws Exception {
        assumeTrue(dockerAvailable(), "Docker is not available on this machine: skipping the Testcontainers run "
                + "(apache/kafka and confluentinc/cp-schema-registry images); the embedded run covers the same story");
        try (Network network = Network.newNetwork();
             KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1").withNetwork(network).withListener("kafka:19092");
             GenericContainer<?> registry = new GenericContainer<>("confluentinc/cp-schema-registry:8.0.0")
                     .withNetwork(network)
                     .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                     .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
                     .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
                     .withExposedPorts(8081)
                     .waitingFor(Wait.forHttp("/subjects").forStatusCode(200))) {
            kafka.start();
            registry.start();
            PipelineScenario.run(kafka.getBootstrapServers(),
                    "http://" + registry.getHost() + ":" + registry.getMappedPort(8081), dataDir, "e2e-confluent");
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
