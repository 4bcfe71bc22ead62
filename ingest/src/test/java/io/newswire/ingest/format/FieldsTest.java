package io.newswire.ingest.format;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FieldsTest {

    @Test
    void dateTimeWithAnOffsetIsTheInstantTheIsoParserReads() throws Exception {
        for (String text : new String[] {"2024-03-12T10:15:00Z", "2024-03-12t10:15Z", "2024-03-12T11:15:30.123456789+01:00",
                "2024-02-29T23:59:59.9-05:30", "0001-01-01T00:00:00Z", " 2026-12-06T16:20:00+00:00:30 "}) {
            assertEquals(OffsetDateTime.parse(text.strip()).toInstant(), Fields.instant(text, "published"), text);
        }
    }

    @Test
    void otherFormsAndImpossibleDatesAreReadOrRefusedAsBefore() throws Exception {
        assertEquals(Instant.parse("2024-03-12T10:15:00Z"), Fields.instant("2024-03-12T10:15:00", "published"));
        assertEquals(Instant.parse("2024-03-12T00:00:00Z"), Fields.instant("2024-03-12", "published"));
        for (String text : new String[] {"2024-02-30T10:00Z", "2024-03-12T24:00:00Z", "2024-03-12T10:15:60Z", "2024-03-12T10:15:00+19:00",
                "+10000-01-01T00:00:00Z", "2024-03-12T10:15:00Zjunk", "yesterday"}) {
            InvalidDispatchException refused = assertThrows(InvalidDispatchException.class, () -> Fields.instant(text, "published"), text);
            assertEquals("published", refused.field(), text);
        }
    }
}
