package io.newswire.runtime.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of registry setting (the compatibility level, or the mode): a global value and the subjects' own, as the
 * {@code _schemas} topic holds them. A subject without its own value has the global one.
 */
final class SubjectSettings<T> {
    private static final Logger LOG = LoggerFactory.getLogger(SubjectSettings.class);

    private final String field;
    private final T defaultValue;
    private final Function<String, T> parse;
    private final Map<String, T> bySubject = new HashMap<>();
    private T global;

    /** {@code field} names the value in a {@code _schemas} record ("compatibilityLevel", "mode"). */
    SubjectSettings(String field, T defaultValue, Function<String, T> parse) {
        this.field = field;
        this.defaultValue = defaultValue;
        this.parse = parse;
        this.global = defaultValue;
    }

    T global() {
        return global;
    }

    Optional<T> own(String subject) {
        return Optional.ofNullable(bySubject.get(subject));
    }

    /** What applies to the subject: its own value, else the global one; the global one for a null subject. */
    T effective(String subject) {
        return subject == null ? global : bySubject.getOrDefault(subject, global);
    }

    /** What a removal would take away: the subject's own value (null when it has none), or the global one for null. */
    T removable(String subject) {
        return subject == null ? global : bySubject.get(subject);
    }

    boolean hasOwn(String subject) {
        return bySubject.containsKey(subject);
    }

    void clear() {
        bySubject.clear();
        global = defaultValue;
    }

    /** Applies one record's value for the subject (null: the global one); a missing value removes it. */
    void apply(String subject, JsonNode value) {
        T setting = null;
        if (value != null && value.hasNonNull(field)) {
            try {
                setting = parse.apply(value.get(field).asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                LOG.warn("Skipping unknown {} {} for {} in {}", field, value.get(field), SchemaStore.describe(subject), SchemasTopic.NAME);
                return;
            }
        }
        if (subject == null) {
            global = setting == null ? defaultValue : setting;
        } else if (setting == null) {
            bySubject.remove(subject);
        } else {
            bySubject.put(subject, setting);
        }
    }
}
