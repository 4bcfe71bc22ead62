package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.newswire.runtime.registry.RegistryCalls.bulletin;
import static io.newswire.runtime.registry.RegistryCalls.expect;
import static io.newswire.runtime.registry.RegistryCalls.expectError;
import static io.newswire.runtime.registry.RegistryCalls.get;
import static io.newswire.runtime.registry.RegistryCalls.url;
import static io.newswire.runtime.registry.RegistryCalls.withDesk;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The listings Confluent's tools page through: {@code /schemas}, schema ids' subjects, {@code /contexts}, offset and limit. */
class RegistryListingsTest {
    private final HttpSchemaRegistryClient client = RegistryCalls.client();

    @Test
    void schemasListsVersionsBySubjectThenVersion() {
        int a1 = client.register("all-schemas-a-value", bulletin("AllSchemasA"));
        int a2 = client.register("all-schemas-a-value", withDesk("AllSchemasA"));
        int b1 = client.register("all-schemas-b-value", bulletin("AllSchemasB"));

        assertEquals(List.of("all-schemas-a-value/1/" + a1, "all-schemas-a-value/2/" + a2, "all-schemas-b-value/1/" + b1),
                listed("/schemas?subjectPrefix=all-schemas-"));
        assertEquals(List.of("all-schemas-a-value/2/" + a2, "all-schemas-b-value/1/" + b1), listed("/schemas?subjectPrefix=all-schemas-&latestOnly=true"));
        assertEquals(List.of("all-schemas-a-value/2/" + a2), listed("/schemas?subjectPrefix=all-schemas-&offset=1&limit=1"));
        JsonNode first = expect(200, get("/schemas?subjectPrefix=all-schemas-&limit=1")).json().get(0);
        assertEquals(bulletin("AllSchemasA").toString(), first.get("schema").asText());

        expect(200, RawHttp.delete(url("/subjects/all-schemas-a-value/versions/2")));

        assertEquals(List.of("all-schemas-a-value/1/" + a1, "all-schemas-b-value/1/" + b1), listed("/schemas?subjectPrefix=all-schemas-&latestOnly=true"));
        assertEquals(List.of("all-schemas-a-value/2/" + a2, "all-schemas-b-value/1/" + b1),
                listed("/schemas?subjectPrefix=all-schemas-&latestOnly=true&deleted=true"));
        assertEquals(3, listed("/schemas?subjectPrefix=all-schemas-&deleted=true").size());
    }

    @Test
    void subjectsAndVersionsPageWithOffsetAndLimit() {
        client.register("paged-a-value", bulletin("PagedA"));
        client.register("paged-a-value", withDesk("PagedA"));
        client.register("paged-b-value", bulletin("PagedB"));

        assertEquals("[\"paged-a-value\",\"paged-b-value\"]", expect(200, get("/subjects?subjectPrefix=paged-")).body());
        assertEquals("[\"paged-b-value\"]", expect(200, get("/subjects?subjectPrefix=paged-&offset=1")).body());
        assertEquals("[\"paged-a-value\"]", expect(200, get("/subjects?subjectPrefix=paged-&limit=1")).body());
        assertEquals("[]", expect(200, get("/subjects?subjectPrefix=paged-&offset=5")).body());
        assertEquals("[2]", expect(200, get("/subjects/paged-a-value/versions?offset=1&limit=-1")).body());
        assertEquals("[1,2]", expect(200, get("/subjects/paged-a-value/versions?limit=0")).body());
        expectError(400, 400, get("/subjects?limit=ten"));
    }

    @Test
    void schemaIdListsTheSubjectsAndVersionsHoldingIt() {
        int id = client.register("shared-id-a-value", bulletin("SharedId"));
        client.register("shared-id-b-value", bulletin("SharedId"));

        assertEquals("[\"shared-id-a-value\",\"shared-id-b-value\"]", expect(200, get("/schemas/ids/" + id + "/subjects")).body());
        assertEquals("[\"shared-id-b-value\"]", expect(200, get("/schemas/ids/" + id + "/subjects?offset=1")).body());
        assertEquals("[{\"subject\":\"shared-id-a-value\",\"version\":1},{\"subject\":\"shared-id-b-value\",\"version\":1}]",
                expect(200, get("/schemas/ids/" + id + "/versions")).body());
        expectError(404, 40403, get("/schemas/ids/987654/subjects"));
        expectError(404, 40403, get("/schemas/ids/987654/versions"));
        expectError(404, 40403, get("/schemas/ids/not-a-number/subjects"));
    }

    @Test
    void theDefaultContextIsTheOnlyOne() {
        assertEquals("[\".\"]", expect(200, get("/contexts")).body());
    }

    private static List<String> listed(String path) {
        List<String> found = new ArrayList<>();
        for (JsonNode v : expect(200, get(path)).json()) {
            found.add(v.get("subject").asText() + "/" + v.get("version").asInt() + "/" + v.get("id").asInt());
        }
        return found;
    }

}
