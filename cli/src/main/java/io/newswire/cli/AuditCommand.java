package io.newswire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newswire audit}: audits of the tagger on real text that no gold set uses; each audit is a subcommand. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Score the tagger against hand-judged samples of unseen real text.",
        subcommands = {AuditEventsCommand.class, AuditActorsCommand.class, CommandLine.HelpCommand.class})
public final class AuditCommand {
}
