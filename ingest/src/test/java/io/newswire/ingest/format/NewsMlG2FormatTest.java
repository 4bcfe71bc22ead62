package io.newswire.ingest.format;

import io.newswire.schemas.Dispatch;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.newswire.ingest.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsMlG2FormatTest {
    private static final Instant NOW = Instant.parse("2024-03-20T08:00:00Z");
    private final DispatchReader reader = new DispatchReader(Clock.fixed(NOW, ZoneOffset.UTC));

    private Delivery readAll(String xml) throws InvalidDispatchException {
        return reader.readAll(xml.getBytes(StandardCharsets.UTF_8), "application/xml", DispatchMetadata.none());
    }

    @Test
    void newsMessageGivesOneDispatchPerItem() throws Exception {
        Delivery delivery = reader.readAll(fixture("newsml-g2-message.xml"), "application/xml", DispatchMetadata.fromSource("default"));

        assertTrue(delivery.bundle());
        assertEquals(3, delivery.items().size());
        Dispatch kremlin = delivery.items().get(0).dispatch();
        assertEquals("urn:newsml:newswire.example:20230321:moscow-visit", kremlin.getId());
        assertEquals("newswire.example", kremlin.getSource(), "a provider known only by its uri");
        assertEquals("en", kremlin.getLanguage(), "xml:lang");
        assertEquals("MOSCOW", kremlin.getDateline());
        assertEquals(Instant.parse("2023-03-21T18:30:00Z"), kremlin.getPublished());

        Dispatch woodside = delivery.items().get(1).dispatch();
        assertEquals(2, woodside.getVersion());
        assertEquals("Newswire", woodside.getSource());
        assertEquals("WOODSIDE", woodside.getDateline());
        assertEquals(Instant.parse("2023-11-15T00:00:00Z"), woodside.getPublished(), "no versionCreated: the dateline's day");

        Delivery.Item photo = delivery.items().get(2);
        assertNull(photo.dispatch());
        assertEquals("urn:newsml:newswire.example:20231115:woodside-photo", photo.id());
        assertInstanceOf(NoTextException.class, photo.problem());
    }

    @Test
    void aSendersIdDoesNotNameEveryItemOfAMessage() throws Exception {
        Delivery delivery = reader.readAll(fixture("newsml-g2-message.xml"), "application/xml", DispatchMetadata.none().withId("one-id"));

        assertEquals("urn:newsml:newswire.example:20230321:moscow-visit", delivery.items().get(0).id());
        InvalidDispatchException several = assertThrows(InvalidDispatchException.class,
                () -> reader.read(fixture("newsml-g2-message.xml"), "application/xml", DispatchMetadata.none()));
        assertEquals("The document holds 3 items; read them one by one with readAll", several.getMessage());
    }

    @Test
    void itemsThatAreNotStoriesHaveNoText() throws Exception {
        for (String kind : new String[] {"packageItem", "conceptItem", "knowledgeItem", "planningItem", "catalogItem"}) {
            Delivery.Item item = readAll("<" + kind + " xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"g\"/>").items().get(0);
            assertInstanceOf(NoTextException.class, item.problem(), kind);
            assertEquals("No text: a NewsML-G2 " + kind + " is not a story; only a newsItem carries text", item.problem().getMessage());
        }
        Delivery.Item sports = readAll("<newsItem guid=\"s\"><contentSet><inlineXML contenttype=\"application/sportsml+xml\">"
                + "<sports-content><team>Lyon</team></sports-content></inlineXML></contentSet></newsItem>").items().get(0);
        assertEquals("No text: the newsItem's inlineXML holds application/sportsml+xml data, not XHTML or NITF prose", sports.problem().getMessage());
    }

    @Test
    void aFragmentOrNewsMlOneIsNotAnItem() {
        InvalidDispatchException fragment = assertThrows(InvalidDispatchException.class, () -> readAll("<contentMeta><headline>h</headline></contentMeta>"));
        assertTrue(fragment.getMessage().endsWith("(a part of a NewsML-G2 item, not an item: send the whole newsItem)"), fragment.getMessage());
        InvalidDispatchException newsMlOne = assertThrows(InvalidDispatchException.class, () -> readAll("<NewsML><NewsItem/></NewsML>"));
        assertTrue(newsMlOne.getMessage().endsWith("(NewsML 1.x, which ingest does not read)"), newsMlOne.getMessage());
        InvalidDispatchException empty = assertThrows(InvalidDispatchException.class, () -> readAll("<newsMessage><itemSet/></newsMessage>"));
        assertTrue(empty.getMessage().startsWith("The newsMessage holds no item"), empty.getMessage());
    }
}
