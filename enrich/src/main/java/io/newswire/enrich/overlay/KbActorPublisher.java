package io.newswire.enrich.overlay;

import io.newswire.core.CommonConfig;
import io.newswire.core.RecordLimit;
import io.newswire.core.Topics;
import io.newswire.schemas.KbActor;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.registry.SchemaRegistry;
import io.newswire.schemas.serde.WireFormatAvroSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Writes people to the kb-actors topic (created as declared if missing), keyed by id, each acknowledged by every
 * in-sync replica before {@link #publish} returns; a tombstone takes a person out of the overlay.
 */
public final class KbActorPublisher implements AutoCloseable {

    private final String topic;
    private final SchemaRegistry registry;
    private final WireFormatAvroSerializer<KbActor> writer;
    private final KafkaProducer<String, byte[]> producer;

    public KbActorPublisher(CommonConfig config) {
        this.topic = Topics.Declared.KB_ACTORS.name(config);
        Topics.ensure(config.bootstrapServers(), List.of(Topics.Declared.KB_ACTORS.newTopic(config)));
        this.registry = new HttpSchemaRegistryClient(config.registryUrl(), config.registryUserInfo());
        this.writer = new WireFormatAvroSerializer<>(registry, false);
        Map<String, Object> settings = new HashMap<>(RecordLimit.of(config).producerSettings());
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
    }

    public String topic() {
        return topic;
    }

    /** Publishes the entries and waits until the broker has them all. */
    public void publish(List<KbActor> entries) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(entries.size());
        for (KbActor e : entries) sent.add(producer.send(new ProducerRecord<>(topic, e.getId(), writer.serialize(topic, e))));
        await(sent);
    }

    /** Takes the person out of the overlay: the shipped knowledge base speaks for the id again. */
    public void remove(String id) {
        await(List.of(producer.send(new ProducerRecord<>(topic, id, null))));
    }

    private static void await(List<Future<RecordMetadata>> sent) {
        try {
            for (Future<RecordMetadata> f : sent) f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not store the entries: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing", e);
        }
    }

    @Override
    public void close() {
        producer.close();
        registry.close();
    }
}
