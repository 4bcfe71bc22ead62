package io.newswire.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.core.LogSafe;
import io.newswire.enrich.tagger.TagJson;
import io.newswire.enrich.tagger.Tagger;
import io.newswire.ingest.FileBatch;
import io.newswire.ingest.format.DispatchMetadata;
import io.newswire.ingest.format.DispatchReader;
import io.newswire.ingest.format.InvalidDispatchException;
import io.newswire.schemas.Dispatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newswire tag [--date YYYY-MM-DD] FILE...|-}: tags each file as one dispatch, without a broker, and prints
 * one plain JSON object per file, in order, each naming its file ({@code "file"}: the path as given, "-" for stdin). Plain text, our Dispatch JSON, IPTC ninjs and NewsML-G2 are detected.
 */
@Command(name = "tag", mixinStandardHelpOptions = true, description = "Tag dispatch files offline and print one JSON object per file.")
public final class TagCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--date", description = "Dispatch date (YYYY-MM-DD) when the file has none: relative dates (vendredi, yesterday) resolve against it.")
    LocalDate date;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dispatch files; '-' reads one dispatch from standard input.")
    List<String> files;

    /** The tagged dispatch's JSON object with the file it came from first: {@code {"file": "a.txt", ...}}. */
    private static String named(String file, String json) {
        String name;
        try {
            name = JSON.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return "{\"file\":" + name + (json.equals("{}") ? "}" : "," + json.substring(1));
    }

    @Override
    public Integer call() {
        Tagger tagger = Tagger.loadDefault();
        DispatchReader reader = new DispatchReader();
        Instant published = date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
        int failures = 0;
        for (String file : files) {
            try {
                boolean stdin = file.equals("-");
                byte[] content = stdin ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
                String name = stdin ? "stdin" : Path.of(file).getFileName().toString();
                DispatchMetadata defaults = new DispatchMetadata(name, null, published, null, null, "file", null, null);
                Dispatch dispatch = reader.read(content, stdin ? null : DispatchReader.contentTypeOf(Path.of(file)), defaults);
                System.out.println(named(file, TagJson.toJson(tagger.tag(dispatch))));
            } catch (IOException e) {
                failures++;
                System.err.println("newswire tag: " + LogSafe.escape(file) + ": " + FileBatch.whyUnreadable(e));
            } catch (InvalidDispatchException | RuntimeException e) {
                failures++;
                System.err.println("newswire tag: " + LogSafe.escape(file) + ": " + LogSafe.escape(e.getMessage()));
            }
        }
        System.out.flush();
        return failures == 0 ? 0 : 1;
    }
}
