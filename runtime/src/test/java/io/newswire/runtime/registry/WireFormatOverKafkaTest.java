package io.newswire.runtime.registry;

import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Our serdes with the HTTP registry client, through a real broker; logs the cost of registration and of cached calls. */
class WireFormatOverKafkaTest {
    private static final Logger LOG = LoggerFactory.getLogger(WireFormatOverKafkaTest.class);
    private static final int RECORDS = 1000;

    @Test
    void thousandDispatchesRoundTripThroughKafkaWithOneRegistration() {
        LocalCluster cluster = LocalCluster.shared();
        String topic = "wire-format-dispatches";
        HttpSchemaRegistryClient registry = new HttpSchemaRegistryClient(cluster.registryUrl(), "");
        Serde<Dispatch> serde = AvroSerdes.value(Dispatch.class, registry);
        List<Dispatch> sent = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            sent.add(Dispatch.newBuilder().setId("AFP-" + i).setSource("AFP").setBody("Dépêche numéro " + i)
                    .setReceived(Instant.ofEpochMilli(1_708_075_800_000L + i)).build());
        }

        long t0 = System.nanoTime();
        byte[] first = serde.serializer().serialize(topic, sent.get(0));
        long t1 = System.nanoTime();
        List<byte[]> encoded = new ArrayList<>(List.of(first));
        for (int i = 1; i < RECORDS; i++) {
            encoded.add(serde.serializer().serialize(topic, sent.get(i)));
        }
        long t2 = System.nanoTime();
        HttpSchemaRegistryClient coldReader = new HttpSchemaRegistryClient(cluster.registryUrl(), "");
        Serde<Dispatch> readSerde = AvroSerdes.value(Dispatch.class, coldReader);
        readSerde.deserializer().deserialize(topic, encoded.get(0));
        long t3 = System.nanoTime();
        for (int i = 1; i < RECORDS; i++) {
            readSerde.deserializer().deserialize(topic, encoded.get(i));
        }
        long t4 = System.nanoTime();
        LOG.info("FIGURES register + first serialisation {} ms; {} cached serialisations {} ms ({} µs each); "
                        + "first deserialisation (schema fetched by id) {} ms; {} cached deserialisations {} ms ({} µs each)",
                ms(t1 - t0), RECORDS - 1, ms(t2 - t1), (t2 - t1) / 1000 / (RECORDS - 1),
                ms(t3 - t2), RECORDS - 1, ms(t4 - t3), (t4 - t3) / 1000 / (RECORDS - 1));

        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, Dispatch> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), serde.serializer())) {
            sent.forEach(d -> producer.send(new ProducerRecord<>(topic, d.getId(), d)));
            producer.flush();
        }
        List<Dispatch> received = consume(cluster, topic, readSerde);

        assertEquals(sent, received);
        assertEquals(1, registry.latest(topic + "-value").version(), "one registration for all records");
    }

    private static List<Dispatch> consume(LocalCluster cluster, String topic, Serde<Dispatch> serde) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "wire-format-test", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<Dispatch> received = new ArrayList<>();
        try (KafkaConsumer<String, Dispatch> consumer = new KafkaConsumer<>(config, new StringDeserializer(), serde.deserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (received.size() < RECORDS && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, Dispatch> record : consumer.poll(Duration.ofMillis(500))) {
                    received.add(record.value());
                }
            }
        }
        return received;
    }

    private static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }
}
