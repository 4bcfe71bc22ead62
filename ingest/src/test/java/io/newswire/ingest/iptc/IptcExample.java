package io.newswire.ingest.iptc;

import io.newswire.ingest.format.DispatchReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One file of IPTC's examples under ../shared/formats (ninjs 1.x to 3.x with the official validation suite,
 * NewsML-G2 2.28 to 2.35 and current), with the verdict its place in IPTC's repositories gives it.
 *
 * @param relative its path under formats/, with / separators
 * @param group    the version it belongs to, for the totals ("ninjs test_suite 1.0", "newsml-g2 2.35")
 * @param verdict  what IPTC says of it
 */
public record IptcExample(Path file, String relative, String group, Verdict verdict) {

    /** What IPTC says of a file. */
    public enum Verdict {
        /** A valid ninjs or NewsML-G2 document: each item is a dispatch if it carries text, else no_text. */
        VALID,
        /** Invalid by IPTC's own word (should_fail, not-valid), or valid only against a schema ingest does not know
         *  (a dev draft, a provider's extension schema), or not an item at all (a JSON Schema, NewsML 1.x). */
        NOT_AN_ITEM_INGEST_READS
    }

    /** The shared formats folder: -Dnewswire.shared.dir, else ../shared beside the repository; null when absent. */
    public static Path formatsDir() {
        String property = System.getProperty("newswire.shared.dir");
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.exists(here.resolve("pom.xml")) && Files.exists(here.resolve("../pom.xml")) ? here.getParent() : here;
        Path shared = property != null && !property.isBlank() ? Path.of(property) : root.resolve("../shared").normalize();
        Path formats = shared.resolve("formats");
        return Files.isDirectory(formats) ? formats : null;
    }

    /** Every .json and .xml file under formats/, in path order. */
    public static List<IptcExample> all(Path formats) {
        try (Stream<Path> files = Files.walk(formats)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".xml"))
                    .sorted()
                    .map(f -> of(formats, f))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IptcExample of(Path formats, Path file) {
        String relative = formats.relativize(file).toString().replace('\\', '/');
        String[] parts = relative.split("/");
        String group = parts[0].equals("ninjs") && parts.length > 3 ? "ninjs " + parts[1] + " " + parts[2]
                : parts[0].equals("newsml-g2") && parts.length > 3 ? "newsml-g2 " + parts[2]
                : parts[0] + " " + parts[1];
        boolean notAnItem = relative.contains("/should_fail/") || relative.contains("/not-valid/") || relative.contains("_dev/")
                || relative.contains("/schema-extension/") || relative.startsWith("ninjs/schemas/") || relative.endsWith("-schema.json")
                || relative.startsWith("ninjs/examples/NewsML/");
        return new IptcExample(file, relative, group, notAnItem ? Verdict.NOT_AN_ITEM_INGEST_READS : Verdict.VALID);
    }

    public byte[] content() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String contentType() {
        return DispatchReader.contentTypeOf(file);
    }

    /** The ninjs generation its folder names (1, 2 or 3), or 0 for NewsML-G2 and files outside a version folder. */
    public int ninjsGeneration() {
        String[] parts = relative.split("/");
        return parts[0].equals("ninjs") && parts.length > 3 && Character.isDigit(parts[2].charAt(0)) ? parts[2].charAt(0) - '0' : 0;
    }
}
