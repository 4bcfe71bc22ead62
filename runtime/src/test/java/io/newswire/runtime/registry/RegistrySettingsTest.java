package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import static io.newswire.runtime.registry.RegistryCalls.breaking;
import static io.newswire.runtime.registry.RegistryCalls.bulletin;
import static io.newswire.runtime.registry.RegistryCalls.delete;
import static io.newswire.runtime.registry.RegistryCalls.expect;
import static io.newswire.runtime.registry.RegistryCalls.expectError;
import static io.newswire.runtime.registry.RegistryCalls.get;
import static io.newswire.runtime.registry.RegistryCalls.post;
import static io.newswire.runtime.registry.RegistryCalls.put;
import static io.newswire.runtime.registry.RegistryCalls.url;
import static io.newswire.runtime.registry.RegistryCalls.withDesk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Modes ({@code /mode}) and the removal of compatibility levels ({@code DELETE /config}), with Confluent's statuses
 * and error codes, over real HTTP on a real broker. Global settings are put back in {@code finally}: the registry is
 * shared by the tests of this JVM.
 */
class RegistrySettingsTest {
    private final HttpSchemaRegistryClient client = RegistryCalls.client();

    @Test
    void readOnlySubjectRefusesEveryChangeWith42205AndStillAnswersReads() {
        client.register("frozen-value", bulletin("Frozen"));

        assertEquals("{\"mode\":\"READONLY\"}", expect(200, put("/mode/frozen-value", "{\"mode\":\"readonly\"}")).body());

        assertEquals("{\"mode\":\"READONLY\"}", expect(200, get("/mode/frozen-value")).body());
        expectError(422, 42205, post("/subjects/frozen-value/versions", withDesk("Frozen")));
        expectError(422, 42205, delete("/subjects/frozen-value/versions/1"));
        expectError(422, 42205, delete("/subjects/frozen-value"));
        expectError(422, 42205, put("/config/frozen-value", "{\"compatibility\":\"NONE\"}"));
        expect(200, get("/subjects/frozen-value/versions/latest"));
        expect(200, post("/subjects/frozen-value", bulletin("Frozen")));
        expect(200, post("/subjects/other-than-frozen-value/versions", bulletin("NotFrozen")));

        assertEquals("{\"mode\":\"READONLY\"}", expect(200, delete("/mode/frozen-value")).body());
        expectError(404, 40409, get("/mode/frozen-value"));
        assertEquals("{\"mode\":\"READWRITE\"}", expect(200, get("/mode/frozen-value?defaultToGlobal=true")).body());
        expectError(404, 40401, delete("/mode/frozen-value"));
        expect(200, post("/subjects/frozen-value/versions", withDesk("Frozen")));
    }

    @Test
    void globalModeAppliesToSubjectsWithoutTheirOwn() {
        client.register("global-mode-value", bulletin("GlobalMode"));
        expect(200, put("/mode/global-mode-own-value", "{\"mode\":\"READWRITE\"}"));
        assertEquals("{\"mode\":\"READWRITE\"}", expect(200, get("/mode")).body());
        try {
            assertEquals("{\"mode\":\"READONLY\"}", expect(200, put("/mode", "{\"mode\":\"READONLY\"}")).body());

            assertEquals("{\"mode\":\"READONLY\"}", expect(200, get("/mode")).body());
            expectError(422, 42205, post("/subjects/global-mode-value/versions", withDesk("GlobalMode")));
            expectError(422, 42205, put("/config", "{\"compatibility\":\"FULL\"}"));
            expect(200, post("/subjects/global-mode-own-value/versions", bulletin("GlobalModeOwn")));
        } finally {
            assertEquals("{\"mode\":\"READONLY\"}", expect(200, delete("/mode")).body());
        }
        assertEquals("{\"mode\":\"READWRITE\"}", expect(200, get("/mode")).body());
        expect(200, post("/subjects/global-mode-value/versions", withDesk("GlobalMode")));
    }

    @Test
    void unknownModeIs42204() {
        expectError(422, 42204, put("/mode/any-value", "{\"mode\":\"SOMETIMES\"}"));
        expectError(422, 42204, put("/mode", "{}"));
        expectError(422, 42204, put("/mode", "{\"mode\":\"FORWARD\"}"));
        expectError(400, 400, put("/mode", "{not json"));
    }

    @Test
    void importModeTakesSchemasWithTheirIdsAndVersions() {
        Schema imported = bulletin("Imported");
        expect(200, put("/mode/imported-value", "{\"mode\":\"IMPORT\"}"));

        expectError(422, 42205, post("/subjects/imported-value/versions", imported), "no id: not an import");
        assertEquals("{\"id\":777001}", expect(200, RawHttp.post(url("/subjects/imported-value/versions"), importBody(imported, 777001, 3))).body());
        assertEquals("{\"id\":777001}", expect(200, RawHttp.post(url("/subjects/imported-value/versions"), importBody(imported, 777001, null))).body());
        expect(200, RawHttp.post(url("/subjects/imported-value/versions"), importBody(breaking("Imported"), 777002, 4)));
        expectError(422, 42205, RawHttp.post(url("/subjects/imported-value/versions"), importBody(withDesk("Imported"), 777001, 5)),
                "id 777001 holds another schema");

        assertEquals("[3,4]", expect(200, get("/subjects/imported-value/versions")).body());
        assertEquals(imported, new Schema.Parser().parse(expect(200, get("/schemas/ids/777001/schema")).body()));
        expectError(422, 42205, RawHttp.post(url("/subjects/not-importing-value/versions"), importBody(bulletin("NotImporting"), 777003, 1)),
                "an id outside IMPORT mode");
        expect(200, put("/mode/imported-value", "{\"mode\":\"READWRITE\"}"));
        int next = client.register("after-import-value", bulletin("AfterImport"));
        assertTrue(next > 777002, "new ids continue after the imported ones: " + next);
    }

    @Test
    void enteringImportModeNeedsNoLiveSchemasUnlessForced() {
        client.register("import-over-value", bulletin("ImportOver"));

        expectError(422, 42205, put("/mode/import-over-value", "{\"mode\":\"IMPORT\"}"));
        assertEquals("{\"mode\":\"IMPORT\"}", expect(200, put("/mode/import-over-value?force=true", "{\"mode\":\"IMPORT\"}")).body());
        expect(200, put("/mode/import-over-value", "{\"mode\":\"READWRITE\"}"));

        expect(200, delete("/subjects/import-over-value"));
        expect(200, put("/mode/import-over-value", "{\"mode\":\"IMPORT\"}"));
        expectError(404, 40401, get("/subjects/import-over-value/versions?deleted=true"), "soft-deleted versions make way for the import");
        expectError(422, 42205, put("/mode", "{\"mode\":\"IMPORT\"}"), "the registry holds live subjects");
    }

    @Test
    void deletingASubjectLevelReturnsItAndFallsBackToTheGlobalOne() {
        client.register("level-removed-value", bulletin("LevelRemoved"));
        expect(200, put("/config/level-removed-value", "{\"compatibility\":\"FULL_TRANSITIVE\"}"));

        assertEquals("{\"compatibilityLevel\":\"FULL_TRANSITIVE\"}", expect(200, delete("/config/level-removed-value")).body());

        expectError(404, 40408, get("/config/level-removed-value"));
        assertEquals("{\"compatibilityLevel\":\"BACKWARD\"}", expect(200, get("/config/level-removed-value?defaultToGlobal=true")).body());
        expectError(404, 40401, delete("/config/level-removed-value"));
        expectError(409, 409, post("/subjects/level-removed-value/versions", breaking("LevelRemoved")));
    }

    @Test
    void deletingTheGlobalLevelResetsItToBackward() {
        try {
            expect(200, put("/config", "{\"compatibility\":\"NONE\"}"));

            assertEquals("{\"compatibilityLevel\":\"NONE\"}", expect(200, delete("/config")).body());

            assertEquals("{\"compatibilityLevel\":\"BACKWARD\"}", expect(200, get("/config")).body());
        } finally {
            expect(200, put("/config", "{\"compatibility\":\"BACKWARD\"}"));
        }
    }

    @Test
    void restartRebuildsModesAndRemovedLevels() {
        client.register("restart-mode-value", bulletin("RestartMode"));
        expect(200, put("/config/restart-mode-value", "{\"compatibility\":\"FORWARD\"}"));
        expect(200, put("/mode/restart-mode-value", "{\"mode\":\"READONLY\"}"));
        expect(200, put("/config/restart-level-gone-value", "{\"compatibility\":\"FULL\"}"));
        expect(200, delete("/config/restart-level-gone-value"));

        RegistryCalls.cluster().restartRegistry();

        assertEquals("{\"mode\":\"READONLY\"}", expect(200, get("/mode/restart-mode-value")).body());
        assertEquals("{\"compatibilityLevel\":\"FORWARD\"}", expect(200, get("/config/restart-mode-value")).body());
        expectError(404, 40408, get("/config/restart-level-gone-value"));
        expectError(422, 42205, post("/subjects/restart-mode-value/versions", withDesk("RestartMode")));
        expect(200, delete("/mode/restart-mode-value"));
    }

    private static String importBody(Schema schema, int id, Integer version) {
        ObjectNode body = new ObjectMapper().createObjectNode().put("schema", schema.toString()).put("id", id);
        if (version != null) {
            body.put("version", version);
        }
        return body.toString();
    }

}
