package io.newswire.cli;

import io.newswire.core.CommonConfig;
import io.newswire.enrich.overlay.KbActorPublisher;
import io.newswire.enrich.overlay.KbEntries;
import io.newswire.enrich.overlay.OverlayPeople;
import io.newswire.enrich.overlay.PositionHolders;
import io.newswire.enrich.overlay.PositionTitles;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.enrich.tagger.kb.ActorOverlay;
import io.newswire.enrich.tagger.kb.KbSource;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.RoleTenure;
import io.newswire.schemas.KbActor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code newswire kb import FILE}, {@code kb add}, {@code kb remove ID}: update the knowledge base while the pipeline
 * runs. Entries go to the compacted kb-actors topic; every running enrich instance reads them from the next dispatch on.
 */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Add people to the knowledge base of the running pipeline (the kb-actors topic).",
        subcommands = {KbCommand.Import.class, KbCommand.Add.class, KbCommand.Remove.class})
public final class KbCommand {

    private static final int EXIT_BAD_INPUT = 2;
    private static final int TITLES_SHOWN = 10;

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Publish the people of a Wikidata position-holders export (CSV or JSON of the README's SPARQL query, or an every-politician CSV).")
    static final class Import implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Parameters(paramLabel = "FILE", description = "The export: .csv or .json.")
        Path file;

        @Option(names = "--country", description = "Alpha-3 code of the country of a file without a country column; default: the code ending its name (holders-fra.csv).")
        String country;

        @Option(names = "--dry-run", description = "Read and report, publish nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) return bad("no file " + file);
            KnowledgeBase kb = Tagger.loadDefault().knowledgeBase();
            String fileCountry = country != null ? country.toUpperCase(Locale.ROOT) : countryOfName(file, kb);
            PositionHolders.Read read;
            try {
                read = PositionHolders.read(file, fileCountry);
            } catch (IllegalArgumentException e) {
                return bad(e.getMessage());
            }
            read.problems().stream().limit(TITLES_SHOWN).forEach(p -> System.err.println("kb import: skipped " + p));
            KbEntries.Import result = new KbEntries(kb).fromHoldings(read.holdings(), PositionTitles.load(KbSource.classpath(), kb),
                    "Wikidata export " + file.getFileName(), Instant.now());
            List<String> invalid = new ArrayList<>();
            List<KbActor> valid = new ArrayList<>();
            for (KbActor e : result.entries()) {
                List<String> problems = OverlayPeople.problems(kb, e);
                if (problems.isEmpty()) valid.add(e);
                else invalid.add(e.getName() + ": " + String.join("; ", problems));
            }
            invalid.forEach(p -> System.err.println("kb import: left out " + p));
            if (!dryRun && !valid.isEmpty()) {
                try (KbActorPublisher publisher = new KbActorPublisher(new CommonConfig(config.load()))) {
                    publisher.publish(valid);
                }
            }
            System.out.printf(Locale.ROOT, "kb import: %d holdings read (%d lines unreadable, %d ending before they start), %d with a role, %d people %s%n",
                    result.holdings(), read.problems().size(), result.backwards(), result.mapped(), valid.size(), dryRun ? "ready (dry run: nothing published)" : "published");
            if (!result.unknownTitles().isEmpty()) {
                System.out.println("kb import: titles no rule of kb/import/position-titles.tsv reads, skipped: " + top(result.unknownTitles()));
            }
            return invalid.isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Publish one person with one office.")
    static final class Add implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Option(names = "--name", required = true, description = "The name as Reuters and AP write it.")
        String name;

        @Option(names = "--country", required = true, description = "Alpha-3 code of the country the person represents.")
        String country;

        @Option(names = "--role", required = true, description = "A role key of kb/README.md (ambassador, interior_minister, mayor, ...).")
        String role;

        @Option(names = "--role-country", description = "Alpha-3 code of the country the office belongs to; default: --country.")
        String roleCountry;

        @Option(names = "--from", description = "First day in office, YYYY-MM-DD.")
        LocalDate from;

        @Option(names = "--to", description = "First day out of office, YYYY-MM-DD; none while in office.")
        LocalDate to;

        @Option(names = "--alias", description = "Another form of the name (repeatable): a transliteration, the French spelling.")
        List<String> aliases = new ArrayList<>();

        @Option(names = "--id", description = "The id of a person of the shipped knowledge base to replace; default: the shipped person of that name and country, else the name's slug.")
        String id;

        @Option(names = "--source", defaultValue = "added with newswire kb add", description = "Where the facts come from. Default: ${DEFAULT-VALUE}")
        String source;

        @Override
        public Integer call() {
            KnowledgeBase kb = Tagger.loadDefault().knowledgeBase();
            String code = country.toUpperCase(Locale.ROOT);
            String office = roleCountry == null ? code : roleCountry.toUpperCase(Locale.ROOT);
            ActorOverlay.Person person = new KbEntries(kb).person(name, code, aliases, List.of(new RoleTenure(null, office, role, from, to)), id);
            List<String> problems = ActorOverlay.problems(kb, person);
            if (!problems.isEmpty()) return bad(String.join("; ", problems));
            KbActor entry = new KbEntries(kb).added(person, source, Instant.now());
            try (KbActorPublisher publisher = new KbActorPublisher(new CommonConfig(config.load()))) {
                publisher.publish(List.of(entry));
                System.out.printf(Locale.ROOT, "kb add: %s (%s, %s) published to %s as %s%n", entry.getName(), code, role, publisher.topic(), entry.getId());
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Take a person out of the overlay: the shipped knowledge base speaks for the id again.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Parameters(paramLabel = "ID", description = "The person's id (andrei-karlov).")
        String id;

        @Override
        public Integer call() {
            try (KbActorPublisher publisher = new KbActorPublisher(new CommonConfig(config.load()))) {
                publisher.remove(id);
                System.out.printf(Locale.ROOT, "kb remove: %s taken out of %s%n", id, publisher.topic());
            }
            return 0;
        }
    }

    private static final Pattern CODE_IN_NAME = Pattern.compile("[-_.]([a-zA-Z]{3})\\.(csv|json)$");

    /** The alpha-3 code that ends the file's name ("wikidata-sample-fra.csv": FRA), when it is a country of the knowledge base. */
    static String countryOfName(Path file, KnowledgeBase kb) {
        Matcher m = CODE_IN_NAME.matcher(file.getFileName().toString());
        if (!m.find()) return null;
        String code = m.group(1).toUpperCase(Locale.ROOT);
        return kb.country(code) != null ? code : null;
    }

    private static String top(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(TITLES_SHOWN)
                .map(e -> e.getKey() + " (" + e.getValue() + ")").toList() + (counts.size() > TITLES_SHOWN ? " and " + (counts.size() - TITLES_SHOWN) + " more" : "");
    }

    private static int bad(String message) {
        System.err.println("newswire kb: " + message);
        return EXIT_BAD_INPUT;
    }
}
