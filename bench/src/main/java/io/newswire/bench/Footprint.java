package io.newswire.bench;

import io.newswire.enrich.tagger.Tagger;

/** Load time and retained heap of the default tagger (knowledge base + language models), measured around its loading. */
record Footprint(long loadMillis, long retainedBytes) {

    static Footprint measure() {
        long before = usedAfterGc();
        long start = System.nanoTime();
        Tagger tagger = Tagger.loadDefault();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long after = usedAfterGc();
        if (tagger == null) throw new IllegalStateException();
        return new Footprint(millis, after - before);
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
