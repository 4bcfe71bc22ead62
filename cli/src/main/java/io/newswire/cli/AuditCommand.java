package io.newswire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newswire audit}: audits of the tagger on real text that no gold set uses; each audit is a subcommand. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit the tagger on unseen real text.",
        subcommands = {AuditEventsCommand.class, CommandLine.HelpCommand.class})
public final class AuditCommand {
}
