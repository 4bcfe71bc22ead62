package io.newswire.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closing what an app opened, on its way down. */
public final class Resources {
    private static final Logger LOG = LoggerFactory.getLogger(Resources.class);

    private Resources() {
    }

    /** Closes each in turn; one that fails to close does not keep the others open (its failure is logged). */
    public static void closeAll(Iterable<? extends AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.debug("Error while closing {}", resource, e);
            }
        }
    }
}
