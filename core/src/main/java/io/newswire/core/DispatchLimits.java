package io.newswire.core;

import io.newswire.schemas.Dispatch;

import java.util.Map;
import java.util.Optional;

/**
 * What a dispatch's fields may hold, the same for ingest (which refuses a dispatch that breaks them, 400) and
 * enrich (which dead-letters one that reached Kafka another way): an id of at most {@code dispatch.max.id.chars}
 * characters without control characters, other fields of at most {@code dispatch.max.field.chars}, at most
 * {@code dispatch.max.metadata.entries} metadata entries. Nothing is ever cut: a field over its limit is refused.
 * The body is bounded by the size of the whole record ({@link RecordLimit}).
 */
public record DispatchLimits(int maxIdChars, int maxFieldChars, int maxMetadataEntries) {

    public static DispatchLimits of(CommonConfig config) {
        return new DispatchLimits(config.getInt(CommonConfig.DISPATCH_MAX_ID_CHARS), config.getInt(CommonConfig.DISPATCH_MAX_FIELD_CHARS),
                config.getInt(CommonConfig.DISPATCH_MAX_METADATA_ENTRIES));
    }

    /** A problem with the id alone, or empty: it is checked first, so the message can name the dispatch safely. */
    public Optional<String> idProblem(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.of("id is empty");
        }
        if (id.length() > maxIdChars) {
            return Optional.of("id is " + id.length() + " characters long, over the limit of " + maxIdChars + " (" + CommonConfig.DISPATCH_MAX_ID_CHARS + ")");
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                return Optional.of("id holds a control character (U+" + String.format("%04X", (int) id.charAt(i)) + ") at position " + i
                        + ": ids are used in keys, file names and logs");
            }
        }
        return Optional.empty();
    }

    /** The first problem with the dispatch's fields, or empty when it is within every limit. */
    public Optional<String> problem(Dispatch dispatch) {
        Optional<String> id = idProblem(dispatch.getId());
        if (id.isPresent()) {
            return id;
        }
        Optional<String> field = firstOf(
                field("source", dispatch.getSource()),
                field("language", dispatch.getLanguage()),
                field("headline", dispatch.getHeadline()),
                field("dateline", dispatch.getDateline()),
                field("url", dispatch.getUrl()),
                field("format", dispatch.getFormat()));
        if (field.isPresent()) {
            return field;
        }
        Map<String, String> metadata = dispatch.getMetadata();
        if (metadata.size() > maxMetadataEntries) {
            return Optional.of("metadata has " + metadata.size() + " entries, over the limit of " + maxMetadataEntries
                    + " (" + CommonConfig.DISPATCH_MAX_METADATA_ENTRIES + ")");
        }
        for (var entry : metadata.entrySet()) {
            Optional<String> problem = firstOf(field("a metadata key", entry.getKey()), field("metadata value of " + shortened(entry.getKey()), entry.getValue()));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private Optional<String> field(String name, CharSequence value) {
        if (value != null && value.length() > maxFieldChars) {
            return Optional.of(name + " is " + value.length() + " characters long, over the limit of " + maxFieldChars
                    + " (" + CommonConfig.DISPATCH_MAX_FIELD_CHARS + ")");
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> firstOf(Optional<String>... problems) {
        for (Optional<String> problem : problems) {
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static String shortened(String key) {
        return LogSafe.quote(key, 40);
    }
}
