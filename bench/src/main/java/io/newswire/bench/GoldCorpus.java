package io.newswire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.schemas.Dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The gold dispatches (enrich/src/test/resources/gold/{en,fr}/corpus.jsonl, or -Dnewswire.bench.gold=DIR) as Dispatch
 * records; or, with -Dnewswire.bench.corpus=DIR, every *.jsonl there (the Wikinews corpus of ../shared/corpus).
 */
final class GoldCorpus {

    private GoldCorpus() {
    }

    static List<Dispatch> load() {
        Path dir = Path.of(System.getProperty("newswire.bench.gold", "enrich/src/test/resources/gold"));
        String flat = System.getProperty("newswire.bench.corpus");
        List<Path> files = new ArrayList<>();
        if (flat != null && !flat.isBlank()) {
            dir = Path.of(flat);
            try (var listed = Files.list(dir)) {
                listed.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        } else {
            for (String lang : List.of("en", "fr")) files.add(dir.resolve(lang).resolve("corpus.jsonl"));
        }
        ObjectMapper mapper = new ObjectMapper();
        List<Dispatch> out = new ArrayList<>();
        for (Path corpus : files) {
            if (!Files.exists(corpus)) continue;
            try {
                for (String line : Files.readAllLines(corpus)) {
                    if (line.isBlank()) continue;
                    JsonNode item = mapper.readTree(line);
                    Instant published = LocalDate.parse(item.path("date").asText().substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant();
                    out.add(Dispatch.newBuilder().setId(item.path("id").asText()).setSource("bench")
                            .setLanguage(item.path("lang").asText(null)).setHeadline(item.path("title").asText(null))
                            .setBody(item.path("text").asText()).setPublished(published).setReceived(published).build());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (out.isEmpty()) throw new IllegalStateException("no gold corpus under " + dir.toAbsolutePath() + " (run from the repo root or set -Dnewswire.bench.gold)");
        return out;
    }

    static long chars(List<Dispatch> dispatches) {
        long n = 0;
        for (Dispatch d : dispatches) n += d.getBody().length();
        return n;
    }

    static long utf8Bytes(List<Dispatch> dispatches) {
        long n = 0;
        for (Dispatch d : dispatches) n += d.getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return n;
    }
}
