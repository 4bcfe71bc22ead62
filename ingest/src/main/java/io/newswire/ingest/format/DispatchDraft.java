package io.newswire.ingest.format;

import io.newswire.schemas.Dispatch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields a format found, before defaults fill the gaps and the result is checked. Formats read the id and
 * the text first ({@link #requireId}, {@link #requireText}), so an item without an id is malformed (400) and a
 * well-formed item without text is told so (422) before any other field can fail.
 */
final class DispatchDraft {
    /** Source of a dispatch when neither its content nor its sender names one. */
    static final String UNKNOWN_SOURCE = "unknown";

    String id;
    Integer version;
    String source;
    String language;
    String headline;
    String body;
    String dateline;
    Instant published;
    String url;
    final Map<String, String> metadata = new LinkedHashMap<>();
    /** A dateline the format found in its own field (NewsML-G2 {@code dateline}), read before the body's. */
    Dateline datelineField;

    /** Adds a metadata entry when it has a value. */
    void meta(String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, value.strip());
        }
    }

    /** @param idHint what to tell the sender when the id is missing (where the format keeps it) */
    void requireId(DispatchMetadata defaults, String idHint) throws InvalidDispatchException {
        if (first(id, defaults.id()) == null) {
            throw new InvalidDispatchException("id is missing: " + idHint, "id");
        }
    }

    /**
     * Refuses an item whose body has nothing to tag: none at all, or no letter or digit in it ("...").
     *
     * @param whyNone what the item is, when it has no body at all
     */
    void requireText(String whyNone) throws NoTextException {
        if (body == null) {
            throw new NoTextException("No text: " + whyNone);
        }
        if (!hasLetterOrDigit(body)) {
            throw new NoTextException("No text: the body " + (body.isBlank() ? "is empty" : "has no words ('" + abbreviate(body) + "')"));
        }
    }

    /**
     * The dispatch, with gaps filled from {@code defaults}, then from the dateline: its place when no dateline was
     * given, its date when no published time was.
     */
    Dispatch build(DispatchMetadata defaults, String format, Instant received) throws InvalidDispatchException {
        // Each format checks these first with its own words; this only guards against a format that forgot.
        requireId(defaults, "give the item an id");
        requireText("the item has no body");
        String finalId = first(id, defaults.id());
        String text = body == null ? "" : body.strip();
        Instant finalPublished = published != null ? published : defaults.published();
        String finalDateline = first(dateline, defaults.dateline());
        if (finalDateline == null || finalPublished == null) {
            Dateline found = datelineField != null ? datelineField : DatelineReader.STANDARD.atStartOf(text, received);
            if (found != null && finalDateline == null) {
                finalDateline = found.place();
            }
            if (found != null && finalPublished == null && found.date() != null) {
                finalPublished = found.date().atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
        // Avro keeps milliseconds: truncate now so the fingerprint of what is sent equals that of what is read back.
        return Dispatch.newBuilder()
                .setId(finalId)
                .setVersion(version != null ? version : defaults.version() != null ? defaults.version() : 1)
                .setSource(first(first(source, defaults.source()), UNKNOWN_SOURCE))
                .setLanguage(first(language, defaults.language()))
                .setHeadline(first(headline, defaults.headline()))
                .setBody(text)
                .setDateline(finalDateline)
                .setPublished(finalPublished == null ? null : finalPublished.truncatedTo(ChronoUnit.MILLIS))
                .setReceived(received.truncatedTo(ChronoUnit.MILLIS))
                .setUrl(first(url, defaults.url()))
                .setFormat(format)
                .setMetadata(new LinkedHashMap<>(metadata))
                .build();
    }

    /** A loop rather than a stream of code points: it runs for every dispatch and stops at the first letter. */
    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static String abbreviate(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 40 ? line : line.substring(0, 40) + "...";
    }

    private static String first(String value, String fallback) {
        return value != null && !value.isBlank() ? value.strip() : fallback;
    }
}
