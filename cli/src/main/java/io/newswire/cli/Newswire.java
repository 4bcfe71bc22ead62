package io.newswire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/newswire}: the one entry point. */
@Command(name = "newswire", mixinStandardHelpOptions = true, version = "newswire 0.1.0",
        description = "Streaming news-event pipeline: ingest, enrich, aggregate.",
        subcommands = {DemoCommand.class, IngestCommand.class, TagCommand.class, EvaluateCommand.class,
                EnrichCommand.class, AggregateCommand.class, KbCommand.class, AuditCommand.class, RegistryCommand.class, BrokerCommand.class, ConfigCommand.class,
                CommandLine.HelpCommand.class})
public final class Newswire {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Newswire()).execute(args));
    }
}
