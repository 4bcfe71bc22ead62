package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.SchemaHistory;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry answers in UTF-8, read as strictly as Confluent's Java client reads it: every answer goes through a
 * UTF-8 decoder that reports malformed input, then Jackson's streaming parser ({@link RawHttp.Answer#json()}).
 */
class RegistryUtf8Test {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Turkish, Polish, Greek, Chinese and a character outside the Basic Multilingual Plane: none of them is Latin-1. */
    private static final String NON_LATIN_1 = "Erdoğan → Łódź, Αθήνα, 北京, 𝄞";
    private static final Schema WORLD_DESK = new Schema.Parser().parse("""
            {"type": "record", "name": "DeskNote", "namespace": "io.newswire.test",
             "doc": "%s",
             "fields": [{"name": "place", "type": "string", "default": "Ελλάδα", "doc": "Lieu où « le président » a parlé : %s"}]}
            """.formatted(NON_LATIN_1, NON_LATIN_1));

    private static LocalCluster cluster;

    @BeforeAll
    static void cluster() {
        cluster = LocalCluster.shared();
    }

    @Test
    void everyOneOfOurSchemasComesBackAsWellFormedUtf8WithItsFrenchDocs() {
        Map<String, Schema> current = SchemaHistory.current(Path.of("../schemas/src/main/avro"));
        Map<String, Map<Integer, Schema>> released = SchemaHistory.released(Path.of("../schemas/src/main/avro-history"));
        assertFalse(current.isEmpty(), "no schemas found in ../schemas/src/main/avro");
        HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(cluster.registryUrl(), "");
        List<String> ours = new ArrayList<>();
        for (Map.Entry<String, Schema> schema : current.entrySet()) {
            String subject = "utf8-" + schema.getKey() + "-value";
            released.getOrDefault(schema.getKey(), Map.of()).values().forEach(v -> client.register(subject, v));
            client.register(subject, schema.getValue());
            ours.add(subject);
        }

        int checked = 0;
        for (JsonNode subject : answer("/subjects")) {
            for (JsonNode version : answer("/subjects/" + encode(subject.asText()) + "/versions")) {
                checkServedEverywhere(subject.asText(), version.asInt());
                checked++;
            }
        }
        answer("/schemas?deleted=true").forEach(entry -> parse(entry.get("schema").asText()));

        assertTrue(checked >= current.size(), "checked " + checked + " versions");
        for (String subject : ours) {
            String name = subject.substring("utf8-".length(), subject.length() - "-value".length());
            JsonNode served = tree(parse(answer("/subjects/" + subject + "/versions/latest").get("schema").asText()));
            assertEquals(tree(current.get(name)), served, "docs and all of " + name + " as registered");
        }
        assertTrue(answer("/subjects/utf8-EnrichedDispatch-value/versions/latest/schema").toString().contains("le président russe"));
    }

    @Test
    void nonLatin1DocsAndSubjectNamesRoundTripThroughEveryAnswer() {
        String subject = "dépêches-Łódź-value";
        byte[] body = RawHttp.schemaBody(WORLD_DESK.toString()).getBytes(StandardCharsets.UTF_8);

        RawHttp.Answer registered = RawHttp.send("POST", url("/subjects/" + encode(subject) + "/versions"), body, RawHttp.CONTENT_TYPE, null);

        assertEquals(200, registered.status(), registered.body());
        assertEquals(RawHttp.CONTENT_TYPE, registered.contentType());
        int id = registered.json().get("id").asInt();
        assertTrue(contains(answer("/subjects"), subject), "subject listed under its own name");
        JsonNode version = answer("/subjects/" + encode(subject) + "/versions/1");
        assertEquals(subject, version.get("subject").asText());
        assertDocs(parse(version.get("schema").asText()));
        assertDocs(parse(answer("/schemas/ids/" + id).get("schema").asText()));
        assertDocs(new Schema.Parser().parse(RawHttp.get(url("/schemas/ids/" + id + "/schema")).body()));
        assertDocs(new Schema.Parser().parse(RawHttp.get(url("/subjects/" + encode(subject) + "/versions/latest/schema")).body()));
        assertEquals(subject, answer("/schemas/ids/" + id + "/versions").get(0).get("subject").asText());
        assertDocs(new HttpSchemaRegistryClient(cluster.registryUrl(), "").getById(id));
        assertEquals(1, new HttpSchemaRegistryClient(cluster.registryUrl(), "").lookup(subject, WORLD_DESK).version());
    }

    @Test
    void bodyInTheCharsetItDeclaresIsReadInIt() {
        Schema latin1 = new Schema.Parser().parse("""
                {"type": "record", "name": "Appel", "namespace": "io.newswire.test", "doc": "Le président a téléphoné à son homologue.",
                 "fields": [{"name": "lieu", "type": "string"}]}""");
        byte[] body = RawHttp.schemaBody(latin1.toString()).getBytes(StandardCharsets.ISO_8859_1);

        RawHttp.Answer registered = RawHttp.send("POST", url("/subjects/latin1-declared-value/versions"), body,
                RawHttp.CONTENT_TYPE + "; charset=ISO-8859-1", null);

        assertEquals(200, registered.status(), registered.body());
        Schema served = parse(answer("/subjects/latin1-declared-value/versions/1").get("schema").asText());
        assertEquals("Le président a téléphoné à son homologue.", served.getDoc());
    }

    @Test
    void malformedUtf8BodyIsRefusedWith400NotGuessed() {
        byte[] body = RawHttp.schemaBody("{\"type\": \"record\", \"name\": \"X\", \"doc\": \"pr\u00e9sident\", \"fields\": []}")
                .getBytes(StandardCharsets.ISO_8859_1);

        RawHttp.Answer refused = RawHttp.send("POST", url("/subjects/malformed-utf8-value/versions"), body, RawHttp.CONTENT_TYPE, null);

        assertEquals(400, refused.status(), refused.body());
        assertEquals(400, refused.json().get("error_code").asInt());
        assertTrue(refused.json().get("message").asText().contains("UTF-8"), refused.body());
        assertEquals(404, RawHttp.get(url("/subjects/malformed-utf8-value/versions")).status(), "nothing registered");
    }

    private static void checkServedEverywhere(String subject, int version) {
        JsonNode served = answer("/subjects/" + encode(subject) + "/versions/" + version);
        Schema schema = parse(served.get("schema").asText());
        int id = served.get("id").asInt();
        assertEquals(tree(schema), tree(parse(answer("/schemas/ids/" + id).get("schema").asText())), subject + " v" + version);
        assertEquals(tree(schema), RawHttp.get(url("/schemas/ids/" + id + "/schema")).json(), subject + " v" + version);
        assertEquals(tree(schema), RawHttp.get(url("/subjects/" + encode(subject) + "/versions/" + version + "/schema")).json());
    }

    private static void assertDocs(Schema schema) {
        assertEquals(NON_LATIN_1, schema.getDoc());
        assertEquals("Lieu où « le président » a parlé : " + NON_LATIN_1, schema.getField("place").doc());
        assertEquals("Ελλάδα", schema.getField("place").defaultVal());
    }

    private static JsonNode answer(String path) {
        RawHttp.Answer answer = RawHttp.get(url(path));
        assertEquals(200, answer.status(), path + ": " + answer.body());
        assertEquals(RawHttp.CONTENT_TYPE, answer.contentType(), path);
        return answer.json();
    }

    private static Schema parse(String text) {
        return new Schema.Parser().parse(text);
    }

    /** The schema's full JSON, docs included (Avro's own equality ignores docs). */
    private static JsonNode tree(Schema schema) {
        try {
            return JSON.readTree(schema.toString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String url(String path) {
        return cluster.registryUrl() + path;
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean contains(JsonNode array, String text) {
        for (JsonNode item : array) {
            if (item.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
