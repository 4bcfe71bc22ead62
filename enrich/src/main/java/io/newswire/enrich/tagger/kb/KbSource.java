package io.newswire.enrich.tagger.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the knowledge files ({@code kb/...}) are read from: the classpath, optionally with the files of a classpath
 * folder or a directory laid over it, so that a language or a correction can be added from files alone.
 */
public final class KbSource {

    /** One place knowledge files may be in: a classpath folder ("" for the root) or a directory. */
    private record Layer(String folder, Path dir) {
        InputStream open(String path) {
            if (dir == null) return KbSource.class.getClassLoader().getResourceAsStream(folder + path);
            Path file = dir.resolve(path);
            try {
                return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }

        @Override
        public String toString() {
            return dir != null ? dir.toString() : folder.isEmpty() ? "the classpath" : "classpath folder " + folder;
        }
    }

    private final List<Layer> layers;       // the first holding a file wins

    private KbSource(List<Layer> layers) {
        this.layers = layers;
    }

    /** The knowledge base shipped with the tagger. */
    public static KbSource classpath() {
        return new KbSource(List.of(new Layer("", null)));
    }

    /** This source with the files under the classpath folder {@code folder} ({@code folder/kb/...}) winning over it. */
    public KbSource over(String folder) {
        return with(new Layer(folder.endsWith("/") ? folder : folder + "/", null));
    }

    /** This source with the files under the directory {@code dir} ({@code dir/kb/...}) winning over it. */
    public KbSource over(Path dir) {
        return with(new Layer(null, dir));
    }

    private KbSource with(Layer top) {
        List<Layer> all = new ArrayList<>();
        all.add(top);
        all.addAll(layers);
        return new KbSource(all);
    }

    /** The file, or null when no layer holds it. */
    InputStream open(String path) {
        for (Layer layer : layers) {
            InputStream in = layer.open(path);
            if (in != null) return in;
        }
        return null;
    }

    @Override
    public String toString() {
        return layers.toString();
    }
}
