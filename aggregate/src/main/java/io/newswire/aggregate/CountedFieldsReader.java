package io.newswire.aggregate;

import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.registry.SchemaRegistry;
import io.newswire.schemas.serde.WireFormat;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads an enriched dispatch (Confluent's wire format, the writer schema from the registry) with only the fields
 * aggregate reads: a reader schema that projects {@link EnrichedDispatch} onto them, so Avro skips the rest of the
 * bytes without building them (the dispatch's actor and country tags with every mention, the caps, the tagger's
 * version, the events' CAMEO and PLOVER codes, ...). Each skipped field keeps its place in the class under a name no
 * writer uses, with an empty default ({@code ""}, {@code []}, null, 0): the value read is an {@link EnrichedDispatch}
 * whose skipped fields are empty. Only for counting: the record's original bytes go to the dead letters, and nothing
 * read here is written out as an enriched dispatch.
 */
final class CountedFieldsReader implements Deserializer<EnrichedDispatch> {
    /** Fields aggregate never reads, by path from the enriched dispatch ({@code events.cameo}: a field of each event). */
    static final Set<String> NOT_READ = Set.of(
            "language", "languageConfidence", "eventsSupported", "actors", "countries", "enrichedAt", "taggerVersion", "truncation",
            "dispatch.url",
            "events.id", "events.location", "events.cameo", "events.goldstein", "events.ploverEvent", "events.ploverMode",
            "events.evidence.start", "events.evidence.end");
    private static final String SKIPPED_SUFFIX = "__notReadByAggregate";

    private final SchemaRegistry registry;
    private final Schema readerSchema;
    private final Map<Integer, DatumReader<EnrichedDispatch>> readers = new ConcurrentHashMap<>();

    CountedFieldsReader(SchemaRegistry registry) {
        this.registry = registry;
        this.readerSchema = projected(EnrichedDispatch.getClassSchema(), "", NOT_READ);
    }

    @Override
    public EnrichedDispatch deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        int id = WireFormat.readSchemaId(buffer);
        try {
            DatumReader<EnrichedDispatch> reader = readers.computeIfAbsent(id,
                    i -> new SpecificDatumReader<>(registry.getById(i), readerSchema, SpecificData.getForClass(EnrichedDispatch.class)));
            return reader.read(null, DecoderFactory.get().binaryDecoder(data, buffer.position(), buffer.remaining(), null));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot deserialise " + readerSchema.getFullName() + " with schema id " + id + " from topic " + topic + ": " + e.getMessage(), e);
        }
    }

    /** The reader schema: {@code record} with the fields under {@code prefix} in {@code skipped} renamed, with empty defaults. */
    static Schema projected(Schema record, String prefix, Set<String> skipped) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : record.getFields()) {
            String path = prefix + field.name();
            if (skipped.contains(path)) {
                // No alias either: no writer's field may resolve to it.
                fields.add(new Schema.Field(field.name() + SKIPPED_SUFFIX, field.schema(), null, emptyValue(field.schema())));
                continue;
            }
            Schema inner = recordWithin(field.schema());
            Schema.Field copy = inner != null && skipped.stream().anyMatch(s -> s.startsWith(path + "."))
                    ? new Schema.Field(field.name(), replaced(field.schema(), projected(inner, path + ".", skipped)), field.doc(), field.defaultVal(), field.order())
                    : new Schema.Field(field, field.schema());
            field.aliases().forEach(copy::addAlias);
            fields.add(copy);
        }
        Schema projected = Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), record.isError(), fields);
        record.getObjectProps().forEach(projected::addProp);
        return projected;
    }

    /** The record a field holds: itself, an array's items or a nullable union's branch; null when none. */
    private static Schema recordWithin(Schema schema) {
        return switch (schema.getType()) {
            case RECORD -> schema;
            case ARRAY -> recordWithin(schema.getElementType());
            case UNION -> schema.getTypes().stream().map(CountedFieldsReader::recordWithin).filter(s -> s != null).findFirst().orElse(null);
            default -> null;
        };
    }

    private static Schema replaced(Schema schema, Schema record) {
        return switch (schema.getType()) {
            case RECORD -> record;
            case ARRAY -> Schema.createArray(replaced(schema.getElementType(), record));
            case UNION -> Schema.createUnion(schema.getTypes().stream().map(t -> recordWithin(t) != null ? replaced(t, record) : t).toList());
            default -> throw new IllegalArgumentException("No record in " + schema);
        };
    }

    private static Object emptyValue(Schema schema) {
        return switch (schema.getType()) {
            case UNION -> schema.getTypes().get(0).getType() == Schema.Type.NULL ? JsonProperties.NULL_VALUE : emptyValue(schema.getTypes().get(0));
            case NULL -> JsonProperties.NULL_VALUE;
            case STRING -> "";
            case ARRAY -> List.of();
            case MAP -> Map.of();
            case BOOLEAN -> false;
            case INT -> 0;
            case LONG -> 0L;
            case FLOAT -> 0.0f;
            case DOUBLE -> 0.0;
            default -> throw new IllegalArgumentException("No empty value for a skipped field of type " + schema);
        };
    }
}
