package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.registry.CompatibilityLevel;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import io.newswire.schemas.registry.RegisteredSchema;
import io.newswire.schemas.registry.RetryPolicy;
import io.newswire.schemas.registry.SchemaRegistryException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.newswire.runtime.registry.RegistryCalls.expectError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry through our HTTP client and through plain HTTP, on a real broker. */
class RegistryServerTest {
    static final Schema BULLETIN_V1 = SchemaBuilder.record("Bulletin").namespace("io.newswire.test").fields()
            .requiredString("headline").endRecord();
    static final Schema BULLETIN_V2 = SchemaBuilder.record("Bulletin").namespace("io.newswire.test").fields()
            .requiredString("headline").name("desk").type().stringType().stringDefault("world").endRecord();
    /** Adds a field without a default: old records cannot be read with it. */
    static final Schema BULLETIN_BREAKING = SchemaBuilder.record("Bulletin").namespace("io.newswire.test").fields()
            .requiredString("headline").requiredInt("priority").endRecord();

    private static LocalCluster cluster;
    private static HttpSchemaRegistryClient client;

    @BeforeAll
    static void cluster() {
        cluster = LocalCluster.shared();
        client = new HttpSchemaRegistryClient(cluster.registryUrl(), "");
    }

    @Test
    void registeredSchemaIsFoundByLookupLatestAndId() {
        int id = client.register("lookup-value", BULLETIN_V1);

        RegisteredSchema found = client.lookup("lookup-value", BULLETIN_V1);
        RegisteredSchema latest = client.latest("lookup-value");
        Schema byId = freshClient().getById(id);

        assertEquals(new RegisteredSchema("lookup-value", id, 1, BULLETIN_V1), found);
        assertEquals(found, latest);
        assertEquals(BULLETIN_V1, byId);
    }

    @Test
    void registeringTheSameSchemaAgainKeepsItsIdAndVersion() {
        int first = client.register("again-value", BULLETIN_V1);
        int second = freshClient().register("again-value", BULLETIN_V1);

        assertEquals(first, second);
        assertEquals(List.of(1), versions("again-value"));
    }

    @Test
    void sameSchemaUnderTwoSubjectsHasOneId() {
        int inFirst = client.register("shared-a-value", BULLETIN_V2);
        int inSecond = client.register("shared-b-value", BULLETIN_V2);

        assertEquals(inFirst, inSecond);
        assertEquals(1, client.latest("shared-b-value").version());
    }

    @Test
    void compatibleChangeBecomesTheNextVersionWithANewId() {
        int v1 = client.register("evolve-value", BULLETIN_V1);

        assertTrue(client.testCompatibility("evolve-value", BULLETIN_V2));
        int v2 = client.register("evolve-value", BULLETIN_V2);

        assertNotEquals(v1, v2);
        assertEquals(new RegisteredSchema("evolve-value", v2, 2, BULLETIN_V2), client.latest("evolve-value"));
        assertEquals(1, client.lookup("evolve-value", BULLETIN_V1).version());
        assertEquals(List.of(1, 2), versions("evolve-value"));
    }

    @Test
    void incompatibleSchemaIsRefusedWith409AndAvrosReason() {
        client.register("breaking-value", BULLETIN_V1);

        assertFalse(client.testCompatibility("breaking-value", BULLETIN_BREAKING));
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> client.register("breaking-value", BULLETIN_BREAKING));

        assertEquals(409, e.status());
        assertEquals(409, e.errorCode());
        assertFalse(e.isUnavailable());
        assertTrue(e.getMessage().contains("Schema being registered is incompatible with an earlier schema for subject \"breaking-value\""), e.getMessage());
        assertTrue(e.getMessage().contains("READER_FIELD_MISSING_DEFAULT_VALUE"), e.getMessage());
        assertEquals(List.of(1), versions("breaking-value"));
    }

    @Test
    void compatibilityTestOnANewSubjectIsTrue() {
        assertTrue(client.testCompatibility("never-registered-value", BULLETIN_BREAKING));
    }

    @Test
    void verboseCompatibilityTestExplainsWhy() {
        client.register("verbose-value", BULLETIN_V1);

        JsonNode answer = RawHttp.post(cluster.registryUrl() + "/compatibility/subjects/verbose-value/versions/latest?verbose=true",
                RawHttp.schemaBody(BULLETIN_BREAKING.toString())).json();

        assertFalse(answer.get("is_compatible").asBoolean());
        assertTrue(answer.get("messages").get(0).asText().contains("priority"), answer.toString());
    }

    @Test
    void subjectLevelOverridesTheGlobalOne() {
        client.register("lenient-value", BULLETIN_V1);

        client.setCompatibility("lenient-value", CompatibilityLevel.NONE);

        assertEquals(CompatibilityLevel.NONE, client.compatibility("lenient-value"));
        assertEquals(CompatibilityLevel.BACKWARD, client.compatibility(null));
        assertEquals(CompatibilityLevel.BACKWARD, client.compatibility("no-level-of-its-own-value"));
        client.register("lenient-value", BULLETIN_BREAKING);
        assertEquals(List.of(1, 2), versions("lenient-value"));
    }

    @Test
    void fullLevelRefusesAChangeOldReadersCannotRead() {
        client.register("full-value", BULLETIN_V2);
        client.setCompatibility("full-value", CompatibilityLevel.FULL);
        // BACKWARD would accept dropping "headline"; FULL does not, since readers on v2 need it and it has no default.
        Schema withoutHeadline = SchemaBuilder.record("Bulletin").namespace("io.newswire.test").fields()
                .name("desk").type().stringType().stringDefault("world").endRecord();

        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> client.register("full-value", withoutHeadline));

        assertEquals(409, e.status());
        assertTrue(e.getMessage().contains("FULL"), e.getMessage());
        assertTrue(e.getMessage().contains("headline"), e.getMessage());
        assertTrue(client.testCompatibility("full-value", BULLETIN_V2));
    }

    @Test
    void configAnswersUseConfluentsFieldNames() {
        client.register("config-shape-value", BULLETIN_V1);
        RawHttp.Answer put = RawHttp.send("PUT", cluster.registryUrl() + "/config/config-shape-value", "{\"compatibility\":\"forward\"}", null);
        RawHttp.Answer get = RawHttp.get(cluster.registryUrl() + "/config/config-shape-value");
        RawHttp.Answer unset = RawHttp.get(cluster.registryUrl() + "/config/no-config-value");
        RawHttp.Answer unsetDefault = RawHttp.get(cluster.registryUrl() + "/config/no-config-value?defaultToGlobal=true");

        assertEquals("{\"compatibility\":\"FORWARD\"}", put.body());
        assertEquals("{\"compatibilityLevel\":\"FORWARD\"}", get.body());
        assertEquals(404, unset.status());
        assertEquals(40408, unset.json().get("error_code").asInt());
        assertEquals("{\"compatibilityLevel\":\"BACKWARD\"}", unsetDefault.body());
    }

    @Test
    void restListingsShowSubjectsVersionsAndRawSchemas() {
        int id = client.register("listing-value", BULLETIN_V1);
        client.register("listing-value", BULLETIN_V2);
        String url = cluster.registryUrl();

        assertTrue(contains(RawHttp.get(url + "/subjects").json(), "listing-value"));
        assertEquals("[1,2]", RawHttp.get(url + "/subjects/listing-value/versions").body());
        JsonNode first = RawHttp.get(url + "/subjects/listing-value/versions/1").json();
        assertEquals("listing-value", first.get("subject").asText());
        assertEquals(1, first.get("version").asInt());
        assertEquals(id, first.get("id").asInt());
        assertEquals(BULLETIN_V1, new Schema.Parser().parse(first.get("schema").asText()));
        assertEquals(BULLETIN_V2, new Schema.Parser().parse(RawHttp.get(url + "/subjects/listing-value/versions/latest/schema").body()));
        assertEquals(BULLETIN_V1, new Schema.Parser().parse(RawHttp.get(url + "/schemas/ids/" + id + "/schema").body()));
        assertTrue(RawHttp.get(url + "/schemas/ids/" + id + "/versions").body().contains("{\"subject\":\"listing-value\",\"version\":1}"));
        assertEquals("[\"AVRO\"]", RawHttp.get(url + "/schemas/types").body());
    }

    @Test
    void answersCarryConfluentsContentType() {
        RawHttp.Answer answer = RawHttp.get(cluster.registryUrl() + "/config");

        assertEquals(200, answer.status());
        assertEquals("application/vnd.schemaregistry.v1+json", answer.contentType());
    }

    @Test
    void unknownSubjectIs404WithConfluentsErrorShape() {
        RawHttp.Answer answer = RawHttp.get(cluster.registryUrl() + "/subjects/nobody-value/versions/latest");

        assertEquals(404, answer.status());
        assertEquals("{\"error_code\":40401,\"message\":\"Subject 'nobody-value' not found.\"}", answer.body());
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> client.latest("nobody-value"));
        assertEquals(40401, e.errorCode());
        assertTrue(e.getMessage().startsWith("Subject 'nobody-value' not found."), e.getMessage());
    }

    @Test
    void unknownVersionAndSchemaAndRouteAre404() {
        client.register("known-value", BULLETIN_V1);
        String url = cluster.registryUrl();

        expectError(404, 40402, RawHttp.get(url + "/subjects/known-value/versions/7"));
        expectError(404, 40403, RawHttp.get(url + "/schemas/ids/987654"));
        expectError(404, 40403, RawHttp.post(url + "/subjects/known-value", RawHttp.schemaBody(BULLETIN_V2.toString())));
        expectError(404, 404, RawHttp.get(url + "/no/such/route"));
        assertEquals(40403, assertThrows(SchemaRegistryException.class, () -> freshClient().getById(987654)).errorCode());
    }

    @Test
    void badRequestsAre422Or400WithAMessage() {
        String url = cluster.registryUrl() + "/subjects/bad-value/versions";

        expectError(422, 42201, RawHttp.post(url, RawHttp.schemaBody("{\"type\":\"record\",\"name\":\"X\",\"fields\":[{\"name\":\"a\",\"type\":\"strng\"}]}")));
        RawHttp.Answer protobuf = RawHttp.post(url, "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\";\"}");
        expectError(422, 42201, protobuf);
        assertTrue(protobuf.json().get("message").asText().contains("PROTOBUF is not supported"), protobuf.body());
        expectError(422, 42201, RawHttp.post(url, "{}"));
        // Avro refuses these with AvroRuntimeException or IllegalArgumentException rather than SchemaParseException.
        for (String invalid : List.of(
                "{\"type\":\"record\",\"name\":\"X\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"a\",\"type\":\"int\"}]}",
                "[\"int\",\"int\"]",
                "{\"type\":\"fixed\",\"name\":\"F\",\"size\":-1}",
                "{\"type\":\"record\",\"name\":\"X\",\"fields\":[{\"name\":\"a\",\"type\":\"int\",\"order\":\"up\"}]}")) {
            expectError(422, 42201, RawHttp.post(url, RawHttp.schemaBody(invalid)));
            expectError(422, 42201, RawHttp.post(cluster.registryUrl() + "/compatibility/subjects/bad-value/versions/latest", RawHttp.schemaBody(invalid)));
        }
        expectError(400, 400, RawHttp.post(url, "{not json"));
        expectError(422, 42202, RawHttp.get(url + "/zero"));
        expectError(422, 42203, RawHttp.send("PUT", cluster.registryUrl() + "/config/bad-value", "{\"compatibility\":\"SOMETIMES\"}", null));
        assertEquals(404, RawHttp.get(cluster.registryUrl() + "/subjects/bad-value/versions").status(), "nothing was registered");
    }

    @Test
    void restartRebuildsIdsVersionsAndLevelsFromTheSchemasTopic() {
        int v1 = client.register("restart-value", BULLETIN_V1);
        int v2 = client.register("restart-value", BULLETIN_V2);
        client.setCompatibility("restart-value", CompatibilityLevel.FORWARD_TRANSITIVE);
        client.setCompatibility(null, CompatibilityLevel.FULL);
        try {
            cluster.restartRegistry();

            HttpSchemaRegistryClient after = freshClient();
            assertEquals(new RegisteredSchema("restart-value", v2, 2, BULLETIN_V2), after.latest("restart-value"));
            assertEquals(new RegisteredSchema("restart-value", v1, 1, BULLETIN_V1), after.lookup("restart-value", BULLETIN_V1));
            assertEquals(BULLETIN_V1, after.getById(v1));
            assertEquals(CompatibilityLevel.FORWARD_TRANSITIVE, after.compatibility("restart-value"));
            assertEquals(CompatibilityLevel.FULL, after.compatibility(null));
            assertEquals(v2, after.register("restart-value", BULLETIN_V2), "same schema, same id after restart");
            int next = after.register("restart-other-value", SchemaBuilder.record("Other").fields().requiredLong("n").endRecord());
            assertTrue(next > v2, "new ids continue after the rebuilt ones: " + next);
        } finally {
            client.setCompatibility(null, CompatibilityLevel.BACKWARD);
        }
    }

    @Test
    void basicAuthRejectsMissingAndWrongCredentialsWith401() {
        try (RegistryServer guarded = RegistryServer.start(cluster.bootstrapServers(), 0, "newsroom:s3cret")) {
            RawHttp.Answer none = RawHttp.get(guarded.url() + "/subjects");
            RawHttp.Answer wrong = RawHttp.send("GET", guarded.url() + "/subjects", null, "newsroom:guess");
            RawHttp.Answer right = RawHttp.send("GET", guarded.url() + "/subjects", null, "newsroom:s3cret");

            expectError(401, 401, none);
            assertTrue(none.body().contains("Unauthorized"));
            expectError(401, 401, wrong);
            assertEquals(200, right.status());

            SchemaRegistryException e = assertThrows(SchemaRegistryException.class,
                    () -> new HttpSchemaRegistryClient(guarded.url(), "newsroom:guess").compatibility(null));
            assertEquals(401, e.status());
            assertFalse(e.isUnavailable());
            assertEquals(CompatibilityLevel.BACKWARD, new HttpSchemaRegistryClient(guarded.url(), "newsroom:s3cret").compatibility(null));
        }
    }

    /** On a cluster of its own: a second registry writing to the shared {@code _schemas} would hand out the same ids. */
    @Test
    void basicAuthGuardsEveryEndpoint(@TempDir Path dir) {
        String schema = RawHttp.schemaBody(SchemaBuilder.record("Guarded").namespace("io.newswire.test").fields().requiredString("n").endRecord().toString());
        List<String[]> endpoints = List.of(
                new String[] {"GET", "/"}, new String[] {"GET", "/subjects?deleted=true"},
                new String[] {"POST", "/subjects/guarded-value/versions", schema}, new String[] {"POST", "/subjects/guarded-value", schema},
                new String[] {"GET", "/subjects/guarded-value/versions"}, new String[] {"GET", "/subjects/guarded-value/versions/1"},
                new String[] {"GET", "/subjects/guarded-value/versions/1/schema"},
                new String[] {"POST", "/compatibility/subjects/guarded-value/versions/latest", schema},
                new String[] {"POST", "/compatibility/subjects/guarded-value/versions", schema},
                new String[] {"GET", "/schemas"}, new String[] {"GET", "/schemas/types"}, new String[] {"GET", "/schemas/ids/1"},
                new String[] {"GET", "/schemas/ids/1/schema"}, new String[] {"GET", "/schemas/ids/1/subjects"},
                new String[] {"GET", "/schemas/ids/1/versions"}, new String[] {"GET", "/contexts"},
                new String[] {"GET", "/config"}, new String[] {"PUT", "/config", "{\"compatibility\":\"BACKWARD\"}"},
                new String[] {"PUT", "/config/guarded-value", "{\"compatibility\":\"FULL\"}"}, new String[] {"GET", "/config/guarded-value"},
                new String[] {"DELETE", "/config/guarded-value"}, new String[] {"DELETE", "/config"},
                new String[] {"GET", "/mode"}, new String[] {"PUT", "/mode", "{\"mode\":\"READWRITE\"}"},
                new String[] {"PUT", "/mode/guarded-value", "{\"mode\":\"READWRITE\"}"}, new String[] {"GET", "/mode/guarded-value"},
                new String[] {"DELETE", "/mode/guarded-value"}, new String[] {"DELETE", "/mode"},
                new String[] {"DELETE", "/subjects/guarded-value/versions/1"}, new String[] {"DELETE", "/subjects/guarded-value/versions/1?permanent=true"},
                new String[] {"POST", "/subjects/guarded-value/versions", schema}, new String[] {"DELETE", "/subjects/guarded-value"},
                new String[] {"DELETE", "/subjects/guarded-value?permanent=true"});
        try (LocalCluster own = LocalCluster.start(dir, 0, 0);
             RegistryServer guarded = RegistryServer.start(own.bootstrapServers(), 0, "newsroom:s3cret")) {
            for (String[] call : endpoints) {
                String body = call.length > 2 ? call[2] : null;
                String what = call[0] + " " + call[1];

                expectError(401, 401, RawHttp.send(call[0], guarded.url() + call[1], body, null));
                expectError(401, 401, RawHttp.send(call[0], guarded.url() + call[1], body, "newsroom:guess"));
                RawHttp.Answer allowed = RawHttp.send(call[0], guarded.url() + call[1], body, "newsroom:s3cret");
                assertEquals(200, allowed.status(), what + ": " + allowed.body());
            }
        }
    }

    @Test
    void stoppedRegistryIsReportedUnreachableAfterRetries() {
        RegistryServer gone = RegistryServer.start(cluster.bootstrapServers(), 0);
        String url = gone.url();
        gone.close();
        HttpSchemaRegistryClient patient = HttpSchemaRegistryClient.builder(url)
                .retry(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofSeconds(5))).build();

        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> patient.latest("any-value"));

        assertTrue(e.isUnavailable());
        assertEquals("Schema registry unreachable at " + url + ": connection refused", e.getMessage());
    }

    private static HttpSchemaRegistryClient freshClient() {
        return new HttpSchemaRegistryClient(cluster.registryUrl(), "");
    }

    private static List<Integer> versions(String subject) {
        JsonNode answer = RawHttp.get(cluster.registryUrl() + "/subjects/" + subject + "/versions").json();
        return java.util.stream.StreamSupport.stream(answer.spliterator(), false).map(JsonNode::asInt).toList();
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
