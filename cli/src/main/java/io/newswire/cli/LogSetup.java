package io.newswire.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command's log goes. Commands that run the pipeline or a part of it log to {@code <data dir>/logs/newswire.log}
 * and print only what a person needs; {@code --verbose} puts the log on stderr as well. Offline commands (tag,
 * evaluate, config) keep warnings and errors on stderr. Every setup escapes what it writes (newswire-logging/common.xml).
 */
final class LogSetup {
    static final String FILE_NAME = "newswire.log";

    private LogSetup() {
    }

    /** A command whose log goes to a file under its data directory. */
    interface Logged {
        /** The data directory the command works in; the log goes to {@code logs/} under it. */
        Path dataDir();

        boolean verbose();
    }

    /** Sends the log to {@code <dataDir>/logs/newswire.log} (and stderr when verbose); returns the file. */
    static Path toFile(Path dataDir, boolean verbose) {
        Path file = dataDir.resolve("logs").resolve(FILE_NAME);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the log directory " + file.getParent(), e);
        }
        configure(verbose ? "newswire-logging/file-and-stderr.xml" : "newswire-logging/file.xml", file);
        return file;
    }

    /** Warnings and errors only, on stderr. */
    static void quiet() {
        configure("newswire-logging/quiet.xml", null);
    }

    private static void configure(String resource, Path file) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        URL setup = LogSetup.class.getClassLoader().getResource(resource);
        if (setup == null) {
            throw new IllegalStateException("Logging setup " + resource + " is missing from the classpath");
        }
        context.reset();
        if (file != null) {
            context.putProperty("NEWSWIRE_LOG_FILE", file.toAbsolutePath().toString());
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(setup);
        } catch (JoranException e) {
            throw new IllegalStateException("Cannot set up logging from " + resource + ": " + e.getMessage(), e);
        }
    }
}
