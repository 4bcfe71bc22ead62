package io.newswire.bench;

import io.newswire.enrich.tagger.Tagger;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.EnrichedDispatch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of the tags of every dispatch of the shared corpus and evaluation set and of every gold set, one per set and
 * one in all, the tagging time left out: a change meant to make the tagger faster must leave them as they were.
 * Arguments: the shared directory (default ../shared) and the gold directory (default enrich/src/test/resources/gold);
 * -Dnewswire.bench.overlay reads every set against the position holders as well; -Dnewswire.digest.dump=FILE writes
 * the tags themselves, one dispatch a line, to find what changed.
 */
public final class TagDigest {

    private TagDigest() {
    }

    public static void main(String[] args) throws NoSuchAlgorithmException, IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path gold = Path.of(args.length > 1 ? args[1] : "enrich/src/test/resources/gold");
        List<TextCorpus> sets = sets(shared, gold);
        List<Tagged> taggers = new ArrayList<>(List.of(new Tagged("", Tagger.loadDefault())));
        if (HoldersOverlay.file() != null) taggers.add(new Tagged(" + holders", HoldersOverlay.tagger()));
        String dump = System.getProperty("newswire.digest.dump");
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        try (PrintWriter out = dump == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(dump)))) {
            for (Tagged t : taggers) {
                for (TextCorpus set : sets) {
                    MessageDigest digest = MessageDigest.getInstance("SHA-256");
                    for (Dispatch d : set.dispatches()) {
                        EnrichedDispatch tagged = t.tagger().tag(d);
                        tagged.setEnrichedAt(Instant.EPOCH);     // the only field that changes from run to run
                        byte[] line = (tagged + "\n").getBytes(StandardCharsets.UTF_8);
                        digest.update(line);
                        all.update(line);
                        if (out != null) out.print(set.name() + t.label() + "\t" + tagged + "\n");
                    }
                    System.out.printf("%-40s %4d dispatches  %s%n", set.name() + t.label(), set.size(), hex(digest));
                }
            }
        }
        System.out.printf("%-40s %4s             %s%n", "all", "", hex(all));
    }

    private record Tagged(String label, Tagger tagger) {
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /** The shared corpus and evaluation set when present, then every gold set, by name. */
    private static List<TextCorpus> sets(Path shared, Path gold) throws IOException {
        List<TextCorpus> sets = new ArrayList<>();
        for (String dir : List.of("corpus", "eval")) {
            List<Path> files = jsonl(shared.resolve(dir)).stream().filter(f -> !f.getFileName().toString().equals("gold.jsonl")).toList();
            if (files.isEmpty()) System.out.println("No " + shared.resolve(dir) + ": skipped");
            else sets.add(TextCorpus.of("shared/" + dir, files));
        }
        try (Stream<Path> dirs = Files.list(gold)) {
            for (Path set : dirs.filter(d -> Files.exists(d.resolve("corpus.jsonl"))).sorted().toList()) {
                sets.add(TextCorpus.of("gold/" + set.getFileName(), List.of(set.resolve("corpus.jsonl"))));
            }
        }
        return sets;
    }

    private static List<Path> jsonl(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
