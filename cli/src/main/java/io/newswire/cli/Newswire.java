package io.newswire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.List;

/** {@code bin/newswire}: the one entry point. */
@Command(name = "newswire", mixinStandardHelpOptions = true, version = "newswire 0.1.0",
        description = "Streaming news-event pipeline: ingest, enrich, aggregate.",
        subcommands = {DemoCommand.class, IngestCommand.class, TagCommand.class, EvaluateCommand.class, AuditCommand.class,
                EnrichCommand.class, AggregateCommand.class, KbCommand.class, BenchCommand.class, RegistryCommand.class, BrokerCommand.class, ConfigCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done; 1 some input failed or the demo did not finish; 2 bad usage (an unknown option or -D key),",
                "or Kafka or the schema registry could not be reached at start."})
public final class Newswire {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with the log set up for the command it runs before the command runs. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Newswire()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionStrategy(parsed -> {
            setUpLogging(parsed.asCommandLineList());
            return new CommandLine.RunLast().execute(parsed);
        });
        // A usage error is said once, with where to look, not followed by the whole usage text.
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println(command.getCommandName() + ": " + e.getMessage());
            command.getErr().println("See " + command.getCommandSpec().qualifiedName() + " --help");
            return 2;
        });
        return cli;
    }

    private static void setUpLogging(List<CommandLine> commands) {
        Object command = commands.get(commands.size() - 1).getCommand();
        if (command instanceof LogSetup.Logged logged) {
            Path dataDir = logged.dataDir();
            Path file = LogSetup.toFile(dataDir, logged.verbose());
            System.err.println("newswire: log in " + file + (logged.verbose() ? "" : " (--verbose shows it here too)"));
        } else if (commands.size() > 1) {
            LogSetup.quiet();
        }
    }
}
