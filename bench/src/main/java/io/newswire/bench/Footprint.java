package io.newswire.bench;

import io.newswire.enrich.tagger.Tagger;
import io.newswire.enrich.tagger.kb.ActorOverlay;

import java.nio.file.Path;

/**
 * Load time and retained heap of the default tagger (knowledge base + language models), measured around its loading,
 * with the people of an overlay when one is given ({@link HoldersOverlay}).
 */
record Footprint(long loadMillis, long retainedBytes, int overlayPeople) {

    static Footprint measure() {
        long before = usedAfterGc();
        long start = System.nanoTime();
        Tagger tagger = Tagger.loadDefault();
        Path file = HoldersOverlay.file();
        ActorOverlay overlay = file == null ? ActorOverlay.EMPTY : HoldersOverlay.of(tagger.knowledgeBase(), file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long after = usedAfterGc();
        Tagger withOverlay = tagger.withOverlay(() -> overlay);
        if (withOverlay == null) throw new IllegalStateException();
        return new Footprint(millis, after - before, overlay.size());
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
