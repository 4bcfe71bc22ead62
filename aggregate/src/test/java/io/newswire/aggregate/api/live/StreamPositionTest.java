package io.newswire.aggregate.api.live;

import io.newswire.aggregate.api.BadRequest;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamPositionTest {
    private static final TopicPartition CALLS_0 = new TopicPartition("events-phone-call", 0);
    private static final TopicPartition ALERTS_1 = new TopicPartition("alerts", 1);

    @Test
    void aPositionIsSentAsItsTokenAndReadBackTheSame() {
        StreamPosition position = StreamPosition.NONE.after(CALLS_0, 41).after(ALERTS_1, 6);
        assertEquals("alerts:1:7,events-phone-call:0:42", position.token());
        assertEquals(position, StreamPosition.parse(position.token()));
    }

    @Test
    void aRecordBelowThePositionHasBeenSentAndOneAtItHasNot() {
        StreamPosition position = StreamPosition.NONE.after(CALLS_0, 41);
        assertTrue(position.hasSent(CALLS_0, 41));
        assertFalse(position.hasSent(CALLS_0, 42));
        assertFalse(position.hasSent(ALERTS_1, 0), "a partition the position does not name: nothing sent from it");
    }

    @Test
    void aPositionNeverMovesBack() {
        assertEquals(StreamPosition.NONE.after(CALLS_0, 41), StreamPosition.NONE.after(CALLS_0, 41).after(CALLS_0, 3));
    }

    @Test
    void noTokenIsTheStartAndAMalformedOneIsABadRequest() {
        assertEquals(StreamPosition.NONE, StreamPosition.parse(null));
        assertEquals(StreamPosition.NONE, StreamPosition.parse(""));
        for (String bad : new String[] {"alerts:1", "alerts:x:3", "alerts:1:3,", "al erts:1:3", "alerts:1:99999999999999999999"}) {
            BadRequest e = assertThrows(BadRequest.class, () -> StreamPosition.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("Last-Event-ID"), e.getMessage());
        }
    }
}
