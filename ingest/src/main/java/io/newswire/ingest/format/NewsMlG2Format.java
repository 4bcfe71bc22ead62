package io.newswire.ingest.format;

import io.newswire.schemas.Dispatch;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * IPTC NewsML-G2: a {@code newsItem}, or a {@code newsMessage} whose items each become a dispatch (or are
 * refused) on their own. Elements are matched by local name, so any NewsML-G2 version and namespace prefix reads.
 * <ul>
 *   <li>{@code newsItem@guid} → id, {@code @version} → version, {@code @xml:lang} → language if contentMeta has none</li>
 *   <li>{@code itemMeta/versionCreated} (else {@code firstCreated}) → published; {@code provider} (its literal,
 *       name, qcode code, else the host of its uri) → source</li>
 *   <li>{@code contentMeta/headline}, {@code language@tag}, {@code located/name} (else the place of {@code dateline});
 *       the date of {@code dateline} when there is no published time</li>
 *   <li>{@code contentSet/inlineXML} holding XHTML or NITF → body as plain text, else {@code inlineData} text</li>
 *   <li>subjects, urgency, slugline, pubStatus, creator → metadata</li>
 * </ul>
 * A well-formed item without text gets {@link NoTextException}: a picture or video (remote content only),
 * structured data such as SportsML or an event list, and the other item kinds (package, concept, knowledge,
 * planning, catalog items).
 */
final class NewsMlG2Format {
    static final String NAME = "newsml-g2";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** The kinds of NewsML-G2 item; only a newsItem can carry a story's text. */
    private static final Set<String> ITEMS = Set.of("newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem", "catalogItem");
    /** Elements that are parts of an item: sent alone, they are a fragment, not an item. */
    private static final Set<String> PARTS = Set.of("itemMeta", "contentMeta", "contentSet", "groupSet", "itemSet", "header",
            "inlineXML", "inlineData", "remoteContent", "rightsInfo", "partMeta");
    /** inlineXML content types that hold prose. */
    private static final Set<String> PROSE_XML = Set.of("application/xhtml+xml", "application/nitf+xml", "text/html");
    /** inlineXML content types that say nothing of what the XML is: its first element tells. */
    private static final Set<String> ANY_XML = Set.of("application/xml", "text/xml");
    /** Elements that open prose markup, for inlineXML that does not say its content type. */
    private static final Set<String> PROSE_ROOTS = Set.of("html", "body", "nitf", "body.content", "p", "div", "section", "article", "h1", "h2", "block");

    private NewsMlG2Format() {
    }

    static Delivery read(byte[] content, DispatchMetadata defaults, Instant received) throws InvalidDispatchException {
        Element root = SafeXml.parse(content).getDocumentElement();
        String name = root.getLocalName();
        if (ITEMS.contains(name)) {
            return Delivery.single(item(0, root, defaults, received));
        }
        if ("newsMessage".equals(name)) {
            List<Element> items = new ArrayList<>();
            collect(root, ITEMS, items);
            if (items.isEmpty()) {
                throw new InvalidDispatchException("The newsMessage holds no item (newsItem, packageItem, ...) in its itemSet", "itemSet");
            }
            // The sender's id and version name one item; in a bundle each item has its own.
            DispatchMetadata shared = defaults.withoutIdentity();
            List<Delivery.Item> read = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                read.add(item(i, items.get(i), shared, received));
            }
            return new Delivery(true, read);
        }
        String what = "NewsML".equals(name) ? " (NewsML 1.x, which ingest does not read)"
                : PARTS.contains(name) ? " (a part of a NewsML-G2 item, not an item: send the whole newsItem)" : "";
        throw new InvalidDispatchException("Expected a NewsML-G2 newsItem or newsMessage, found the root element <" + root.getNodeName() + ">"
                + what, "newsItem");
    }

    private static Delivery.Item item(int position, Element item, DispatchMetadata defaults, Instant received) {
        String guid = attribute(item, "guid");
        try {
            return Delivery.Item.read(position, dispatch(item, defaults, received));
        } catch (InvalidDispatchException e) {
            return Delivery.Item.refused(position, guid, e);
        }
    }

    private static Dispatch dispatch(Element item, DispatchMetadata defaults, Instant received) throws InvalidDispatchException {
        if (!"newsItem".equals(item.getLocalName())) {
            throw new NoTextException("No text: a NewsML-G2 " + item.getLocalName() + " is not a story; only a newsItem carries text");
        }
        DispatchDraft draft = new DispatchDraft();
        draft.id = attribute(item, "guid");
        draft.requireId(defaults, "give the newsItem a guid attribute");
        draft.body = body(child(item, "contentSet"));
        draft.requireText("the newsItem has no contentSet");
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
            String dateline = text(child(contentMeta, "dateline"));
            draft.datelineField = dateline == null ? null : DatelineReader.STANDARD.of(dateline, received);
            draft.dateline = conceptName(child(contentMeta, "located"));
            draft.meta("urgency", text(child(contentMeta, "urgency")));
            draft.meta("slugline", text(child(contentMeta, "slugline")));
            draft.meta("by", conceptName(child(contentMeta, "creator")));
            subjects(contentMeta, draft);
        }
        if (draft.language == null && !item.getAttributeNS(XML_NS, "lang").isBlank()) {
            draft.language = item.getAttributeNS(XML_NS, "lang");
        }
        return draft.build(defaults, NAME, received);
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
        if (name != null) {
            return name;
        }
        String qcode = qcodeValue(attribute(provider, "qcode"));
        return qcode != null ? qcode : Fields.nameOfUri(attribute(provider, "uri"));
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

    /** The prose of the contentSet: inlineXML holding XHTML or NITF, else inlineData text; null when it has neither. */
    private static String body(Element contentSet) throws InvalidDispatchException {
        if (contentSet == null) {
            return null;
        }
        Element inline = child(contentSet, "inlineXML");
        if (inline != null) {
            String type = attribute(inline, "contenttype") == null ? null : attribute(inline, "contenttype").toLowerCase(Locale.ROOT);
            Element first = firstElement(inline);
            boolean prose = type != null && !ANY_XML.contains(type) ? PROSE_XML.contains(type) : first == null || PROSE_ROOTS.contains(first.getLocalName());
            if (!prose) {
                throw new NoTextException("No text: the newsItem's inlineXML holds " + (type != null ? type : "<" + first.getLocalName() + ">")
                        + " data, not XHTML or NITF prose");
            }
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
        throw new NoTextException("No text: the newsItem's contentSet has neither inlineXML nor inlineData"
                + (child(contentSet, "remoteContent") != null ? " (its content is remote: a picture, video or audio rendition)" : ""));
    }

    private static Element firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
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
        collect(parent, Set.of(localName), found);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The outermost descendants whose local name is one of {@code localNames}, in document order. */
    private static void collect(Element parent, Set<String> localNames, List<Element> found) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                if (localNames.contains(element.getLocalName())) {
                    found.add(element);
                } else {
                    collect(element, localNames, found);
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
