package io.newswire.ingest;

import io.newswire.core.LogSafe;
import io.newswire.ingest.format.DispatchMetadata;
import io.newswire.ingest.format.DispatchReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A watched folder: dispatch files dropped into it are published, then moved to {@code done/}; files that
 * cannot be published move to {@code failed/} with a {@code <name>.error} file saying why. A file is taken
 * once complete: its size and modification time unchanged for the stable time, and its name not one of a
 * file still being written (starting with a dot, or ending in .tmp, .part, ...: write under such a name and
 * rename when done). While Kafka or the registry is down files stay where they are and are tried again.
 * File-system events wake it up at once; a periodic scan catches anything they miss, and the files already
 * there at start.
 */
public final class DropFolder implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DropFolder.class);
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    private final Path dir;
    private final Path done;
    private final Path failed;
    private final Intake intake;
    private final DispatchMetadata defaults;
    private final long stableNanos;
    private final Duration poll;
    private final long retryNanos;
    private final List<String> ignoredSuffixes;
    private final Map<Path, Sighting> sightings = new HashMap<>();
    private volatile boolean running = true;

    /** What was seen of a file: it counts as complete once unchanged since {@code since} for the stable time. */
    private record Sighting(long size, FileTime modified, long since, long notBefore) {
    }

    public DropFolder(Path dir, Intake intake, DispatchMetadata defaults) {
        IngestConfig config = intake.config();
        this.dir = dir;
        this.done = dir.resolve(DONE);
        this.failed = dir.resolve(FAILED);
        this.intake = intake;
        this.defaults = defaults;
        this.stableNanos = config.watchStable().toNanos();
        this.poll = config.watchPoll();
        this.retryNanos = config.watchRetry().toNanos();
        this.ignoredSuffixes = config.watchIgnoredSuffixes().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        try {
            Files.createDirectories(done);
            Files.createDirectories(failed);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the watched folder " + dir, e);
        }
    }

    /** Watches until {@link #close()} or interruption. */
    @Override
    public void run() {
        try (WatchService watcher = dir.getFileSystem().newWatchService()) {
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            LOG.info("Watching {} for dispatches (done/ and failed/ beside them)", dir);
            while (running && !Thread.currentThread().isInterrupted()) {
                scan();
                WatchKey key = watcher.poll(poll.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + dir, e);
        }
        LOG.info("Stopped watching {}", dir);
    }

    /** Looks at every file once: notes new or changed ones, publishes those complete. */
    void scan() {
        long now = System.nanoTime();
        Set<Path> present = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                if (!running) {
                    return;
                }
                if (!isCandidate(file)) {
                    continue;
                }
                present.add(file);
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                if (!attributes.isRegularFile()) {
                    continue;
                }
                Sighting seen = sightings.get(file);
                if (seen == null || seen.size() != attributes.size() || !seen.modified().equals(attributes.lastModifiedTime())) {
                    seen = new Sighting(attributes.size(), attributes.lastModifiedTime(), now, seen == null ? now : seen.notBefore());
                    sightings.put(file, seen);
                }
                if (now - seen.since() >= stableNanos && now >= seen.notBefore()) {
                    take(file, seen, now);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", dir, e.getMessage());
        }
        sightings.keySet().retainAll(present);
    }

    private boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || Files.isDirectory(file)) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return ignoredSuffixes.stream().noneMatch(lower::endsWith);
    }

    private void take(Path file, Sighting seen, long now) {
        String name = file.getFileName().toString();
        Receipt receipt;
        try {
            if (seen.size() > intake.config().maxDispatchBytes()) {
                receipt = intake.refuseTooLarge(seen.size(), "watch");
            } else {
                receipt = intake.submit(Files.readAllBytes(file), DispatchReader.contentTypeOf(file), defaults, "watch");
            }
        } catch (NoSuchFileException gone) {
            sightings.remove(file);
            return;
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}; will try again", LogSafe.quote(file.toString(), 300), LogSafe.quote(e.getMessage(), 300));
            sightings.put(file, new Sighting(seen.size(), seen.modified(), seen.since(), now + retryNanos));
            return;
        }
        try {
            if (receipt.isStored()) {
                Path target = move(file, done);
                LOG.info("{} {} (id {}, version {}) -> {}", receipt.outcome() == Receipt.Outcome.DUPLICATE ? "Duplicate" : "Published",
                        LogSafe.quote(name, 300), LogSafe.id(receipt.id()), receipt.version(), LogSafe.quote(dir.relativize(target).toString(), 300));
                sightings.remove(file);
            } else if (receipt.isRefused()) {
                Path target = move(file, failed);
                Files.writeString(failed.resolve(target.getFileName() + ".error"), explanation(name, receipt), StandardCharsets.UTF_8);
                LOG.warn("Refused {}: {} -> {}", LogSafe.quote(name, 300), LogSafe.quote(receipt.message(), 500), LogSafe.quote(dir.relativize(target).toString(), 300));
                sightings.remove(file);
            } else {
                LOG.warn("Could not publish {} now, will try again in {} ms: {}", LogSafe.quote(name, 300), TimeUnit.NANOSECONDS.toMillis(retryNanos), LogSafe.quote(receipt.message(), 500));
                sightings.put(file, new Sighting(seen.size(), seen.modified(), seen.since(), now + retryNanos));
            }
        } catch (IOException e) {
            LOG.error("Cannot move {} out of the watched folder: {}", LogSafe.quote(file.toString(), 300), LogSafe.quote(e.getMessage(), 300));
            sightings.put(file, new Sighting(seen.size(), seen.modified(), seen.since(), now + retryNanos));
        }
    }

    private static String explanation(String name, Receipt receipt) {
        return "file: " + name + "\n"
                + "refused: " + Instant.now() + "\n"
                + "reason: " + receipt.reason() + "\n"
                + (receipt.id() == null ? "" : "id: " + receipt.id() + "\nversion: " + receipt.version() + "\n")
                + "message: " + receipt.message() + "\n";
    }

    /** Moves the file into {@code folder}, never over an earlier file of the same name. */
    private static Path move(Path file, Path folder) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        Path target = folder.resolve(name);
        for (int n = 1; Files.exists(target) || Files.exists(folder.resolve(target.getFileName() + ".error")); n++) {
            target = folder.resolve(stem + "-" + n + extension);
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        running = false;
    }
}
