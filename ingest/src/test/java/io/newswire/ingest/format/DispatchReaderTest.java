package io.newswire.ingest.format;

import com.sun.net.httpserver.HttpServer;
import io.newswire.schemas.Dispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static io.newswire.ingest.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DispatchReaderTest {
    private static final Instant NOW = Instant.parse("2024-03-20T08:00:00Z");
    private final DispatchReader reader = new DispatchReader(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void ninjsTwoMapsItsFieldsOntoADispatch() throws Exception {
        Dispatch dispatch = reader.read(fixture("ninjs-2-text.json"), "application/json", DispatchMetadata.none());

        assertEquals("urn:newsml:newswire.example:20240312:moscow-paris-call", dispatch.getId());
        assertEquals(2, dispatch.getVersion());
        assertEquals("ninjs", dispatch.getFormat());
        assertEquals(Instant.parse("2024-03-12T09:15:00Z"), dispatch.getPublished());
        assertEquals(NOW, dispatch.getReceived());
        assertEquals("fr", dispatch.getLanguage());
        assertEquals("Macron et Poutine se sont entretenus au téléphone", dispatch.getHeadline());
        assertEquals("MOSCOU", dispatch.getDateline());
        assertEquals("Newswire Example", dispatch.getSource());
        String[] paragraphs = dispatch.getBody().split("\n\n");
        assertEquals(3, paragraphs.length, dispatch.getBody());
        assertTrue(paragraphs[0].startsWith("Le président français Emmanuel Macron"));
        assertEquals("L’Elysée a confirmé l’appel : « un échange franc et direct ».", paragraphs[2]);
        assertFalse(dispatch.getBody().contains("<"), "markup is stripped");
        assertEquals("diplomatie; conflit armé", dispatch.getMetadata().get("subjects"));
        assertEquals("http://cv.iptc.org/newscodes/mediatopic/20000565 medtop:20000056", dispatch.getMetadata().get("subject.codes"));
        assertEquals("Emmanuel Macron; Vladimir Poutine", dispatch.getMetadata().get("people"));
        assertEquals("3", dispatch.getMetadata().get("urgency"));
    }

    @Test
    void newsMlG2ItemMapsItsFieldsOntoADispatch() throws Exception {
        Dispatch dispatch = reader.read(fixture("newsml-g2-item.xml"), "application/xml", DispatchMetadata.none());

        assertEquals("urn:newsml:newswire.example:20240314:berlin-summit", dispatch.getId());
        assertEquals(3, dispatch.getVersion());
        assertEquals("newsml-g2", dispatch.getFormat());
        assertEquals(Instant.parse("2024-03-14T16:45:00Z"), dispatch.getPublished());
        assertEquals("Reuters", dispatch.getSource());
        assertEquals("en", dispatch.getLanguage());
        assertEquals("BERLIN", dispatch.getDateline());
        assertEquals("Scholz and Duda meet in Berlin ahead of NATO summit", dispatch.getHeadline());
        String[] paragraphs = dispatch.getBody().split("\n\n");
        assertEquals("Scholz and Duda meet in Berlin ahead of NATO summit", paragraphs[0], "the title in <head> is not body text");
        assertEquals("German Chancellor Olaf Scholz received Polish President Andrzej Duda in Berlin on Thursday,"
                + " the two leaders' first face-to-face meeting this year.", paragraphs[1]);
        assertTrue(paragraphs[2].contains("were \"constructive\" & would continue"), paragraphs[2]);
        assertEquals("Air defence", paragraphs[3]);
        assertEquals("politics; diplomacy", dispatch.getMetadata().get("subjects"));
        assertEquals("medtop:11000000 medtop:20000565", dispatch.getMetadata().get("subject.codes"));
        assertEquals("usable", dispatch.getMetadata().get("pubstatus"));
    }

    @Test
    void plainTextTakesItsMetadataFromTheSender() throws Exception {
        DispatchMetadata sender = DispatchMetadata.fromParameters(name -> switch (name) {
            case "id" -> "NW-77";
            case "version" -> "4";
            case "published" -> "2024-03-15T18:05:00+01:00";
            case "lang" -> "fr";
            case "headline" -> "Biden reçoit Varadkar";
            case "source" -> "Newswire";
            default -> null;
        });
        Dispatch dispatch = reader.read(fixture("plain-dispatch.txt"), "text/plain; charset=utf-8", sender);

        assertEquals("NW-77", dispatch.getId());
        assertEquals(4, dispatch.getVersion());
        assertEquals(Instant.parse("2024-03-15T17:05:00Z"), dispatch.getPublished());
        assertEquals("fr", dispatch.getLanguage());
        assertEquals("Biden reçoit Varadkar", dispatch.getHeadline());
        assertEquals("Newswire", dispatch.getSource());
        assertEquals("text", dispatch.getFormat());
        assertTrue(dispatch.getBody().startsWith("WASHINGTON, 15 mars 2024 (Newswire) - Le président américain"));
        assertEquals(2, dispatch.getBody().split("\n\n").length);
    }

    @Test
    void plainTextWithoutIdGetsTheSameIdEachTimeItIsSent() throws Exception {
        byte[] text = fixture("plain-dispatch.txt");
        String windowsLineEndings = new String(text, StandardCharsets.UTF_8).replace("\n", "\r\n");

        Dispatch first = reader.read(text, "text/plain", DispatchMetadata.none());
        Dispatch again = reader.read(windowsLineEndings.getBytes(StandardCharsets.UTF_8), "text/plain", DispatchMetadata.none());
        Dispatch other = reader.read("Another dispatch entirely.".getBytes(StandardCharsets.UTF_8), "text/plain", DispatchMetadata.none());

        assertTrue(first.getId().startsWith("text-"), first.getId());
        assertEquals(first.getId(), again.getId());
        assertNotEquals(first.getId(), other.getId());
        assertEquals(1, first.getVersion());
        assertEquals("unknown", first.getSource());
    }

    @Test
    void dispatchJsonReadsEveryFieldOfTheSchema() throws Exception {
        Dispatch dispatch = reader.read(fixture("dispatch.json"), "application/json", DispatchMetadata.fromSource("ignored"));

        assertEquals("NW-20240316-0042", dispatch.getId());
        assertEquals("dispatch-json", dispatch.getFormat());
        assertEquals("Newswire", dispatch.getSource(), "the content wins over defaults");
        assertEquals("ANKARA", dispatch.getDateline());
        assertEquals("https://newswire.example/dispatches/NW-20240316-0042", dispatch.getUrl());
        assertEquals(Instant.parse("2024-03-16T11:20:00Z"), dispatch.getPublished());
        assertEquals("international", dispatch.getMetadata().get("desk"));
    }

    @Test
    void dispatchJsonReadWithoutATreeIsTheDispatchTheTreeReaderReads() throws Exception {
        DispatchMetadata sender = DispatchMetadata.fromSource("desk");
        for (String json : new String[] {
                "{\"id\":\"a-1\",\"body\":\"Ankara, 12 mai — «appel» 🇹🇷\",\"version\":\"3\",\"published\":1710588000000,\"language\":null}",
                "\uFEFF{\"id\":\" a-2 \",\"body\":\"ANKARA — Text.\",\"headline\":\"  \",\"received\":{\"any\":[1]},\"format\":7,\"version\":0}",
                "{\"body\":\"Text\",\"id\":\"a-3\",\"id\":\"a-4\",\"published\":\"2024-03-16T12:20:00+01:00\",\"url\":\"https://x.example/a\"}",
                "{\"id\":\"a-5\",\"body\":\"Text\",\"metadata\":{\"desk\":\"world\",\"urgency\":null,\"desk\":\" africa \"}}",
                "{\"id\":\"a-6\",\"body\":\"Text\",\"metadata\":{\"desk\":\"world\",\"desk\":null},\"dateline\":\"PARIS\"}"}) {
            byte[] content = json.getBytes(StandardCharsets.UTF_8);
            Dispatch plain = DispatchJsonFormat.readPlain(content, sender, NOW);
            assertNotNull(plain, json);
            assertEquals(DispatchJsonFormat.read((com.fasterxml.jackson.databind.node.ObjectNode) JsonInput.parse(content), sender, NOW), plain, json);
        }
    }

    @Test
    void dispatchJsonTheStreamingReaderCannotTakeIsLeftToTheTreeReader() {
        DispatchMetadata sender = DispatchMetadata.fromSource("desk");
        for (String json : new String[] {
                "[{\"id\":\"a\",\"body\":\"Text\"}]",
                "{\"id\":{\"string\":\"a\"},\"body\":\"Text\"}",
                "{\"id\":\"a\",\"body\":\"Text\",\"headine\":\"typo\"}",
                "{\"uri\":\"a\",\"body_text\":\"Text\"}",
                "{\"id\":\"a\",\"body\":\"...\"}",
                "{\"id\":\"a\",\"body\":\"Text\",\"version\":-1}",
                "{\"id\":\"a\",\"body\":\"Text\",\"metadata\":{\"a\":\"1\"},\"metadata\":{\"b\":\"2\"}}",
                "{\"id\":\"a\",\"body\":\"Text\"} {}",
                "{\"id\":\"a\",\"body\":\"Text\""}) {
            assertNull(DispatchJsonFormat.readPlain(json.getBytes(StandardCharsets.UTF_8), sender, NOW), json);
        }
    }

    @Test
    void formatIsRecognisedFromTheContentWhenThereIsNoContentType() throws Exception {
        assertEquals("ninjs", reader.read(fixture("ninjs-2-text.json"), null, DispatchMetadata.none()).getFormat());
        assertEquals("newsml-g2", reader.read(fixture("newsml-g2-item.xml"), "application/octet-stream", DispatchMetadata.none()).getFormat());
        assertEquals("text", reader.read(fixture("plain-dispatch.txt"), null, DispatchMetadata.none()).getFormat());
        assertEquals("application/xml", DispatchReader.contentTypeOf(Path.of("in/item.XML")));
        assertNull(DispatchReader.contentTypeOf(Path.of("in/item")));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        InvalidDispatchException e = assertThrows(InvalidDispatchException.class,
                () -> reader.read(fixture("bad.json"), "application/json", DispatchMetadata.none()));
        assertTrue(e.getMessage().startsWith("Malformed JSON at line 5, column 1"), e.getMessage());
    }

    @Test
    void itemWithoutTextIsToldSoInEveryFormat() {
        NoTextException ninjs = assertThrows(NoTextException.class,
                () -> reader.read(fixture("ninjs-no-body.json"), "application/json", DispatchMetadata.none()));
        assertEquals("body", ninjs.field());
        assertEquals("No text: the ninjs item has no body", ninjs.getMessage());
        NoTextException dispatchJson = assertThrows(NoTextException.class, () -> reader.read(
                "{\"id\":\"NW-1\",\"body\":\"  \"}".getBytes(StandardCharsets.UTF_8), "application/json", DispatchMetadata.none()));
        assertEquals("No text: the dispatch has no \"body\", or a blank one", dispatchJson.getMessage());
        NoTextException text = assertThrows(NoTextException.class,
                () -> reader.read(" \n\t ".getBytes(StandardCharsets.UTF_8), "text/plain", DispatchMetadata.none()));
        assertEquals("No text: the body is empty", text.getMessage());
        NoTextException placeholder = assertThrows(NoTextException.class, () -> reader.read(
                "{\"uri\":\"urn:x\",\"bodies\":[{\"value\":\"...\"}]}".getBytes(StandardCharsets.UTF_8), "application/json", DispatchMetadata.none()));
        assertEquals("No text: the body has no words ('...')", placeholder.getMessage());
        NoTextException picture = assertThrows(NoTextException.class, () -> reader.read(
                "<newsItem guid=\"p\"><contentSet><remoteContent href=\"x.jpg\"/></contentSet></newsItem>".getBytes(StandardCharsets.UTF_8),
                "application/xml", DispatchMetadata.none()));
        assertTrue(picture.getMessage().contains("its content is remote"), picture.getMessage());
    }

    @Test
    void anIdComesBeforeTheTextAndTheTextBeforeOtherFields() {
        InvalidDispatchException noId = assertThrows(InvalidDispatchException.class, () -> reader.read(
                "{\"headline\":\"h\"}".getBytes(StandardCharsets.UTF_8), "application/json", DispatchMetadata.none()));
        assertFalse(noId instanceof NoTextException, "an item without an id is malformed");
        NoTextException noTextBadVersion = assertThrows(NoTextException.class, () -> reader.read(
                "{\"uri\":\"urn:x\",\"version\":\"Version can be any text\"}".getBytes(StandardCharsets.UTF_8), "application/json",
                DispatchMetadata.none()));
        assertEquals("body", noTextBadVersion.field());
    }

    @Test
    void wrongFieldTypesAndUnknownFieldsAreNamed() {
        InvalidDispatchException version = assertThrows(InvalidDispatchException.class, () -> reader.read(
                "{\"uri\":\"urn:x\",\"version\":\"two\",\"bodies\":[{\"value\":\"x\"}]}".getBytes(StandardCharsets.UTF_8), "application/json", DispatchMetadata.none()));
        assertEquals("version", version.field());
        InvalidDispatchException typo = assertThrows(InvalidDispatchException.class, () -> reader.read(
                "{\"id\":\"a\",\"headine\":\"x\",\"body\":\"y\"}".getBytes(StandardCharsets.UTF_8), "application/json", DispatchMetadata.none()));
        assertEquals("headine", typo.field());
        InvalidDispatchException date = assertThrows(InvalidDispatchException.class,
                () -> DispatchMetadata.fromParameters(name -> name.equals("published") ? "yesterday" : null));
        assertEquals("published", date.field());
        InvalidDispatchException noId = assertThrows(InvalidDispatchException.class, () -> reader.read(
                "{\"body\":\"text\"}".getBytes(StandardCharsets.UTF_8), "application/json", DispatchMetadata.none()));
        assertEquals("id", noId.field());
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        byte[] xml = "<newsItem guid=\"a\">\n  <contentSet>\n</newsItem>".getBytes(StandardCharsets.UTF_8);
        InvalidDispatchException e = assertThrows(InvalidDispatchException.class, () -> reader.read(xml, "application/xml", DispatchMetadata.none()));
        assertTrue(e.getMessage().startsWith("Malformed XML at line 3, column"), e.getMessage());
    }

    @Test
    void xmlOtherThanANewsItemIsRefused() {
        InvalidDispatchException e = assertThrows(InvalidDispatchException.class,
                () -> reader.read("<rss><channel/></rss>".getBytes(StandardCharsets.UTF_8), "text/xml", DispatchMetadata.none()));
        assertTrue(e.getMessage().contains("found the root element <rss>"), e.getMessage());
    }

    @Test
    void externalEntityIsRefusedAndNothingIsRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        AtomicInteger fetches = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            fetches.incrementAndGet();
            byte[] dtd = "<!ENTITY leak \"fetched\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        server.start();
        try {
            String remote = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
            String fileEntity = new String(fixture("xxe.xml"), StandardCharsets.UTF_8).replace("file:///etc/passwd", secret.toUri().toString());
            String remoteEntity = fileEntity.replace(secret.toUri().toString(), remote);
            String externalDtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE newsItem SYSTEM \"" + remote + "\">\n<newsItem guid=\"x\"><contentSet><inlineData>&leak;</inlineData></contentSet></newsItem>";

            for (String attack : new String[] {fileEntity, remoteEntity, externalDtd}) {
                InvalidDispatchException e = assertThrows(InvalidDispatchException.class,
                        () -> reader.read(attack.getBytes(StandardCharsets.UTF_8), "application/xml", DispatchMetadata.none()));
                assertTrue(e.getMessage().contains("DOCTYPE declarations are not accepted"), e.getMessage());
                assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
            }
            assertEquals(0, fetches.get(), "the parser fetched an external entity or DTD");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        // The bound only stops a regression from hanging the build; refusing the DOCTYPE takes no time.
        InvalidDispatchException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(InvalidDispatchException.class,
                () -> reader.read(fixture("billion-laughs.xml"), "application/xml", DispatchMetadata.none())));
        assertTrue(e.getMessage().startsWith("Malformed XML at line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE declarations are not accepted"), e.getMessage());
    }

    @Test
    void unsupportedContentTypeIsRefused() {
        UnsupportedContentTypeException e = assertThrows(UnsupportedContentTypeException.class,
                () -> reader.read(new byte[] {1, 2, 3}, "image/png", DispatchMetadata.none()));
        assertEquals("image/png", e.contentType());
    }

    @Test
    void textThatIsNotInItsDeclaredCharsetIsRefused() {
        byte[] latin1 = "Zaporijjia, été".getBytes(StandardCharsets.ISO_8859_1);
        InvalidDispatchException e = assertThrows(InvalidDispatchException.class, () -> reader.read(latin1, "text/plain", DispatchMetadata.none()));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        assertDoesNotThrowReading(latin1, "text/plain; charset=ISO-8859-1", "Zaporijjia, été");
    }

    private void assertDoesNotThrowReading(byte[] content, String type, String body) {
        try {
            assertEquals(body, reader.read(content, type, DispatchMetadata.none()).getBody());
        } catch (InvalidDispatchException e) {
            throw new AssertionError(e);
        }
    }
}
