package io.newswire.enrich.tagger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.schemas.EnrichedDispatch;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

import java.util.List;
import java.util.Map;

/**
 * Renders an enriched dispatch as plain JSON: fields by name, nulls as null, dates as ISO-8601 strings, and none of
 * Avro's JSON-encoding union wrappers ({"string": ...}).
 */
public final class TagJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TagJson() {
    }

    public static String toJson(EnrichedDispatch e) {
        try {
            return MAPPER.writeValueAsString(toTree(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot render enriched dispatch " + e.getDispatch().getId(), ex);
        }
    }

    public static JsonNode toTree(SpecificRecord record) {
        ObjectNode node = NODES.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            node.set(field.name(), value(record.get(field.pos())));
        }
        return node;
    }

    private static JsonNode value(Object v) {
        if (v == null) return NODES.nullNode();
        if (v instanceof SpecificRecord r) return toTree(r);
        if (v instanceof CharSequence s) return NODES.textNode(s.toString());
        if (v instanceof Integer i) return NODES.numberNode(i);
        if (v instanceof Long l) return NODES.numberNode(l);
        if (v instanceof Double d) return NODES.numberNode(d);
        if (v instanceof Float f) return NODES.numberNode(f);
        if (v instanceof Boolean b) return NODES.booleanNode(b);
        if (v instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            for (Object o : list) a.add(value(o));
            return a;
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            for (Map.Entry<?, ?> e : map.entrySet()) o.set(String.valueOf(e.getKey()), value(e.getValue()));
            return o;
        }
        return NODES.textNode(v.toString());       // LocalDate, Instant: ISO-8601
    }
}
