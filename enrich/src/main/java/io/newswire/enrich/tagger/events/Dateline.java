package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.Sentence;

import java.util.List;

/** The state of a dispatch's dateline ("PARIS, 6 mai -", "BEIJING, June 19 -"): where the dispatch was written. */
final class Dateline {

    private Dateline() {
    }

    /** The state of the first place the dateline names, or null when the dispatch has no dateline or it names no known place. */
    static String country(AnalyzedText text, List<Ref> refs) {
        int datelineEnd = DateResolver.datelineEnd(text.body());
        Ref first = null;
        for (Ref r : refs) {
            if (r.sentence() != 0 || r.country() == null || r.actor() != null || text.tokens().get(r.from()).start() >= datelineEnd) continue;
            if (first == null || r.from() < first.from()) first = r;
        }
        return first == null ? null : first.country();
    }

    /** The sentence's first token after the dateline ("Reçu" in "PARIS, 28 novembre - Reçu jeudi ..."), or -1 when it has none. */
    static int openingToken(AnalyzedText text, Sentence s) {
        int datelineEnd = s.index() == 0 ? DateResolver.datelineEnd(text.body()) : 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (text.tokens().get(i).start() >= datelineEnd) return i;
        }
        return -1;
    }
}
