package io.newswire.enrich.tagger.events;

import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.text.AnalyzedText;

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
}
