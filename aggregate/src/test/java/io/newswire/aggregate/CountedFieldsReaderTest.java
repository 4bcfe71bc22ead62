package io.newswire.aggregate;

import io.newswire.aggregate.bench.EnrichedDispatchBuilder;
import io.newswire.schemas.ActorTag;
import io.newswire.schemas.CountryTag;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import io.newswire.schemas.Mention;
import io.newswire.schemas.Truncation;
import io.newswire.schemas.registry.InMemorySchemaRegistry;
import io.newswire.schemas.serde.AvroSerdes;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountedFieldsReaderTest {
    private static final String TOPIC = "enriched-dispatches";

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void readsEveryFieldAggregateCountsWithAndLeavesTheRestEmpty() {
        EnrichedDispatch full = tagged();
        byte[] bytes = AvroSerdes.value(EnrichedDispatch.class, registry).serializer().serialize(TOPIC, full);

        EnrichedDispatch read = new CountedFieldsReader(registry).deserialize(TOPIC, bytes);

        assertEquals(withoutNotRead(full), read);
        assertTrue(read.getActors().isEmpty() && read.getCountries().isEmpty(), "the tags and their mentions are skipped");
        assertEquals(null, read.getTruncation());
    }

    @Test
    void everyFieldLeftOutIsOneOfTheEnrichedDispatch() {
        Schema projected = CountedFieldsReader.projected(EnrichedDispatch.getClassSchema(), "", CountedFieldsReader.NOT_READ);
        for (String path : CountedFieldsReader.NOT_READ) {
            assertNotNull(fieldAt(EnrichedDispatch.getClassSchema(), path), path);
            assertEquals(null, fieldAt(projected, path), path + " is not read");
        }
        assertEquals(EnrichedDispatch.getClassSchema().getFields().size(), projected.getFields().size(), "every field keeps its place");
    }

    @Test
    void refusesWhatIsNotAnEnrichedDispatch() {
        assertThrows(SerializationException.class, () -> new CountedFieldsReader(registry).deserialize(TOPIC, new byte[]{0, 0, 0, 0, 42, 1}));
    }

    /** What the projection gives: the fields {@link CountedFieldsReader#NOT_READ} names, empty. */
    private static EnrichedDispatch withoutNotRead(EnrichedDispatch full) {
        List<Event> events = full.getEvents().stream().map(e -> Event.newBuilder(e).setId("").setLocation(null).setCameo("").setGoldstein(0.0)
                .setPloverEvent("").setPloverMode(null)
                .setEvidence(e.getEvidence().stream().map(ev -> io.newswire.schemas.Evidence.newBuilder(ev).setStart(0).setEnd(0).build()).toList())
                .build()).toList();
        return EnrichedDispatch.newBuilder(full)
                .setDispatch(io.newswire.schemas.DispatchRef.newBuilder(full.getDispatch()).setUrl(null).build())
                .setLanguage("").setLanguageConfidence(0.0).setEventsSupported(false).setActors(List.of()).setCountries(List.of())
                .setEnrichedAt(Instant.EPOCH).setTaggerVersion("").setTruncation(null)
                .setEvents(events).build();
    }

    private static Schema.Field fieldAt(Schema record, String path) {
        int dot = path.indexOf('.');
        Schema.Field field = record.getField(dot < 0 ? path : path.substring(0, dot));
        if (dot < 0 || field == null) {
            return field;
        }
        Schema inner = field.schema();
        while (inner.getType() != Schema.Type.RECORD) {
            inner = inner.getType() == Schema.Type.ARRAY ? inner.getElementType()
                    : inner.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst().orElseThrow();
        }
        return fieldAt(inner, path.substring(dot + 1));
    }

    /** A dispatch as enrich writes one: tags with their mentions, a call, a summit proposal and caps, every field set. */
    private static EnrichedDispatch tagged() {
        Map<String, String> people = new LinkedHashMap<>();
        people.put("TUR", "Recep Tayyip Erdoğan");
        people.put("RUS", "Vladimir Putin");
        EnrichedDispatch built = EnrichedDispatchBuilder.dispatch("afp-2025-03-03-1").version(2).on(LocalDate.of(2025, 3, 3))
                .headline("Erdoğan et Poutine au téléphone")
                .call(LocalDate.of(2025, 3, 3), people)
                .proposal(LocalDate.of(2025, 3, 10), people, "Ils proposent de se rencontrer à Istanbul.")
                .build();
        Mention mention = Mention.newBuilder().setStart(0).setEnd(7).setText("Erdoğan").setVia("name").setSentence(0).build();
        return EnrichedDispatch.newBuilder(built)
                .setDispatch(io.newswire.schemas.DispatchRef.newBuilder(built.getDispatch()).setUrl("https://example.org/afp-1").build())
                .setActors(List.of(ActorTag.newBuilder().setId("Q39723").setName("Recep Tayyip Erdoğan").setCountry("TUR").setRole("president")
                        .setLinked(true).setFormer(false).setMentions(List.of(mention)).build()))
                .setCountries(List.of(CountryTag.newBuilder().setCode("TUR").setName("Turquie").setMentions(List.of(mention)).build()))
                .setTruncation(Truncation.newBuilder().setMaxSentenceChars(600).setMaxEvidencePerEvent(5).setMaxMentionsPerTag(20)
                        .setMaxActors(50).setMaxEvents(50).setMaxCountriesPerEvent(8).setEvidenceLeftOut(1).build())
                .setEvents(built.getEvents().stream().map(e -> Event.newBuilder(e).setLocation("Istanbul").setPloverMode("verbal").build()).toList())
                .build();
    }
}
