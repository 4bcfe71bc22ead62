package io.newswire.ingest.format;

import io.newswire.ingest.DispatchFingerprint;
import io.newswire.schemas.Dispatch;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.newswire.ingest.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NinjsFormatTest {
    private static final Instant NOW = Instant.parse("2024-03-20T08:00:00Z");
    private final DispatchReader reader = new DispatchReader(Clock.fixed(NOW, ZoneOffset.UTC));

    private Dispatch read(String json) throws InvalidDispatchException {
        return reader.read(json.getBytes(StandardCharsets.UTF_8), "application/json", DispatchMetadata.none());
    }

    private InvalidDispatchException refusal(String json) {
        return assertThrows(InvalidDispatchException.class, () -> read(json));
    }

    @Test
    void ninjsThreeIsReadWithItsCamelCaseNames() throws Exception {
        Dispatch dispatch = reader.read(fixture("ninjs-3-text.json"), "application/json", DispatchMetadata.none());

        assertEquals("urn:newsml:newswire.example:20240312:moscow-paris-call", dispatch.getId());
        assertEquals(2, dispatch.getVersion());
        assertEquals(Instant.parse("2024-03-12T09:15:00Z"), dispatch.getPublished(), "versionCreated");
        assertEquals("Newswire Example", dispatch.getSource(), "infoSources");
        assertEquals("fr", dispatch.getLanguage());
        assertEquals("Macron et Poutine se sont entretenus au téléphone", dispatch.getHeadline());
        assertEquals("usable", dispatch.getMetadata().get("pubstatus"));
        assertEquals("Newswire Example", dispatch.getMetadata().get("copyrightholder"));
        assertTrue(dispatch.getBody().startsWith("Le président français Emmanuel Macron"), dispatch.getBody());
    }

    @Test
    void aStoryResentAsNinjsThreeIsTheSameDispatchAsInNinjsTwo() throws Exception {
        Dispatch two = reader.read(fixture("ninjs-2-text.json"), "application/json", DispatchMetadata.none());
        Dispatch three = reader.read(fixture("ninjs-3-text.json"), "application/json", DispatchMetadata.none());

        assertEquals(DispatchFingerprint.of(two), DispatchFingerprint.of(three));
    }

    @Test
    void ninjsOneReadsItsXhtmlBodyAndPatternHeadlines() throws Exception {
        Dispatch dispatch = reader.read(fixture("ninjs-1-text.json"), "application/json", DispatchMetadata.none());

        assertEquals("urn:newsml:newswire.example:20230904:sochi-meeting", dispatch.getId());
        assertEquals(0, dispatch.getVersion(), "a string version \"0\" is AP's first version");
        assertEquals(Instant.parse("2023-09-04T16:20:00Z"), dispatch.getPublished());
        assertEquals("Newswire", dispatch.getSource(), "1.x infosource");
        assertEquals("Erdogan and Putin meet in Sochi over the Black Sea grain deal", dispatch.getHeadline(), "headline before headline_*");
        assertEquals("SOCHI", dispatch.getDateline(), "the dateline that opens the body");
        assertEquals("diplomacy", dispatch.getMetadata().get("subjects"));
        assertEquals("Newswire staff", dispatch.getMetadata().get("by"));
        String[] paragraphs = dispatch.getBody().split("\n\n");
        assertEquals(2, paragraphs.length, dispatch.getBody());
        assertTrue(paragraphs[1].startsWith("Their talks turned on reviving the grain export deal"), paragraphs[1]);

        Dispatch patternOnly = read("{\"uri\":\"urn:p\",\"headline_main\":\"Main\",\"body_main\":\"<p>First.</p><p>Second.</p>\"}");
        assertEquals("Main", patternOnly.getHeadline());
        assertEquals("First.\n\nSecond.", patternOnly.getBody());
    }

    @Test
    void aNameGivenTwiceKeepsItsLastValueAsJsonParseDoes() throws Exception {
        Dispatch dispatch = read("{\"uri\":\"urn:twice\",\"headline\":\"first\",\"headline\":\"second\",\"body_text\":\"Text.\"}");

        assertEquals("second", dispatch.getHeadline());
    }

    @Test
    void aSourceKnownOnlyByItsUriIsNamedByItsHost() throws Exception {
        Dispatch dispatch = read("{\"uri\":\"urn:u\",\"infoSources\":[{\"uri\":\"https://www.agency.example/about\"}],\"bodies\":[{\"value\":\"Text.\"}]}");

        assertEquals("agency.example", dispatch.getSource());
    }

    @Test
    void aTextItemWithoutBodyCarriesItsDescription() throws Exception {
        Dispatch brief = read("{\"uri\":\"urn:brief\",\"type\":\"text\",\"descriptions\":[{\"role\":\"text\",\"contentType\":\"text/plain\","
                + "\"value\":\"Two leaders spoke.\"}]}");
        assertEquals("Two leaders spoke.", brief.getBody());

        NoTextException picture = assertThrows(NoTextException.class, () -> read("{\"uri\":\"urn:pic\",\"type\":\"picture\","
                + "\"descriptions\":[{\"role\":\"caption\",\"value\":\"A caption.\"}]}"));
        assertEquals("No text: the ninjs item has no body (its type is picture)", picture.getMessage());
    }

    @Test
    void aPropertyOfAnotherGenerationIsNamedWithItsRightName() {
        InvalidDispatchException e = refusal("{\"uri\":\"urn:x\",\"versionCreated\":\"2024-01-01T00:00:00Z\",\"infosources\":[],"
                + "\"bodies\":[{\"value\":\"Text.\"}]}");
        assertEquals("infosources", e.field());
        assertEquals("'infosources' is not a ninjs 3.x property (read as ninjs 3.x, the generation its properties fit best);"
                + " ninjs 3.x calls it 'infoSources'", e.getMessage());
    }

    @Test
    void aDeclaredGenerationIsTheOneChecked() {
        InvalidDispatchException e = refusal("{\"standard\":{\"version\":\"2.2\"},\"uri\":\"urn:x\",\"versionCreated\":\"2024-01-01T00:00:00Z\"}");
        assertTrue(e.getMessage().startsWith("'versionCreated' is not a ninjs 2.x property (read as ninjs 2.x, as the document declares)"),
                e.getMessage());
    }

    @Test
    void unknownPropertiesAndWrongJsonTypesAreRefusedWhereverTheyAre() {
        assertEquals("'random' is not a ninjs 3.x property (read as ninjs 3.x, the generation its properties fit best); fix or remove it",
                refusal("{\"uri\":\"urn:x\",\"random\":\"value\",\"bodies\":[{\"value\":\"Text.\"}]}").getMessage());
        assertEquals("urgency must be a whole number in ninjs 3.x, not string \"high\"",
                refusal("{\"uri\":\"urn:x\",\"versionCreated\":\"2024-01-01T00:00:00Z\",\"urgency\":\"high\"}").getMessage());
        assertEquals("bodies[1] must be an object, not string",
                refusal("{\"uri\":\"urn:x\",\"bodies\":[{\"value\":\"a\"},\"x\"]}").getMessage());
        assertEquals("value must be a string, not number", refusal("{\"uri\":\"urn:x\",\"bodies\":[{\"value\":42}]}").getMessage());
        assertEquals("uri must be a string in ninjs 3.x, not number 123", refusal("{\"uri\":123,\"bodies\":[{\"value\":\"a\"}]}").getMessage());
    }

    @Test
    void associationsAreNinjsObjectsWithANameAndAUri() {
        assertEquals("associations[0] has no name: in ninjs 3.x every association needs a name and a uri",
                refusal("{\"uri\":\"urn:x\",\"bodies\":[{\"value\":\"a\"}],\"associations\":[{\"uri\":\"urn:y\",\"type\":\"picture\"}]}").getMessage());
        assertTrue(refusal("{\"uri\":\"urn:x\",\"bodies\":[{\"value\":\"a\"}],\"associations\":[{\"name\":\"logo\",\"uri\":\"urn:y\",\"colour\":\"red\"}]}")
                .getMessage().startsWith("'associations[0].colour' is not a ninjs 3.x property"));
        assertTrue(refusal("{\"uri\":\"urn:x\",\"body_text\":\"a\",\"associations\":{\"logo\":{\"uri\":\"urn:y\",\"colour\":\"red\"}}}")
                .getMessage().startsWith("'associations.logo.colour' is not a ninjs 1.x property"));
    }

    @Test
    void ninjsWithoutAnyDateHasNoPublishedTimeUnlessItsDatelineGivesOne() throws Exception {
        assertNull(read("{\"uri\":\"urn:x\",\"body_text\":\"No date here.\"}").getPublished());
        assertEquals(Instant.parse("2024-03-03T00:00:00Z"),
                read("{\"uri\":\"urn:x\",\"body_text\":\"PARIS, 3 mars 2024 (AFP) - Le texte.\"}").getPublished());
    }
}
