package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

import static io.newswire.runtime.registry.RegistryCalls.breaking;
import static io.newswire.runtime.registry.RegistryCalls.bulletin;
import static io.newswire.runtime.registry.RegistryCalls.delete;
import static io.newswire.runtime.registry.RegistryCalls.expect;
import static io.newswire.runtime.registry.RegistryCalls.expectError;
import static io.newswire.runtime.registry.RegistryCalls.get;
import static io.newswire.runtime.registry.RegistryCalls.post;
import static io.newswire.runtime.registry.RegistryCalls.url;
import static io.newswire.runtime.registry.RegistryCalls.withDesk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Soft and permanent deletion of subjects and versions, with Confluent's statuses and error codes, over real HTTP
 * on a real broker: what stays visible (ids, {@code deleted=true}), what is refused, and what a restart rebuilds.
 */
class RegistryDeletionTest {
    private final HttpSchemaRegistryClient client = RegistryCalls.client();

    @Test
    void softDeletedVersionIsHiddenButItsIdStillResolves() {
        Schema first = bulletin("SoftVersion");
        Schema second = withDesk("SoftVersion");
        int v1 = client.register("soft-version-value", first);
        int v2 = client.register("soft-version-value", second);

        assertEquals("2", expect(200, delete("/subjects/soft-version-value/versions/2")).body());

        assertEquals("[1]", expect(200, get("/subjects/soft-version-value/versions")).body());
        assertEquals("[1,2]", expect(200, get("/subjects/soft-version-value/versions?deleted=true")).body());
        assertEquals("[2]", expect(200, get("/subjects/soft-version-value/versions?deletedOnly=true")).body());
        assertEquals(1, expect(200, get("/subjects/soft-version-value/versions/latest")).json().get("version").asInt());
        expectError(404, 40402, get("/subjects/soft-version-value/versions/2"));
        assertEquals(v2, expect(200, get("/subjects/soft-version-value/versions/2?deleted=true")).json().get("id").asInt());
        assertEquals(second, parse(expect(200, get("/schemas/ids/" + v2)).json().get("schema").asText()), "records written with it stay readable");
        expectError(404, 40403, post("/subjects/soft-version-value", second));
        assertEquals(2, expect(200, post("/subjects/soft-version-value?deleted=true", second)).json().get("version").asInt());
        assertEquals("[]", expect(200, get("/schemas/ids/" + v2 + "/subjects")).body());
        assertEquals("[\"soft-version-value\"]", expect(200, get("/schemas/ids/" + v2 + "/subjects?deleted=true")).body());
        assertEquals("[{\"subject\":\"soft-version-value\",\"version\":2}]", expect(200, get("/schemas/ids/" + v2 + "/versions?deleted=true")).body());
        assertEquals(v1, client.latest("soft-version-value").id());
    }

    @Test
    void versionIsDeletedPermanentlyOnlyAfterASoftDelete() {
        Schema first = bulletin("HardVersion");
        Schema second = withDesk("HardVersion");
        int v1 = client.register("hard-version-value", first);
        client.register("hard-version-value", second);

        expectError(404, 40407, delete("/subjects/hard-version-value/versions/1?permanent=true"));
        expect(200, delete("/subjects/hard-version-value/versions/1"));
        expectError(404, 40406, delete("/subjects/hard-version-value/versions/1"));
        assertEquals("1", expect(200, delete("/subjects/hard-version-value/versions/1?permanent=true")).body());

        expectError(404, 40402, get("/subjects/hard-version-value/versions/1?deleted=true"));
        assertEquals("[2]", expect(200, get("/subjects/hard-version-value/versions?deleted=true")).body());
        expectError(404, 40403, get("/schemas/ids/" + v1));
        expectError(404, 40403, get("/schemas/ids/" + v1 + "/subjects"));
        expectError(404, 40403, get("/schemas/ids/" + v1 + "/versions"));
        expectError(404, 40402, delete("/subjects/hard-version-value/versions/1?permanent=true"));
    }

    @Test
    void versionDeletionErrorsFollowConfluent() {
        client.register("version-errors-value", bulletin("VersionErrors"));

        expectError(404, 40401, delete("/subjects/no-such-subject-value/versions/1"));
        expectError(404, 40402, delete("/subjects/version-errors-value/versions/9"));
        expectError(422, 42202, delete("/subjects/version-errors-value/versions/0"));
        expectError(422, 42202, delete("/subjects/version-errors-value/versions/first"));
        assertEquals("1", expect(200, delete("/subjects/version-errors-value/versions/latest")).body());
        expectError(404, 40402, delete("/subjects/version-errors-value/versions/latest"), "no live version left to be the latest");
        expectError(404, 40401, get("/subjects/version-errors-value/versions"));
        expectError(404, 40401, get("/subjects/version-errors-value/versions/latest"));
    }

    @Test
    void softDeletedSubjectIsListedOnlyWhenAskedAndKeepsItsIds() {
        Schema first = bulletin("SoftSubject");
        Schema second = withDesk("SoftSubject");
        int v1 = client.register("soft-subject-value", first);
        client.register("soft-subject-value", second);

        assertEquals("[1,2]", expect(200, delete("/subjects/soft-subject-value")).body());

        assertTrue(!listed(get("/subjects"), "soft-subject-value"));
        assertTrue(listed(get("/subjects?deleted=true"), "soft-subject-value"));
        assertTrue(listed(get("/subjects?deletedOnly=true"), "soft-subject-value"));
        assertTrue(!listed(get("/subjects?deletedOnly=true"), "soft-version-value"), "a subject with a live version is not deleted");
        expectError(404, 40401, get("/subjects/soft-subject-value/versions"));
        assertEquals("[1,2]", expect(200, get("/subjects/soft-subject-value/versions?deleted=true")).body());
        expectError(404, 40401, get("/subjects/soft-subject-value/versions/1"));
        expectError(404, 40401, post("/subjects/soft-subject-value", first));
        assertEquals(1, expect(200, post("/subjects/soft-subject-value?deleted=true", first)).json().get("version").asInt());
        assertEquals(first, parse(expect(200, get("/schemas/ids/" + v1 + "/schema")).body()));
        expectError(404, 40404, delete("/subjects/soft-subject-value"));
    }

    @Test
    void subjectIsDeletedPermanentlyOnlyAfterASoftDeleteAndTakesItsLevelAlong() {
        int v1 = client.register("hard-subject-value", bulletin("HardSubject"));
        RawHttp.put(url("/config/hard-subject-value"), "{\"compatibility\":\"NONE\"}");

        expectError(404, 40405, delete("/subjects/hard-subject-value?permanent=true"));
        expect(200, delete("/subjects/hard-subject-value"));
        assertEquals("[1]", expect(200, delete("/subjects/hard-subject-value?permanent=true")).body());

        expectError(404, 40401, delete("/subjects/hard-subject-value?permanent=true"));
        expectError(404, 40401, delete("/subjects/hard-subject-value"));
        expectError(404, 40401, get("/subjects/hard-subject-value/versions?deleted=true"));
        assertTrue(!listed(get("/subjects?deleted=true"), "hard-subject-value"));
        expectError(404, 40403, get("/schemas/ids/" + v1));
        expectError(404, 40408, get("/config/hard-subject-value"));
        expectError(404, 40401, delete("/subjects/never-registered-value"));
    }

    @Test
    void compatibilityIgnoresSoftDeletedVersions() {
        Schema first = bulletin("CompatDeleted");
        Schema second = withDesk("CompatDeleted");
        client.register("compat-deleted-value", first);
        client.register("compat-deleted-value", second);
        // Reads the first version's data (desk takes its default) but not the second's, whose desk is a string.
        Schema deskAsNumber = SchemaBuilder.record("CompatDeleted").namespace("io.newswire.test").fields().requiredString("headline")
                .name("desk").type().intType().intDefault(0).endRecord();
        expectError(409, 409, post("/subjects/compat-deleted-value/versions", deskAsNumber));

        expect(200, delete("/subjects/compat-deleted-value/versions/2"));
        expect(200, post("/subjects/compat-deleted-value/versions", deskAsNumber));
        assertEquals("[1,3]", expect(200, get("/subjects/compat-deleted-value/versions")).body(), "version 2 keeps its number");

        expect(200, delete("/subjects/compat-deleted-value"));
        expect(200, post("/subjects/compat-deleted-value/versions", breaking("CompatDeleted")));
        assertEquals("[4]", expect(200, get("/subjects/compat-deleted-value/versions")).body(), "a soft-deleted subject checks against nothing");
    }

    @Test
    void schemaRegisteredAgainAfterItsSoftDeleteGetsANewVersionWithTheSameId() {
        Schema first = bulletin("AgainAfterDelete");
        int id = client.register("again-after-delete-value", first);
        expect(200, delete("/subjects/again-after-delete-value"));

        JsonNode registered = expect(200, post("/subjects/again-after-delete-value/versions", first)).json();

        assertEquals(id, registered.get("id").asInt());
        assertEquals("[2]", expect(200, get("/subjects/again-after-delete-value/versions?deleted=true")).body(),
                "the soft-deleted version with the same id goes, as Confluent does");
    }

    @Test
    void restartRebuildsSoftAndPermanentDeletions() {
        Schema first = bulletin("RestartDeleted");
        Schema second = withDesk("RestartDeleted");
        int kept = client.register("restart-deleted-value", first);
        int dropped = client.register("restart-deleted-value", second);
        int gone = client.register("restart-gone-value", SchemaBuilder.record("RestartGone").fields().requiredLong("n").endRecord());
        client.register("restart-soft-subject-value", SchemaBuilder.record("RestartSoft").fields().requiredLong("n").endRecord());
        expect(200, delete("/subjects/restart-deleted-value/versions/2"));
        expect(200, delete("/subjects/restart-gone-value"));
        expect(200, delete("/subjects/restart-gone-value?permanent=true"));
        expect(200, delete("/subjects/restart-soft-subject-value"));

        RegistryCalls.cluster().restartRegistry();

        assertEquals("[1]", expect(200, get("/subjects/restart-deleted-value/versions")).body());
        assertEquals("[1,2]", expect(200, get("/subjects/restart-deleted-value/versions?deleted=true")).body());
        assertEquals(kept, client.latest("restart-deleted-value").id());
        assertEquals(second, parse(expect(200, get("/schemas/ids/" + dropped)).json().get("schema").asText()));
        expectError(404, 40403, get("/schemas/ids/" + gone));
        expectError(404, 40401, get("/subjects/restart-gone-value/versions?deleted=true"));
        assertTrue(listed(get("/subjects?deletedOnly=true"), "restart-soft-subject-value"));
        expectError(404, 40404, delete("/subjects/restart-soft-subject-value"));
        int next = client.register("restart-after-value", SchemaBuilder.record("RestartAfter").fields().requiredInt("n").endRecord());
        assertTrue(next > gone, "ids of permanently deleted schemas are not given again: " + next + " after " + gone);
    }

    private static boolean listed(RawHttp.Answer answer, String subject) {
        for (JsonNode item : expect(200, answer).json()) {
            if (item.asText().equals(subject)) {
                return true;
            }
        }
        return false;
    }

    private static Schema parse(String schema) {
        return new Schema.Parser().parse(schema);
    }

}
