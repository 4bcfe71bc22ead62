package io.newswire.cli;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.core.LogSafe;
import io.newswire.core.metrics.AppMetrics;
import io.newswire.ingest.DropFolder;
import io.newswire.ingest.FileBatch;
import io.newswire.ingest.IngestConfig;
import io.newswire.ingest.IngestServer;
import io.newswire.ingest.Intake;
import io.newswire.ingest.ProgressBar;
import io.newswire.ingest.format.DispatchMetadata;
import io.newswire.ingest.format.InvalidDispatchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code newswire ingest}: publish files or standard input once, or keep publishing a watched folder and/or serve the HTTP API. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publish dispatch files, standard input or a watched folder to Kafka.",
                "Formats: Dispatch JSON, IPTC ninjs 2.x (.json), NewsML-G2 newsItem (.xml), plain text (.txt or anything else);"
                        + " detected by extension, else by content.",
                "Exit code: 0 when every input was published (or already was), 1 when any failed, 2 when Kafka or the registry cannot be reached."},
        footer = {"", "Examples:",
                "  newswire ingest dispatches/*.json",
                "  curl -s https://example.org/item.xml | newswire ingest -",
                "  newswire ingest --source AFP --lang fr depeche.txt",
                "  newswire ingest --watch inbox/ --serve"})
public final class IngestCommand extends ConfiguredCommand {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Dispatch files to publish; - reads one dispatch from standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--watch", paramLabel = "DIR", description = "Keep publishing files dropped into DIR (done/ and failed/ beside them) until Ctrl-C.")
    Path watch;

    @Option(names = "--serve", description = "Also serve the HTTP API (POST /dispatches, /health, /metrics) on ingest.http.port until Ctrl-C.")
    boolean serve;

    @Option(names = "--source", description = "Agency of dispatches that do not name one (plain text).")
    String source;

    @Option(names = "--lang", description = "Language (BCP 47) of dispatches that do not declare one.")
    String language;

    @Option(names = "--id", description = "Id of a single plain-text dispatch (default: derived from its text).")
    String id;

    @Option(names = "--dispatch-version", paramLabel = "N", description = "Version of a plain-text dispatch (default: 1).")
    String version;

    @Option(names = "--published", paramLabel = "ISO-8601", description = "When a plain-text dispatch was published.")
    String published;

    @Option(names = "--headline", description = "Headline of a plain-text dispatch.")
    String headline;

    @Option(names = "--content-type", paramLabel = "TYPE", description = "Content type of every input (default: from the extension, else from the content).")
    String contentType;

    @Option(names = "--progress", negatable = true, description = "Show a progress bar on stderr (default: for several files on a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        if (inputs.isEmpty() && watch == null && !serve) {
            err.println("newswire ingest: give FILE..., - (standard input), --watch DIR or --serve; see --help");
            return 2;
        }
        if (id != null && inputs.size() != 1) {
            err.println("newswire ingest: --id names one dispatch; give exactly one input with it");
            return 2;
        }
        DispatchMetadata defaults;
        try {
            defaults = DispatchMetadata.fromParameters(sender()::get);
        } catch (InvalidDispatchException e) {
            err.println("newswire ingest: " + e.getMessage());
            return 2;
        }
        Map<String, String> values = new HashMap<>(config.load());
        if (watch != null) {
            values.put(IngestConfig.WATCH_DIR, watch.toString());
        }
        IngestConfig ingestConfig = new IngestConfig(values);
        MeterRegistry meters = serve ? AppMetrics.create("ingest") : new SimpleMeterRegistry();

        Intake intake;
        try {
            intake = Intake.open(ingestConfig, meters);
        } catch (Intake.Unreachable e) {
            err.println("newswire ingest: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("newswire ingest: cannot start: " + LogSafe.escape(e.getMessage()));
            return 2;
        }
        boolean keepRunning = watch != null || serve;
        try {
            int failed = inputs.isEmpty() ? 0 : publishOnce(intake, defaults);
            if (!keepRunning) {
                return failed == 0 ? 0 : 1;
            }
            runUntilStopped(intake, defaults, meters);
            return 0;
        } finally {
            if (!keepRunning) {
                intake.close();
            }
        }
    }

    private Map<String, String> sender() {
        Map<String, String> sender = new HashMap<>();
        sender.put("id", id);
        sender.put("version", version);
        sender.put("published", published);
        sender.put("lang", language);
        sender.put("headline", headline);
        sender.put("source", source);
        return sender;
    }

    /** Publishes the inputs, prints failures and the summary line; returns how many failed. */
    private int publishOnce(Intake intake, DispatchMetadata defaults) throws IOException {
        FileBatch batch = new FileBatch(intake, defaults, contentType);
        List<Path> files = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-")) {
                batch.publish("<stdin>", System.in.readAllBytes());
            } else {
                files.add(Path.of(input));
            }
        }
        boolean showBar = progress != null ? progress : files.size() > 1 && System.console() != null;
        ProgressBar bar = showBar ? new ProgressBar(System.err, files.size()) : null;
        batch.publish(files, name -> {
            if (bar != null) {
                bar.step(name);
            }
        });
        if (bar != null) {
            bar.finish();
        }
        for (FileBatch.Failure failure : batch.failures()) {
            System.err.println("failed: " + LogSafe.escape(failure.name()) + ": " + failure.reason() + ": " + LogSafe.escape(failure.message()));
        }
        System.out.println("ingest: " + batch.summary());
        return batch.failures().size();
    }

    private void runUntilStopped(Intake intake, DispatchMetadata defaults, MeterRegistry meters) throws InterruptedException {
        List<AutoCloseable> running = new ArrayList<>();
        if (serve) {
            IngestServer server = IngestServer.start(intake, (PrometheusMeterRegistry) meters);
            System.out.printf("Ingest serving at %s (POST /dispatches, /health, /metrics); Ctrl-C stops it.%n", server.url());
            running.add(server);
        }
        if (watch != null) {
            DropFolder folder = new DropFolder(watch, intake, defaults);
            Thread watching = new Thread(folder, "ingest-watch");
            watching.start();
            running.add(() -> {
                folder.close();
                watching.join(10_000);
            });
        }
        running.add(intake);
        Foreground.run(() -> {
            for (AutoCloseable component : running) {
                component.close();
            }
        });
    }
}
