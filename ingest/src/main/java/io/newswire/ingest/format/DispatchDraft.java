package io.newswire.ingest.format;

import io.newswire.schemas.Dispatch;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields a format found, before defaults fill the gaps and the result is checked. */
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

    /** Adds a metadata entry when it has a value. */
    void meta(String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, value.strip());
        }
    }

    /**
     * The dispatch, with gaps filled from {@code defaults}.
     *
     * @param idHint what to tell the sender when the id is missing (where the format keeps it)
     */
    Dispatch build(DispatchMetadata defaults, String format, Instant received, String idHint) throws InvalidDispatchException {
        String finalId = first(id, defaults.id());
        if (finalId == null) {
            throw new InvalidDispatchException("id is missing: " + idHint, "id");
        }
        if (body == null) {
            throw new InvalidDispatchException("body is missing: the dispatch has no text", "body");
        }
        String text = body.strip();
        if (text.isEmpty()) {
            throw new InvalidDispatchException("body is empty: the dispatch has no text", "body");
        }
        // Avro keeps milliseconds: truncate now so the fingerprint of what is sent equals that of what is read back.
        Instant finalPublished = published != null ? published : defaults.published();
        return Dispatch.newBuilder()
                .setId(finalId)
                .setVersion(version != null ? version : defaults.version() != null ? defaults.version() : 1)
                .setSource(first(first(source, defaults.source()), UNKNOWN_SOURCE))
                .setLanguage(first(language, defaults.language()))
                .setHeadline(first(headline, defaults.headline()))
                .setBody(text)
                .setDateline(first(dateline, defaults.dateline()))
                .setPublished(finalPublished == null ? null : finalPublished.truncatedTo(ChronoUnit.MILLIS))
                .setReceived(received.truncatedTo(ChronoUnit.MILLIS))
                .setUrl(first(url, defaults.url()))
                .setFormat(format)
                .setMetadata(new LinkedHashMap<>(metadata))
                .build();
    }

    private static String first(String value, String fallback) {
        return value != null && !value.isBlank() ? value.strip() : fallback;
    }
}
