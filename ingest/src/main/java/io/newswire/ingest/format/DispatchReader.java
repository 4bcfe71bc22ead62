package io.newswire.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.schemas.Dispatch;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a dispatch in any format ingest accepts into a {@link Dispatch}, choosing the format by content
 * type, or by looking at the content when there is none:
 * <ul>
 *   <li>{@code application/json} (and {@code text/json}, {@code *+json}): our Dispatch JSON, or IPTC ninjs (1.x to
 *       3.x) when the object has ninjs properties ({@code uri}, {@code bodies}, {@code versionCreated}, ...); an
 *       array of such objects is a bundle</li>
 *   <li>{@code application/xml} (and {@code text/xml}, {@code *+xml}): a NewsML-G2 {@code newsItem}, or a
 *       {@code newsMessage} bundle</li>
 *   <li>{@code text/plain}: the text is the body; metadata comes from {@code defaults}</li>
 *   <li>no content type or {@code application/octet-stream}: JSON if it starts with <code>{</code>, XML if it
 *       starts with {@code <}, plain text otherwise</li>
 * </ul>
 * Used by ingest's HTTP API, watch folder and command line, and by {@code newswire tag}. Thread-safe.
 */
public final class DispatchReader {
    private final Clock clock;

    /** A reader that stamps {@code received} with the system clock. */
    public DispatchReader() {
        this(Clock.systemUTC());
    }

    /** A reader that stamps {@code received} with the given clock. */
    public DispatchReader(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reads a document that holds one dispatch.
     *
     * @param content            the raw bytes as received
     * @param contentTypeOrNull  the media type, with an optional charset parameter (used for plain text); null to detect
     * @param defaults           metadata from the sender: all of it for plain text; for JSON and XML it fills gaps only
     * @return the dispatch, {@code received} set to now, {@code format} to text, dispatch-json, ninjs or newsml-g2
     * @throws UnsupportedContentTypeException for a content type that is not JSON, XML or plain text
     * @throws NoTextException                 for a well-formed item with no text (a picture, an event, an empty body)
     * @throws InvalidDispatchException        for malformed content or a missing id, naming the field (and the line
     *                                         and column for JSON and XML), or a document of several items
     */
    public Dispatch read(byte[] content, String contentTypeOrNull, DispatchMetadata defaults) throws InvalidDispatchException {
        Delivery delivery = readAll(content, contentTypeOrNull, defaults);
        if (delivery.items().size() != 1) {
            throw new InvalidDispatchException("The document holds " + delivery.items().size() + " items; read them one by one with readAll", null);
        }
        return delivery.items().get(0).dispatchOrThrow();
    }

    /**
     * Reads a document: one item, or a bundle of them (a NewsML-G2 newsMessage, a JSON array of ninjs or Dispatch
     * JSON objects), each item read into a dispatch or refused on its own.
     *
     * @throws UnsupportedContentTypeException for a content type that is not JSON, XML or plain text
     * @throws InvalidDispatchException        when the document as a whole cannot be read (malformed, empty bundle)
     */
    public Delivery readAll(byte[] content, String contentTypeOrNull, DispatchMetadata defaults) throws InvalidDispatchException {
        if (content == null || content.length == 0) {
            throw new InvalidDispatchException("The dispatch is empty", "body");
        }
        DispatchMetadata metadata = defaults == null ? DispatchMetadata.none() : defaults;
        MediaType type = MediaType.parse(contentTypeOrNull);
        Kind kind = type == null || type.essence().equals("application/octet-stream") ? sniff(content) : kind(type);
        Instant received = clock.instant();
        return switch (kind) {
            case JSON -> readJson(content, metadata, received);
            case XML -> NewsMlG2Format.read(content, metadata, received);
            case TEXT -> Delivery.single(readItem(0, null, () -> PlainTextFormat.read(content, charset(type), metadata, received)));
        };
    }

    /**
     * The content type a file's extension suggests ({@code .json}, {@code .xml}, {@code .txt}, ...), or null
     * to let {@link #read} look at the content.
     */
    public static String contentTypeOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".ninjs")) {
            return "application/json";
        }
        if (name.endsWith(".xml") || name.endsWith(".g2") || name.endsWith(".newsml")) {
            return "application/xml";
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return "text/plain; charset=UTF-8";
        }
        return null;
    }

    private static Delivery readJson(byte[] content, DispatchMetadata defaults, Instant received) throws InvalidDispatchException {
        Dispatch plain = DispatchJsonFormat.readPlain(content, defaults, received);
        if (plain != null) {
            return Delivery.single(Delivery.Item.read(0, plain));
        }
        JsonNode root = JsonInput.parse(content);
        if (root.isObject()) {
            return Delivery.single(readItem(0, (ObjectNode) root, () -> readObject((ObjectNode) root, defaults, received)));
        }
        if (root.isEmpty()) {
            throw new InvalidDispatchException("The JSON array holds no dispatch", null);
        }
        // The sender's id and version name one item; in a bundle each item has its own.
        DispatchMetadata shared = defaults.withoutIdentity();
        List<Delivery.Item> items = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            int position = i;
            items.add(readItem(i, item.isObject() ? (ObjectNode) item : null, () -> {
                if (!item.isObject()) {
                    throw new InvalidDispatchException("Item " + position + " of the JSON array must be an object, not " + JsonInput.kind(item), null);
                }
                return readObject((ObjectNode) item, shared, received);
            }));
        }
        return new Delivery(true, items);
    }

    private static Dispatch readObject(ObjectNode json, DispatchMetadata defaults, Instant received) throws InvalidDispatchException {
        return NinjsDocument.looksLikeNinjs(json, DispatchJsonFormat.FIELDS)
                ? NinjsFormat.read(json, defaults, received)
                : DispatchJsonFormat.read(json, defaults, received);
    }

    /** Reading one item, which may fail on its own. */
    private interface ItemRead {
        Dispatch read() throws InvalidDispatchException;
    }

    /** The item read, or refused with its id when it has a string one ({@code uri} or {@code id}). */
    private static Delivery.Item readItem(int position, ObjectNode json, ItemRead read) {
        try {
            return Delivery.Item.read(position, read.read());
        } catch (InvalidDispatchException e) {
            String id = null;
            if (json != null) {
                JsonNode value = json.has("uri") ? json.get("uri") : json.get("id");
                id = value != null && value.isTextual() ? DispatchMetadata.blankToNull(value.asText()) : null;
            }
            return Delivery.Item.refused(position, id, e);
        }
    }

    private enum Kind { JSON, XML, TEXT }

    private static Kind kind(MediaType type) throws UnsupportedContentTypeException {
        String essence = type.essence();
        if (essence.equals("application/json") || essence.equals("text/json") || essence.endsWith("+json")) {
            return Kind.JSON;
        }
        if (essence.equals("application/xml") || essence.equals("text/xml") || essence.endsWith("+xml")) {
            return Kind.XML;
        }
        if (essence.equals("text/plain")) {
            return Kind.TEXT;
        }
        throw new UnsupportedContentTypeException(type.text());
    }

    /** JSON starts with an object, XML with a tag; anything else is text. */
    private static Kind sniff(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        if (i < content.length && content[i] == '{') {
            return Kind.JSON;
        }
        if (i < content.length && content[i] == '<') {
            return Kind.XML;
        }
        return Kind.TEXT;
    }

    private static Charset charset(MediaType type) throws InvalidDispatchException {
        String name = type == null ? null : type.charset();
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidDispatchException("Unknown charset '" + name + "' in the content type", "charset");
        }
    }

    /** A parsed Content-Type: its essence ("text/plain") and charset parameter. */
    private record MediaType(String text, String essence, String charset) {
        static MediaType parse(String contentType) {
            if (contentType == null || contentType.isBlank()) {
                return null;
            }
            String[] parts = contentType.split(";", -1);
            String charset = null;
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].split("=", 2);
                if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                    charset = parameter[1].strip().replace("\"", "");
                }
            }
            return new MediaType(contentType.strip(), parts[0].strip().toLowerCase(Locale.ROOT), charset);
        }
    }
}
