package io.newswire.bench.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The RocksDB state a Streams app left in its state directory, by store; RocksDB's LOG files are logs, not state. */
final class StateOnDisk {
    private static final String ROCKSDB = "/rocksdb/";

    private StateOnDisk() {
    }

    static Map<String, Long> byStore(Path stateDir) {
        Map<String, Long> stores = new TreeMap<>();
        if (!Files.isDirectory(stateDir)) {
            return stores;
        }
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.filter(Files::isRegularFile).filter(p -> p.toString().contains(ROCKSDB) && !p.getFileName().toString().startsWith("LOG"))
                    .forEach(p -> {
                        String path = p.toString();
                        String store = path.substring(path.indexOf(ROCKSDB) + ROCKSDB.length()).split("/")[0];
                        stores.merge(store, p.toFile().length(), Long::sum);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stores;
    }
}
