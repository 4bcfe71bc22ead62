package io.newswire.aggregate;

import io.newswire.schemas.registry.SchemaRegistry;
import org.apache.avro.specific.SpecificRecord;

/** Lets tests outside the package write a value as an older version's Avro store value. */
public final class InternalAvroSerdeAccess {
    private InternalAvroSerdeAccess() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends SpecificRecord> byte[] avro(SchemaRegistry registry, T value) {
        return InternalAvroSerde.of((Class<T>) value.getClass(), registry).serializer().serialize("aggregate-test", value);
    }
}
