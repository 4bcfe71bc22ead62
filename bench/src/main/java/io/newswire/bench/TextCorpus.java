package io.newswire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.schemas.Dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real-text dispatches for the benchmarks, from JSON lines {@code {id, lang, date, title, text}}: the project's gold
 * sets ({@code gold/{en,fr}/corpus.jsonl}) or the shared Wikinews corpus (every {@code *.jsonl} of its folder).
 *
 * @param name where the dispatches came from, for the report
 */
public record TextCorpus(String name, List<Dispatch> dispatches) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * For JMH: the articles of -Dnewswire.bench.corpus=DIR (../shared/corpus) when set, else the gold dispatches
     * (enrich/src/test/resources/gold, or -Dnewswire.bench.gold=DIR).
     */
    public static TextCorpus fromProperties() {
        Path gold = Path.of(System.getProperty("newswire.bench.gold", "enrich/src/test/resources/gold"));
        String articles = System.getProperty("newswire.bench.corpus");
        return articles == null ? gold(gold) : sharedOrGold(Path.of(articles), gold);
    }

    public static TextCorpus gold(Path dir) {
        List<Path> files = Stream.of("en", "fr").map(lang -> dir.resolve(lang).resolve("corpus.jsonl")).filter(Files::exists).toList();
        if (files.isEmpty()) {
            throw new IllegalStateException("No gold corpus under " + dir.toAbsolutePath() + " (run from the repository root or set -Dnewswire.bench.gold)");
        }
        return new TextCorpus("the project's gold sets (" + dir + ")", read(files));
    }

    /** The shared corpus in {@code corpusDir} when it holds any {@code *.jsonl}, else the gold sets of {@code goldDir}. */
    public static TextCorpus sharedOrGold(Path corpusDir, Path goldDir) {
        if (Files.isDirectory(corpusDir)) {
            try (Stream<Path> list = Files.list(corpusDir)) {
                List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
                if (!files.isEmpty()) {
                    return new TextCorpus("the shared corpus (" + corpusDir + ")", read(files));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return gold(goldDir);
    }

    /** The dispatches of the given JSON-lines files, in order. */
    public static TextCorpus of(String name, List<Path> files) {
        return new TextCorpus(name, read(files));
    }

    private static List<Dispatch> read(List<Path> files) {
        List<Dispatch> out = new ArrayList<>();
        for (Path file : files) {
            try {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        out.add(dispatch(JSON.readTree(line)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return List.copyOf(out);
    }

    private static Dispatch dispatch(JsonNode item) {
        Instant published = LocalDate.parse(item.path("date").asText().substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Dispatch.newBuilder().setId(item.path("id").asText()).setSource("bench")
                .setLanguage(item.path("lang").asText(null)).setHeadline(item.path("title").asText(null))
                .setBody(item.path("text").asText()).setPublished(published).setReceived(published).build();
    }

    public long utf8Bytes() {
        long n = 0;
        for (Dispatch d : dispatches) {
            n += d.getBody().getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }

    public int size() {
        return dispatches.size();
    }
}
