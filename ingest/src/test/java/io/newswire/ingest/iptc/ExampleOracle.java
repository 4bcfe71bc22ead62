package io.newswire.ingest.iptc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Works out, from an IPTC example's own fields and with the names of its version, what each of its items should
 * become: a dispatch with these fields, a no_text refusal, or another refusal. Independent of ingest's reader:
 * plain Jackson and DOM lookups, one name list per ninjs generation.
 */
public final class ExampleOracle {
    /** The names each ninjs generation gives the fields a dispatch takes. */
    private record Names(String published, String firstCreated, String infoSources, String copyrightHolder, String contentType) {
    }

    private static final Map<Integer, Names> NINJS = Map.of(
            1, new Names("versioncreated", "firstcreated", "infosource", "copyrightholder", null),
            2, new Names("versioncreated", "firstcreated", "infosources", "copyrightholder", "contenttype"),
            3, new Names("versionCreated", "firstCreated", "infoSources", "copyrightHolder", "contentType"));
    private static final Set<String> G2_ITEMS = Set.of("newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem", "catalogItem");
    private static final String DEFAULT_SOURCE = "unknown";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The expected items of a document, or null when the document as a whole should be refused. */
    public record Expected(boolean bundle, List<ExpectedItem> items) {
    }

    private ExampleOracle() {
    }

    public static Expected of(IptcExample example) {
        if (example.verdict() == IptcExample.Verdict.NOT_AN_ITEM_INGEST_READS) {
            return null;
        }
        return example.relative().endsWith(".xml") ? newsMl(example.content()) : ninjs(example.content(), example.ninjsGeneration());
    }

    // ---- ninjs

    private static Expected ninjs(byte[] content, int generation) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (Exception malformed) {
            return null;
        }
        if (root.isArray()) {
            List<ExpectedItem> items = new ArrayList<>();
            root.forEach(item -> items.add(ninjsItem(item, generation)));
            return new Expected(true, items);
        }
        return new Expected(false, List.of(ninjsItem(root, generation)));
    }

    private static ExpectedItem ninjsItem(JsonNode item, int generation) {
        Names names = NINJS.get(generation);
        String id = text(item.get("uri"));
        String body = generation == 1 ? patterned(item, "body_", "body_text") : withRole(item.get("bodies"), "main");
        if (!hasWords(body) && "text".equals(text(item.get("type")))) {
            body = generation == 1 ? patterned(item, "description_", "description_text") : withRole(item.get("descriptions"), "text");
        }
        if (!hasWords(body)) {
            return ExpectedItem.noText(id);
        }
        String version = text(item.get("version"));
        if (version != null && !version.matches("\\d+")) {
            return ExpectedItem.refused(id);
        }
        String published = text(item.get(names.published()));
        if (published == null) {
            published = text(item.get(names.firstCreated()));
        }
        Instant when = published == null ? null : instant(published);
        if (published != null && when == null) {
            return ExpectedItem.refused(id);
        }
        String headline = generation == 1 ? text(item.get("headline")) : withRole(item.get("headlines"), "main");
        if (headline == null && generation == 1) {
            headline = patterned(item, "headline_", "headline");
        }
        return new ExpectedItem(ExpectedItem.Outcome.TEXT, id, version == null ? 1 : Integer.parseInt(version), when,
                ninjsSource(item, names), text(item.get("language")), headline);
    }

    private static String ninjsSource(JsonNode item, Names names) {
        for (JsonNode source : item.path(names.infoSources())) {
            if (text(source.get("name")) != null) {
                return text(source.get("name"));
            }
            if (text(source.get("uri")) != null) {
                return host(text(source.get("uri")));
            }
        }
        String holder = text(item.get(names.copyrightHolder()));
        return holder != null ? holder : DEFAULT_SOURCE;
    }

    /** The value of the array item with the role, else of the first. */
    private static String withRole(JsonNode array, String role) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            return null;
        }
        for (JsonNode item : array) {
            if (role.equals(item.path("role").asText())) {
                return text(item.get("value"));
            }
        }
        return text(array.get(0).get("value"));
    }

    /** A 1.x pattern property: {@code preferred} if present, else the first whose name starts with the prefix. */
    private static String patterned(JsonNode item, String prefix, String preferred) {
        if (text(item.get(preferred)) != null) {
            return text(item.get(preferred));
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().startsWith(prefix) && text(field.getValue()) != null) {
                return text(field.getValue());
            }
        }
        return null;
    }

    // ---- NewsML-G2

    private static Expected newsMl(byte[] content) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
            root = document.getDocumentElement();
        } catch (Exception malformed) {
            return null;
        }
        if (G2_ITEMS.contains(root.getLocalName())) {
            return new Expected(false, List.of(newsMlItem(root)));
        }
        if (!"newsMessage".equals(root.getLocalName())) {
            return null;
        }
        List<ExpectedItem> items = new ArrayList<>();
        outermostItems(root, items);
        return items.isEmpty() ? null : new Expected(true, items);
    }

    private static void outermostItems(Element parent, List<ExpectedItem> items) {
        for (Element child : children(parent)) {
            if (G2_ITEMS.contains(child.getLocalName())) {
                items.add(newsMlItem(child));
            } else {
                outermostItems(child, items);
            }
        }
    }

    private static ExpectedItem newsMlItem(Element item) {
        String id = attribute(item, "guid");
        if (!"newsItem".equals(item.getLocalName()) || !hasWords(newsMlText(child(item, "contentSet")))) {
            return ExpectedItem.noText(id);
        }
        Element itemMeta = child(item, "itemMeta");
        String published = text(child(itemMeta, "versionCreated"));
        if (published == null) {
            published = text(child(itemMeta, "firstCreated"));
        }
        Element contentMeta = child(item, "contentMeta");
        String language = attribute(child(contentMeta, "language"), "tag");
        if (language == null && item.hasAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")) {
            language = item.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
        }
        String version = attribute(item, "version");
        return new ExpectedItem(ExpectedItem.Outcome.TEXT, id, version == null ? 1 : Integer.parseInt(version),
                published == null ? null : instant(published), provider(child(itemMeta, "provider")), language, headline(contentMeta));
    }

    /** The prose of a contentSet: XHTML or NITF inlineXML (declared, or by its first element), or inlineData. */
    private static String newsMlText(Element contentSet) {
        Element inline = child(contentSet, "inlineXML");
        if (inline != null) {
            String type = attribute(inline, "contenttype");
            List<Element> content = children(inline);
            boolean prose = type != null && !type.endsWith("/xml")
                    ? type.contains("xhtml") || type.contains("nitf") || type.contains("html")
                    : content.isEmpty() || Set.of("html", "body", "nitf", "p", "div").contains(content.get(0).getLocalName());
            Element body = first(inline, "body.content");
            if (body == null) {
                body = first(inline, "body");
            }
            return prose ? (body != null ? body : inline).getTextContent() : null;
        }
        Element data = child(contentSet, "inlineData");
        return data == null ? null : data.getTextContent();
    }

    private static String provider(Element provider) {
        if (provider == null) {
            return DEFAULT_SOURCE;
        }
        if (attribute(provider, "literal") != null) {
            return attribute(provider, "literal");
        }
        if (text(child(provider, "name")) != null) {
            return text(child(provider, "name"));
        }
        String qcode = attribute(provider, "qcode");
        if (qcode != null) {
            return qcode.substring(qcode.indexOf(':') + 1).strip();
        }
        return attribute(provider, "uri") != null ? host(attribute(provider, "uri")) : DEFAULT_SOURCE;
    }

    /** The headline without a role or whose role ends in "main", else the first. */
    private static String headline(Element contentMeta) {
        if (contentMeta == null) {
            return null;
        }
        List<Element> headlines = children(contentMeta).stream().filter(e -> e.getLocalName().equals("headline")).toList();
        for (Element headline : headlines) {
            String role = attribute(headline, "role");
            if (role == null || role.endsWith("main")) {
                return text(headline);
            }
        }
        return headlines.isEmpty() ? null : text(headlines.get(0));
    }

    // ---- values

    public static boolean hasWords(String text) {
        return text != null && text.replaceAll("<[^>]*>", " ").codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String text(JsonNode value) {
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText().strip();
    }

    private static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    private static String attribute(Element element, String name) {
        return element == null || element.getAttribute(name).isBlank() ? null : element.getAttribute(name).strip();
    }

    private static Element child(Element parent, String localName) {
        return parent == null ? null : children(parent).stream().filter(e -> e.getLocalName().equals(localName)).findFirst().orElse(null);
    }

    private static Element first(Element parent, String localName) {
        for (Element child : children(parent)) {
            Element found = child.getLocalName().equals(localName) ? child : first(child, localName);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static String host(String uri) {
        String host = URI.create(uri).getHost();
        return host.toLowerCase(Locale.ROOT).startsWith("www.") ? host.substring(4) : host;
    }

    /** ISO-8601 with or without an offset, or a date alone; null when it is none of these. */
    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException local) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException date) {
                    return null;
                }
            }
        }
    }
}
