package io.newswire.ingest.format;

import java.time.Instant;
import java.util.function.Function;

/**
 * What a sender says about a dispatch outside its content: HTTP query parameters, command-line options.
 * A plain-text dispatch takes all its metadata from here; for JSON and XML the content wins and these
 * values only fill the gaps. Every field may be null.
 *
 * @param id        dispatch id; for plain text without one, ingest derives a stable id from the body
 * @param version   version of the dispatch (1 when nobody says)
 * @param published when the agency published this version
 * @param language  BCP 47 language tag (fr, en, ...)
 * @param headline  headline
 * @param source    agency or newsroom (AFP, Reuters, ...)
 * @param dateline  dateline place (MOSCOU)
 * @param url       canonical URL
 */
public record DispatchMetadata(String id, Integer version, Instant published, String language, String headline,
                               String source, String dateline, String url) {

    private static final DispatchMetadata NONE = new DispatchMetadata(null, null, null, null, null, null, null, null);

    /** No metadata at all. */
    public static DispatchMetadata none() {
        return NONE;
    }

    /** Only a source, the usual default of an ingest channel. */
    public static DispatchMetadata fromSource(String source) {
        return NONE.withSource(source);
    }

    /**
     * Reads the parameters {@code id}, {@code version}, {@code published} (ISO-8601), {@code lang},
     * {@code headline}, {@code source}, {@code dateline} and {@code url}; blank values count as absent.
     *
     * @throws InvalidDispatchException naming the parameter when a version or date cannot be read
     */
    public static DispatchMetadata fromParameters(Function<String, String> parameter) throws InvalidDispatchException {
        String version = blankToNull(parameter.apply("version"));
        String published = blankToNull(parameter.apply("published"));
        return new DispatchMetadata(
                blankToNull(parameter.apply("id")),
                version == null ? null : Fields.version(version, "version"),
                published == null ? null : Fields.instant(published, "published"),
                blankToNull(parameter.apply("lang")),
                blankToNull(parameter.apply("headline")),
                blankToNull(parameter.apply("source")),
                blankToNull(parameter.apply("dateline")),
                blankToNull(parameter.apply("url")));
    }

    /** These values, with the gaps filled from {@code fallback}. */
    public DispatchMetadata orElse(DispatchMetadata fallback) {
        return new DispatchMetadata(first(id, fallback.id), first(version, fallback.version), first(published, fallback.published),
                first(language, fallback.language), first(headline, fallback.headline), first(source, fallback.source),
                first(dateline, fallback.dateline), first(url, fallback.url));
    }

    /** The same without id and version, which name one item: for the items of a bundle, each with its own. */
    public DispatchMetadata withoutIdentity() {
        return new DispatchMetadata(null, null, published, language, headline, source, dateline, url);
    }

    public DispatchMetadata withId(String newId) {
        return new DispatchMetadata(newId, version, published, language, headline, source, dateline, url);
    }

    public DispatchMetadata withSource(String newSource) {
        return new DispatchMetadata(id, version, published, language, headline, newSource, dateline, url);
    }

    private static <T> T first(T value, T fallback) {
        return value != null ? value : fallback;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
