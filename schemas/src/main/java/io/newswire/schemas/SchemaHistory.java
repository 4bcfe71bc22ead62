package io.newswire.schemas;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The released versions of each record schema, kept as {@code src/main/avro-history/<RecordName>/v<N>.avsc}
 * (self-contained: named types from other files are written inline, as a registry stores them), and the check
 * that a current schema can read everything written with any of them (BACKWARD, against every version).
 *
 * <p>{@code release} adds {@code v<N+1>.avsc} for every record whose current schema differs from its latest
 * released version, and refuses when one cannot read an earlier version.
 */
public final class SchemaHistory {
    public static final Path CURRENT_DIR = Path.of("src/main/avro");
    public static final Path HISTORY_DIR = Path.of("src/main/avro-history");
    private static final Pattern VERSION_FILE = Pattern.compile("v(\\d+)\\.avsc");

    private SchemaHistory() {
    }

    /** One way a current schema fails to read a released version. */
    public record Problem(String schema, int version, String description) {
        @Override
        public String toString() {
            return schema + " cannot read data written with released v" + version + ": " + description;
        }
    }

    /**
     * The current schemas by record name (simple name, as the history folders are named). Files may use named
     * types defined in other files, so they are parsed in an order where every name is defined before use.
     */
    public static Map<String, Schema> current(Path avroDir) {
        List<Path> pending = new ArrayList<>(list(avroDir, "*.avsc"));
        List<Path> ordered = new ArrayList<>();
        Map<String, Schema> schemas = new TreeMap<>();
        while (!pending.isEmpty()) {
            Path parsedNow = null;
            AvroRuntimeException lastError = null;
            for (Path candidate : pending) {
                try {
                    Schema.Parser parser = new Schema.Parser();
                    for (Path earlier : ordered) {
                        parseWith(parser, earlier);
                    }
                    Schema schema = parseWith(parser, candidate);
                    schemas.put(schema.getName(), schema);
                    parsedNow = candidate;
                    break;
                } catch (AvroRuntimeException e) {
                    lastError = e;
                }
            }
            if (parsedNow == null) {
                throw new IllegalStateException("Cannot parse " + pending + ": " + (lastError == null ? "" : lastError.getMessage()));
            }
            pending.remove(parsedNow);
            ordered.add(parsedNow);
        }
        return schemas;
    }

    /** The released versions of every record, by record name and then version number. */
    public static Map<String, Map<Integer, Schema>> released(Path historyDir) {
        Map<String, Map<Integer, Schema>> history = new TreeMap<>();
        if (!Files.isDirectory(historyDir)) {
            return history;
        }
        for (Path recordDir : list(historyDir, "*")) {
            if (!Files.isDirectory(recordDir)) {
                continue;
            }
            String record = recordDir.getFileName().toString();
            Map<Integer, Schema> versions = new TreeMap<>();
            for (Path file : list(recordDir, "*")) {
                Matcher m = VERSION_FILE.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    throw new IllegalStateException(file + " is not named v<N>.avsc");
                }
                Schema schema = parseWith(new Schema.Parser(), file);
                if (!schema.getName().equals(record)) {
                    throw new IllegalStateException(file + " holds " + schema.getName() + ", not " + record);
                }
                versions.put(Integer.parseInt(m.group(1)), schema);
            }
            history.put(record, versions);
        }
        return history;
    }

    /** Every released version the current schema cannot read, with Avro's description of why. */
    public static List<Problem> backwardProblems(Schema current, Map<Integer, Schema> releasedVersions) {
        List<Problem> problems = new ArrayList<>();
        releasedVersions.forEach((version, released) -> {
            SchemaCompatibility.SchemaPairCompatibility result =
                    SchemaCompatibility.checkReaderWriterCompatibility(current, released);
            if (result.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
                String description = result.getResult().getIncompatibilities().stream()
                        .map(SchemaHistory::describe)
                        .collect(Collectors.joining("; "));
                problems.add(new Problem(current.getFullName(), version, description));
            }
        });
        return problems;
    }

    /** The problems of every current schema against every released version of it. */
    public static List<Problem> check(Path avroDir, Path historyDir) {
        Map<String, Map<Integer, Schema>> released = released(historyDir);
        List<Problem> problems = new ArrayList<>();
        current(avroDir).forEach((name, schema) -> problems.addAll(backwardProblems(schema, released.getOrDefault(name, Map.of()))));
        return problems;
    }

    /**
     * Writes {@code v<N+1>.avsc} for each record whose current schema differs from its latest released version
     * (or {@code v1.avsc} for a new record) and returns the files written. Refuses if the check fails.
     */
    public static List<Path> release(Path avroDir, Path historyDir) {
        List<Problem> problems = check(avroDir, historyDir);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Not released, BACKWARD compatibility broken:\n  "
                    + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        }
        Map<String, Map<Integer, Schema>> released = released(historyDir);
        List<Path> written = new ArrayList<>();
        current(avroDir).forEach((name, schema) -> {
            Map<Integer, Schema> versions = released.getOrDefault(name, new LinkedHashMap<>());
            int latest = versions.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (latest > 0 && versions.get(latest).equals(schema)) {
                return;
            }
            Path file = historyDir.resolve(name).resolve("v" + (latest + 1) + ".avsc");
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, schema.toString(true) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file, e);
            }
            written.add(file);
        });
        return written;
    }

    /** {@code check} (default) or {@code release}, then the schemas module's directory (default: the working directory). */
    public static void main(String[] args) {
        String command = args.length == 0 ? "check" : args[0];
        Path module = Path.of(args.length > 1 ? args[1] : ".");
        Path avroDir = module.resolve(CURRENT_DIR);
        Path historyDir = module.resolve(HISTORY_DIR);
        switch (command) {
            case "check" -> {
                List<Problem> problems = check(avroDir, historyDir);
                problems.forEach(p -> System.err.println(p));
                System.out.println(problems.isEmpty() ? "Every current schema reads every released version." : problems.size() + " problem(s).");
                if (!problems.isEmpty()) {
                    System.exit(1);
                }
            }
            case "release" -> {
                List<Path> written = release(avroDir, historyDir);
                written.forEach(p -> System.out.println("released " + p));
                if (written.isEmpty()) {
                    System.out.println("Nothing changed since the last release.");
                }
            }
            default -> {
                System.err.println("Usage: SchemaHistory [check|release] [schemas module directory]");
                System.exit(2);
            }
        }
    }

    private static String describe(Incompatibility incompatibility) {
        return incompatibility.getType() + " at " + incompatibility.getLocation() + ": " + incompatibility.getMessage();
    }

    private static Schema parseWith(Schema.Parser parser, Path file) {
        try {
            return parser.parse(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static List<Path> list(Path dir, String glob) {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> dir.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
                    .sorted()
                    .forEach(paths::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        return paths;
    }
}
