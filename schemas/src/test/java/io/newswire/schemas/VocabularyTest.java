package io.newswire.schemas;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The typed vocabulary and the schema docs that tell outside readers which strings to expect. */
class VocabularyTest {

    @Test
    void everyValueIsReadBackFromItsWireName() {
        for (EventType t : EventType.values()) assertEquals(t, EventType.of(t.wireName()));
        for (EventStatus s : EventStatus.values()) assertEquals(s, EventStatus.of(s.wireName()));
        for (ParticipantPart p : ParticipantPart.values()) assertEquals(p, ParticipantPart.of(p.wireName()));
    }

    @Test
    void unknownWireNameIsAnErrorThatListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventStatus.of("happened"));
        assertTrue(e.getMessage().contains("'happened'") && e.getMessage().contains("called_for"), e.getMessage());
        assertTrue(EventType.find("VISIT").isEmpty(), "a type from a newer producer is not an error for readers");
    }

    @Test
    void perTypeTopicSuffixIsTheWireNameInKebabCase() {
        assertEquals("phone-call", EventType.PHONE_CALL.topicSuffix());
        assertEquals("summit-proposal", EventType.SUMMIT_PROPOSAL.topicSuffix());
        assertEquals("meeting", EventType.MEETING.topicSuffix());
    }

    @Test
    void onlyCallsAndMeetingsAreContacts() {
        assertEquals(Set.of(EventType.PHONE_CALL, EventType.MEETING),
                Arrays.stream(EventType.values()).filter(EventType::isContact).collect(Collectors.toSet()));
    }

    @Test
    void schemaDocsListEveryWireName() {
        Schema event = Event.getClassSchema();
        assertDocLists(event.getField("type").doc(), EventType.values(), EventType::wireName);
        assertDocLists(event.getField("status").doc(), EventStatus.values(), EventStatus::wireName);
        assertDocLists(Participant.getClassSchema().getField("part").doc(), ParticipantPart.values(), ParticipantPart::wireName);
    }

    private static <E> void assertDocLists(String doc, E[] values, Function<E, String> wireName) {
        List<String> missing = Arrays.stream(values).map(wireName).filter(name -> !doc.contains(name + " (")).toList();
        assertTrue(missing.isEmpty(), "the schema doc does not describe " + missing + ": " + doc);
    }
}
