package io.newswire.bench;

import io.newswire.schemas.Dispatch;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;

/** Sentences in the corpus, counted once with the JDK's BreakIterator, to express throughput in sentences. */
final class SentenceCount {

    private SentenceCount() {
    }

    static long of(List<Dispatch> corpus) {
        long n = 0;
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        for (Dispatch d : corpus) {
            it.setText(d.getBody());
            it.first();
            while (it.next() != BreakIterator.DONE) n++;
        }
        return n;
    }
}
