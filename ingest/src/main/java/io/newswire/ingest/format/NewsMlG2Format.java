package io.newswire.ingest.format;

import io.newswire.schemas.Dispatch;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * IPTC NewsML-G2: one {@code newsItem} (alone or as the only item of a {@code newsMessage}). Elements are
 * matched by local name, so any NewsML-G2 version and namespace prefix reads.
 * <ul>
 *   <li>{@code newsItem@guid} → id, {@code @version} → version, {@code @xml:lang} → language if contentMeta has none</li>
 *   <li>{@code itemMeta/versionCreated} (else {@code firstCreated}) → published; {@code provider} → source</li>
 *   <li>{@code contentMeta/headline}, {@code language@tag}, {@code located/name} (else the place of {@code dateline})</li>
 *   <li>{@code contentSet/inlineXML} (XHTML or NITF) → body as plain text, else {@code inlineData}</li>
 *   <li>subjects, urgency, slugline, pubStatus, creator → metadata</li>
 * </ul>
 */
final class NewsMlG2Format {
    static final String NAME = "newsml-g2";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private NewsMlG2Format() {
    }

    static Dispatch read(byte[] content, DispatchMetadata defaults, Instant received) throws InvalidDispatchException {
        Document document = SafeXml.parse(content);
        Element item = newsItem(document.getDocumentElement());
        DispatchDraft draft = new DispatchDraft();
        draft.id = attribute(item, "guid");
        String version = attribute(item, "version");
        draft.version = version == null ? null : Fields.version(version, "newsItem@version");

        Element itemMeta = child(item, "itemMeta");
        if (itemMeta != null) {
            String created = text(child(itemMeta, "versionCreated"));
            String fieldName = "itemMeta/versionCreated";
            if (created == null) {
                created = text(child(itemMeta, "firstCreated"));
                fieldName = "itemMeta/firstCreated";
            }
            draft.published = created == null ? null : Fields.instant(created, fieldName);
            draft.source = provider(child(itemMeta, "provider"));
            draft.meta("pubstatus", qcodeValue(attribute(child(itemMeta, "pubStatus"), "qcode")));
            draft.meta("itemclass", qcodeValue(attribute(child(itemMeta, "itemClass"), "qcode")));
        }

        Element contentMeta = child(item, "contentMeta");
        if (contentMeta != null) {
            draft.headline = headline(children(contentMeta, "headline"));
            draft.language = attribute(child(contentMeta, "language"), "tag");
            draft.dateline = dateline(contentMeta);
            draft.meta("urgency", text(child(contentMeta, "urgency")));
            draft.meta("slugline", text(child(contentMeta, "slugline")));
            draft.meta("by", conceptName(child(contentMeta, "creator")));
            subjects(contentMeta, draft);
        }
        if (draft.language == null && !item.getAttributeNS(XML_NS, "lang").isBlank()) {
            draft.language = item.getAttributeNS(XML_NS, "lang");
        }
        draft.body = body(child(item, "contentSet"));
        return draft.build(defaults, NAME, received, "give the newsItem a guid attribute");
    }

    private static Element newsItem(Element root) throws InvalidDispatchException {
        String name = root.getLocalName();
        if ("newsItem".equals(name)) {
            return root;
        }
        if ("newsMessage".equals(name)) {
            List<Element> items = new ArrayList<>();
            collect(root, "newsItem", items);
            if (items.size() == 1) {
                return items.get(0);
            }
            throw new InvalidDispatchException("The newsMessage holds " + items.size() + " newsItems; send exactly one per request", "newsItem");
        }
        throw new InvalidDispatchException("Expected a NewsML-G2 newsItem, found the root element <" + root.getNodeName() + ">", "newsItem");
    }

    private static String provider(Element provider) {
        if (provider == null) {
            return null;
        }
        String literal = attribute(provider, "literal");
        if (literal != null) {
            return literal;
        }
        String name = conceptName(provider);
        return name != null ? name : qcodeValue(attribute(provider, "qcode"));
    }

    /** The main headline: one without a role or with a role ending in "main", else the first. */
    private static String headline(List<Element> headlines) {
        for (Element headline : headlines) {
            String role = attribute(headline, "role");
            if (role == null || role.toLowerCase(Locale.ROOT).endsWith("main")) {
                return text(headline);
            }
        }
        return headlines.isEmpty() ? null : text(headlines.get(0));
    }

    /** The place: {@code located/name}, else the place part of the dateline ("MOSCOU, 12 mars (AFP)" gives MOSCOU). */
    private static String dateline(Element contentMeta) {
        String located = conceptName(child(contentMeta, "located"));
        if (located != null) {
            return located;
        }
        String dateline = text(child(contentMeta, "dateline"));
        if (dateline == null) {
            return null;
        }
        int comma = dateline.indexOf(',');
        return comma > 0 ? dateline.substring(0, comma).strip() : dateline;
    }

    private static void subjects(Element contentMeta, DispatchDraft draft) {
        List<String> names = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Element subject : children(contentMeta, "subject")) {
            String name = conceptName(subject);
            if (name != null) {
                names.add(name);
            }
            String code = attribute(subject, "qcode");
            if (code == null) {
                code = attribute(subject, "uri");
            }
            if (code != null) {
                codes.add(code);
            }
        }
        draft.meta("subjects", String.join("; ", names));
        draft.meta("subject.codes", String.join(" ", codes));
    }

    private static String body(Element contentSet) throws InvalidDispatchException {
        if (contentSet == null) {
            throw new InvalidDispatchException("body is missing: the newsItem has no contentSet", "contentSet");
        }
        Element inline = child(contentSet, "inlineXML");
        if (inline != null) {
            Element markup = descendant(inline, "body.content");
            if (markup == null) {
                markup = descendant(inline, "body");
            }
            return MarkupText.of(SafeXml.serialize(markup != null ? markup : inline));
        }
        Element data = child(contentSet, "inlineData");
        if (data != null) {
            String type = attribute(data, "contenttype");
            String value = data.getTextContent();
            return type != null && type.contains("html") ? MarkupText.of(value) : MarkupText.tidy(value);
        }
        throw new InvalidDispatchException("body is missing: contentSet has neither inlineXML nor inlineData", "contentSet/inlineXML");
    }

    /** A concept's name: its {@code name} child, else its {@code literal}. */
    private static String conceptName(Element concept) {
        if (concept == null) {
            return null;
        }
        String name = text(child(concept, "name"));
        return name != null ? name : attribute(concept, "literal");
    }

    /** "nprov:AFP" → "AFP". */
    private static String qcodeValue(String qcode) {
        if (qcode == null) {
            return null;
        }
        int colon = qcode.indexOf(':');
        return colon >= 0 ? qcode.substring(colon + 1) : qcode;
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element descendant(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        collect(parent, localName, found);
        return found.isEmpty() ? null : found.get(0);
    }

    private static void collect(Element parent, String localName, List<Element> found) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                if (localName.equals(element.getLocalName())) {
                    found.add(element);
                } else {
                    collect(element, localName, found);
                }
            }
        }
    }

    private static String attribute(Element element, String name) {
        if (element == null || !element.hasAttribute(name)) {
            return null;
        }
        return DispatchMetadata.blankToNull(element.getAttribute(name));
    }

    private static String text(Element element) {
        return element == null ? null : DispatchMetadata.blankToNull(element.getTextContent().replaceAll("\\s+", " "));
    }
}
