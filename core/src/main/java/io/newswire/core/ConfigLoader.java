package io.newswire.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Gathers raw configuration values, later sources winning: a properties file, then environment
 * variables ({@code schema.registry.url} is overridden by {@code NEWSWIRE_SCHEMA_REGISTRY_URL}),
 * then explicit overrides (command-line options). Types, defaults and validation come from each
 * app's {@link org.apache.kafka.common.config.ConfigDef}.
 */
public final class ConfigLoader {
    /** Environment variable naming the properties file; default {@code newswire.properties} in the working directory. */
    public static final String CONFIG_FILE_ENV = "NEWSWIRE_CONFIG";
    static final String ENV_PREFIX = "NEWSWIRE_";

    private ConfigLoader() {
    }

    /** Values from the default file location, the process environment and the given overrides. */
    public static Map<String, String> load(Map<String, String> overrides) {
        String file = System.getenv().getOrDefault(CONFIG_FILE_ENV, "newswire.properties");
        return load(Path.of(file), System.getenv(), overrides);
    }

    public static Map<String, String> load(Path file, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(readProperties(file));
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && !name.equals(CONFIG_FILE_ENV)) {
                values.put(keyOf(name), value);
            }
        });
        values.putAll(overrides);
        return values;
    }

    /** The environment variable that overrides a key. */
    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static String keyOf(String envName) {
        return envName.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    private static Map<String, String> readProperties(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read configuration file " + file, e);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k).trim()));
        return values;
    }
}
