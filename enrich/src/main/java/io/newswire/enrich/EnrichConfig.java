package io.newswire.enrich;

import io.newswire.core.CommonConfig;
import io.newswire.schemas.EventType;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Configuration of the enrich app. */
public final class EnrichConfig extends CommonConfig {
    public static final String APPLICATION_ID = "enrich.application.id";
    public static final String STATE_DIR = "enrich.state.dir";
    public static final String HTTP_HOST = "enrich.http.host";
    public static final String HTTP_PORT = "enrich.http.port";
    public static final String EVENT_TYPES = "enrich.event.types";
    public static final String MAX_SENTENCE_CHARS = "enrich.max.sentence.chars";
    public static final String MAX_EVIDENCE_PER_EVENT = "enrich.max.evidence.per.event";
    public static final String MAX_MENTIONS_PER_TAG = "enrich.max.mentions.per.tag";
    public static final String MAX_ACTORS = "enrich.max.actors";
    public static final String MAX_EVENTS = "enrich.max.events";
    public static final String MAX_COUNTRIES_PER_EVENT = "enrich.max.countries.per.event";
    /** Keys with this prefix are passed to Kafka Streams as they are ({@code enrich.streams.num.stream.threads}). */
    public static final String STREAMS_PREFIX = "enrich.streams.";

    public static final ConfigDef DEFINITION = CommonConfig.extend()
            .define(APPLICATION_ID, Type.STRING, "newswire-enrich", Importance.MEDIUM, "Kafka Streams application id of enrich (consumer group, internal topic prefix).")
            .define(STATE_DIR, Type.STRING, "", Importance.LOW, "State directory of enrich; empty means <data.dir>/streams/enrich.")
            .define(HTTP_HOST, Type.STRING, "127.0.0.1", Importance.MEDIUM,
                    "Address enrich's HTTP endpoint (/health, /metrics) listens on: this machine only by default; 0.0.0.0 for every interface (in a container).")
            .define(HTTP_PORT, Type.INT, 8083, Range.between(0, 65535), Importance.MEDIUM,
                    "Port of enrich's HTTP endpoint (/health, /metrics); 0 picks a free one.")
            .define(EVENT_TYPES, Type.LIST, "PHONE_CALL,SUMMIT_PROPOSAL,CEASEFIRE,MEETING",
                    ConfigDef.ValidList.in(Arrays.stream(EventType.values()).map(EventType::wireName).toArray(String[]::new)), Importance.LOW, "Event types whose topics enrich creates at start (events of other types still go to their own topic).")
            .define(MAX_SENTENCE_CHARS, Type.INT, 500, Range.between(80, 100_000), Importance.LOW,
                    "Longest evidence sentence kept, in characters; a longer one is cut at a word boundary and ends with an ellipsis (recorded in truncation).")
            .define(MAX_EVIDENCE_PER_EVENT, Type.INT, 10, Range.between(1, 1000), Importance.LOW,
                    "Most evidence sentences kept per event, the first in text order (recorded in truncation).")
            .define(MAX_MENTIONS_PER_TAG, Type.INT, 20, Range.between(1, 10_000), Importance.LOW,
                    "Most mentions kept per actor and per country, the first in text order (recorded in truncation).")
            .define(MAX_ACTORS, Type.INT, 200, Range.between(1, 10_000), Importance.LOW,
                    "Most actors kept per dispatch, the first mentioned (recorded in truncation).")
            .define(MAX_EVENTS, Type.INT, 50, Range.between(1, 10_000), Importance.LOW,
                    "Most events kept per dispatch, in text order (recorded in truncation).")
            .define(MAX_COUNTRIES_PER_EVENT, Type.INT, 30, Range.between(2, 300), Importance.LOW,
                    "An event naming more countries than this is left out (recorded in truncation): such lists come from enumerations, "
                            + "and every pair of them would count as a contact.");

    public EnrichConfig(Map<?, ?> values) {
        super(DEFINITION, values);
    }

    public String stateDir() {
        String dir = getString(STATE_DIR);
        return dir.isEmpty() ? getString(DATA_DIR) + "/streams/enrich" : dir;
    }

    public String httpHost() {
        return getString(HTTP_HOST);
    }

    public int httpPort() {
        return getInt(HTTP_PORT);
    }

    public List<EventType> eventTypes() {
        return getList(EVENT_TYPES).stream().map(EventType::of).toList();
    }
}
