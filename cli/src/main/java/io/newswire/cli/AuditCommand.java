package io.newswire.cli;

import picocli.CommandLine.Command;

/** {@code newswire audit}: scores the tagger against hand-judged samples of a corpus, one subcommand per sample. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Score the tagger against hand-judged samples of a corpus.",
        subcommands = {AuditActorsCommand.class})
public final class AuditCommand {
}
