package io.newswire.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoredAnswerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void answerIsTheJsonAMapperWritesEvenForAnIdThatNeedsEscaping() throws Exception {
        for (String id : new String[] {"afp-2026-0042", "quote \" and backslash \\", "tab\tand\u0001control", "Téhéran 🇹🇷"}) {
            for (Receipt.Outcome outcome : new Receipt.Outcome[] {Receipt.Outcome.PUBLISHED, Receipt.Outcome.DUPLICATE}) {
                Map<String, Object> expected = new LinkedHashMap<>();
                expected.put("id", id);
                expected.put("version", 12);
                if (outcome == Receipt.Outcome.DUPLICATE) {
                    expected.put("duplicate", true);
                }
                byte[] answer = StoredAnswer.of(new Receipt(outcome, id, 12, "stored", null));
                assertEquals(JSON.writeValueAsString(expected), new String(answer, StandardCharsets.UTF_8));
                assertEquals(expected, JSON.readValue(answer, Map.class));
            }
        }
    }
}
