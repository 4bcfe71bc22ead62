package io.newswire.schemas.serde;

import io.newswire.schemas.registry.SchemaRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Serdes for our Avro records in Confluent's wire format. */
public final class AvroSerdes {
    private AvroSerdes() {
    }

    public static <T extends SpecificRecord> Serde<T> value(Class<T> type, SchemaRegistry registry) {
        return of(type, registry, false);
    }

    public static <T extends SpecificRecord> Serde<T> key(Class<T> type, SchemaRegistry registry) {
        return of(type, registry, true);
    }

    private static <T extends SpecificRecord> Serde<T> of(Class<T> type, SchemaRegistry registry, boolean isKey) {
        return Serdes.serdeFrom(new WireFormatAvroSerializer<>(registry, isKey), new WireFormatAvroDeserializer<>(registry, type));
    }
}
