package io.newswire.aggregate.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

import java.util.Map;

/**
 * The newsroom dashboard at {@code /}: the built page from the {@code newswire-dashboard} jar on the classpath (its
 * hashed assets cached for good, the page itself revalidated), and CORS on the public API so pages served elsewhere
 * can read it too.
 */
final class DashboardPage {
    static final String DIRECTORY = "/newswire-dashboard";

    private DashboardPage() {
    }

    static void serveFrom(JavalinConfig config) {
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
            rule.path = "/api/*";
            rule.anyHost();
        }));
        if (DashboardPage.class.getResource(DIRECTORY + "/index.html") == null) {
            return;
        }
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = DIRECTORY + "/assets";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = DIRECTORY;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "no-cache");
        });
    }
}
