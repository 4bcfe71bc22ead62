package io.newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code newswire tag}: no broker, one plain JSON object per file, in order, whatever the file's format. */
class TagCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printsOnePlainJsonObjectPerFileInOrder(@TempDir Path dir) throws Exception {
        Path text = copySample("idlib-appels-fr.txt", dir);
        Path newsml = copySample("karabakh-treve-fr.xml", dir);

        List<JsonNode> out = run("tag", "--date", "2020-02-21", text.toString(), newsml.toString());

        assertEquals(2, out.size());
        JsonNode idlib = out.get(0);
        assertTrue(idlib.path("actors").findValuesAsText("name").containsAll(List.of("Vladimir Putin", "Recep Tayyip Erdogan")));
        assertTrue(idlib.path("countries").findValuesAsText("code").containsAll(List.of("RUS", "TUR", "FRA", "DEU", "SYR")));
        JsonNode call = first(idlib.path("events"), "PHONE_CALL");
        assertEquals("[\"RUS\",\"TUR\"]", call.path("countries").toString());
        assertEquals("2020-02-21", call.path("date").asText(), "plain JSON dates, no Avro logical-type numbers");
        assertEquals("041", call.path("cameo").asText());
        assertFalse(call.path("evidence").isEmpty());
        assertTrue(call.path("evidence").get(0).path("sentence").isTextual(), "no Avro union wrappers: " + call.path("evidence"));

        JsonNode karabakh = out.get(1);
        assertEquals("CEASEFIRE", karabakh.path("events").get(0).path("type").asText());
        assertEquals("2020-10-10", karabakh.path("referenceDate").asText(), "the NewsML-G2 file's own date wins over --date");
    }

    @Test
    void tagsAMeetingACalledForCeasefireAndAnOfferToMeetWithTheirStatusesAndCodes(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("antalya.txt");
        Files.writeString(text, String.join("\n\n",
                "ANTALYA, March 10 - Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Dmytro Kuleba met in"
                        + " Antalya on Thursday, the first talks at that level since the Russian invasion, in the presence of their"
                        + " Turkish counterpart Mevlut Cavusoglu.",
                "United Nations Secretary-General Antonio Guterres again called for an immediate ceasefire between Russia and Ukraine.",
                "Turkish President Tayyip Erdogan said he was ready to host a meeting between Vladimir Putin and Volodymyr Zelenskiy"
                        + " in Istanbul."));

        JsonNode events = run("tag", "--date", "2022-03-10", text.toString()).get(0).path("events");

        assertEquals(3, events.size(), "one meeting however many triggers tell it, one truce, one offer: " + events);
        JsonNode meeting = first(events, "MEETING");
        assertEquals("occurred", meeting.path("status").asText());
        assertTrue(meeting.path("countries").toString().contains("\"RUS\"") && meeting.path("countries").toString().contains("\"UKR\""), meeting.toString());
        JsonNode truce = first(events, "CEASEFIRE");
        assertEquals("called_for", truce.path("status").asText());
        assertEquals("0256", truce.path("cameo").asText(), "a ceasefire called for is a request");
        assertEquals("[\"RUS\",\"UKR\"]", truce.path("countries").toString(), "who calls for it is no party");
        JsonNode offer = first(events, "SUMMIT_PROPOSAL");
        assertEquals("offered", offer.path("status").asText());
        assertEquals("036", offer.path("cameo").asText(), "an offer to meet is an intent");
        assertEquals("[\"RUS\",\"TUR\",\"UKR\"]", offer.path("countries").toString());
    }

    private static JsonNode first(JsonNode events, String type) {
        for (JsonNode e : events) {
            if (e.path("type").asText().equals(type)) {
                return e;
            }
        }
        throw new AssertionError("no " + type + " in " + events);
    }

    private static List<JsonNode> run(String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            exit = new CommandLine(new Newswire()).execute(args);
        } finally {
            System.setOut(original);
        }
        assertEquals(0, exit);
        List<JsonNode> objects = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                objects.add(JSON.readTree(line));
            }
        }
        return objects;
    }

    private static Path copySample(String name, Path dir) throws Exception {
        try (InputStream in = TagCommandTest.class.getResourceAsStream("/samples/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}
