package io.newswire.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: the log on stderr too, for the commands that log to a file. */
final class LogOptions {
    @Option(names = "--verbose", description = "Also write the log to stderr (it always goes to <data dir>/logs/newswire.log).")
    boolean verbose;
}
