package io.newswire.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The dispatch files under src/test/resources/dispatches. */
public final class Fixtures {
    private Fixtures() {
    }

    public static byte[] fixture(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/dispatches/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
