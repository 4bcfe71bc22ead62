package io.newswire.enrich;

import io.newswire.core.CommonConfig;
import io.newswire.schemas.EventType;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Configuration of the enrich app. */
public final class EnrichConfig extends CommonConfig {
    public static final String APPLICATION_ID = "enrich.application.id";
    public static final String STATE_DIR = "enrich.state.dir";
    public static final String EVENT_TYPES = "enrich.event.types";
    public static final String PARTITIONS = "enrich.topic.partitions";

    public static final ConfigDef DEFINITION = CommonConfig.extend()
            .define(APPLICATION_ID, Type.STRING, "newswire-enrich", Importance.MEDIUM, "Kafka Streams application id of enrich (consumer group, internal topic prefix).")
            .define(STATE_DIR, Type.STRING, "", Importance.LOW, "State directory of enrich; empty means <data.dir>/streams/enrich.")
            .define(EVENT_TYPES, Type.LIST, "PHONE_CALL,SUMMIT_PROPOSAL,CEASEFIRE,MEETING",
                    ConfigDef.ValidList.in(Arrays.stream(EventType.values()).map(EventType::wireName).toArray(String[]::new)), Importance.LOW, "Event types whose topics enrich creates at start (events of other types still go to their own topic).")
            .define(PARTITIONS, Type.INT, 3, ConfigDef.Range.atLeast(1), Importance.LOW, "Partitions of the topics enrich creates.");

    public EnrichConfig(Map<?, ?> values) {
        super(DEFINITION, values);
    }

    public String stateDir() {
        String dir = getString(STATE_DIR);
        return dir.isEmpty() ? getString(DATA_DIR) + "/streams/enrich" : dir;
    }

    public List<EventType> eventTypes() {
        return getList(EVENT_TYPES).stream().map(EventType::of).toList();
    }
}
