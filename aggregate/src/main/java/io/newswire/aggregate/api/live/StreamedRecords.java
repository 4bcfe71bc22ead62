package io.newswire.aggregate.api.live;

import io.newswire.aggregate.AggregateConfig;
import io.newswire.aggregate.api.AlertViews;
import io.newswire.aggregate.api.live.StreamedViews.DispatchView;
import io.newswire.aggregate.api.live.StreamedViews.EvidenceView;
import io.newswire.aggregate.api.live.StreamedViews.PartyView;
import io.newswire.aggregate.api.live.StreamedViews.StreamedAlert;
import io.newswire.aggregate.api.live.StreamedViews.StreamedContactDay;
import io.newswire.aggregate.api.live.StreamedViews.StreamedEvent;
import io.newswire.core.LogSafe;
import io.newswire.schemas.ContactCount;
import io.newswire.schemas.DispatchEvent;
import io.newswire.schemas.DispatchRef;
import io.newswire.schemas.Event;
import io.newswire.schemas.SummitAlert;
import io.newswire.schemas.registry.SchemaRegistry;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/**
 * Which topics the live stream carries (every events topic, alerts, contacts) and how each record is shown.
 * A record that cannot be read is logged and not shown; the stream moves past it.
 */
final class StreamedRecords {
    private static final Logger LOG = LoggerFactory.getLogger(StreamedRecords.class);
    static final String EVENT = "event";
    static final String ALERT = "alert";
    static final String CONTACT = "contact";

    private final String eventsPrefix;
    private final String alertsTopic;
    private final String contactsTopic;
    private final Deserializer<DispatchEvent> events;
    private final Deserializer<SummitAlert> alerts;
    private final Deserializer<ContactCount> contacts;

    StreamedRecords(AggregateConfig config, SchemaRegistry registry) {
        this.eventsPrefix = config.getString(AggregateConfig.TOPIC_EVENTS_PREFIX);
        this.alertsTopic = config.alertsTopic();
        this.contactsTopic = config.contactsTopic();
        this.events = AvroSerdes.value(DispatchEvent.class, registry).deserializer();
        this.alerts = AvroSerdes.value(SummitAlert.class, registry).deserializer();
        this.contacts = AvroSerdes.value(ContactCount.class, registry).deserializer();
    }

    /** The kind of item a topic's records are, or null when the stream does not carry the topic. */
    String kindOf(String topic) {
        if (topic.equals(alertsTopic)) {
            return ALERT;
        }
        if (topic.equals(contactsTopic)) {
            return CONTACT;
        }
        return topic.startsWith(eventsPrefix) && topic.length() > eventsPrefix.length() ? EVENT : null;
    }

    StreamItem read(ConsumerRecord<String, byte[]> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        String kind = kindOf(record.topic());
        String id = StreamItem.idOf(partition, record.offset());
        Instant time = Instant.ofEpochMilli(record.timestamp());
        Object view = null;
        try {
            if (record.value() != null) {
                view = switch (kind) {
                    case EVENT -> event(id, time, events.deserialize(record.topic(), record.value()));
                    case ALERT -> alert(id, time, alerts.deserialize(record.topic(), record.value()));
                    case CONTACT -> contactDay(id, time, contacts.deserialize(record.topic(), record.value()));
                    default -> null;
                };
            }
        } catch (RuntimeException e) {
            LOG.warn("Live stream skips {}: cannot be read ({})", id, LogSafe.quote(e.toString(), 300));
        }
        return new StreamItem(kind, partition, record.offset(), view, null);
    }

    private static StreamedEvent event(String id, Instant time, DispatchEvent value) {
        DispatchRef d = value.getDispatch();
        Event e = value.getEvent();
        return new StreamedEvent(id, time, e.getId(), e.getType(), e.getStatus(), e.getDate(), e.getDateSource(), e.getLocation(),
                new DispatchView(d.getId(), d.getVersion(), d.getSource(), d.getHeadline(), d.getPublished(), d.getUrl()),
                value.getLanguage(),
                parties(e),
                e.getActors(),
                e.getEvidence().stream().map(v -> new EvidenceView(v.getSentence(), v.getTrigger())).toList());
    }

    /** The participants with their names; an event that lists only countries gets one participant per country. */
    private static List<PartyView> parties(Event e) {
        if (e.getParticipants().isEmpty()) {
            return e.getCountries().stream().map(c -> new PartyView(c, CountryNames.of(c), null, "participant")).toList();
        }
        return e.getParticipants().stream().map(p -> new PartyView(p.getCountry(), CountryNames.of(p.getCountry()), p.getActor(), p.getPart())).toList();
    }

    private static StreamedAlert alert(String id, Instant time, SummitAlert value) {
        return new StreamedAlert(id, time, value.getMentions() == 1, AlertViews.of(value));
    }

    private static StreamedContactDay contactDay(String id, Instant time, ContactCount value) {
        return new StreamedContactDay(id, time, value.getPair(), value.getCountryA(), value.getCountryB(), value.getDay(),
                value.getContacts(), value.getMentions(), new TreeMap<>(value.getContactsByType()));
    }
}
