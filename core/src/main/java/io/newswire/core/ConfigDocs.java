package io.newswire.core;

import org.apache.kafka.common.config.ConfigDef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders configuration declarations as the Markdown table in the README, so the two cannot drift. */
public final class ConfigDocs {
    private ConfigDocs() {
    }

    /** One table over all definitions; a key declared in several (the common ones) appears once. */
    public static String markdown(List<ConfigDef> definitions) {
        Map<String, ConfigDef.ConfigKey> keys = new LinkedHashMap<>();
        definitions.forEach(def -> def.configKeys().forEach(keys::putIfAbsent));
        String rows = keys.values().stream().map(ConfigDocs::row).collect(Collectors.joining("\n"));
        return "| key | environment variable | type | default | description |\n"
                + "| --- | --- | --- | --- | --- |\n" + rows + "\n";
    }

    private static String row(ConfigDef.ConfigKey key) {
        String type = key.type.name().toLowerCase(java.util.Locale.ROOT);
        return "| `" + key.name + "` | `" + ConfigLoader.envName(key.name) + "` | " + type + " | "
                + defaultValue(key) + " | " + key.documentation.replace("|", "\\|").replace("\n", " ") + " |";
    }

    private static String defaultValue(ConfigDef.ConfigKey key) {
        if (!key.hasDefault()) {
            return "(required)";
        }
        Object value = key.defaultValue;
        String text = value instanceof java.util.List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : key.type == ConfigDef.Type.PASSWORD || value == null ? "" : String.valueOf(value);
        return text.isEmpty() ? "(empty)" : "`" + text.replace("|", "\\|") + "`";
    }
}
